package dev.gofit.decision;

import com.fasterxml.jackson.core.type.TypeReference;

import java.util.List;
import java.util.Map;

/** The decision's JSON columns, each a typed value mapped once by {@link dev.gofit.system.JsonColumn}. */
abstract class JsonColumn<T> extends dev.gofit.system.JsonColumn<T> {

    JsonColumn(TypeReference<T> type) {
        super(type);
    }

    /** Criterion key → weight 0-5. */
    public static class Weights extends JsonColumn<Map<String, Integer>> {
        public Weights() {
            super(new TypeReference<>() {
            });
        }
    }

    /** Criterion key → one logged weight step. */
    public static class WeightSteps extends JsonColumn<Map<String, DecisionService.WeightStep>> {
        public WeightSteps() {
            super(new TypeReference<>() {
            });
        }
    }

    /** The languages a decision compares. */
    public static class Options extends JsonColumn<List<String>> {
        public Options() {
            super(new TypeReference<>() {
            });
        }
    }

    /** The team-context step. */
    public static class Context extends JsonColumn<TeamContext> {
        public Context() {
            super(new TypeReference<>() {
            });
        }
    }

    /** A whole revision of a decision. */
    public static class Snapshot extends JsonColumn<DecisionSnapshot> {
        public Snapshot() {
            super(new TypeReference<>() {
            });
        }
    }

    /** The matrix content a decision was evaluated with. */
    public static class Content extends JsonColumn<dev.gofit.matrix.MatrixDefinition> {
        public Content() {
            super(new TypeReference<>() {
            });
        }
    }

    /** Staff user ids (a decision's people). */
    public static class Ids extends JsonColumn<List<Long>> {
        public Ids() {
            super(new TypeReference<>() {
            });
        }
    }
}
