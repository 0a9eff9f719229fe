package dev.gofit.decision;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.gofit.system.JsonColumn;

import java.util.List;
import java.util.Map;

/** The decision's JSON columns, each a typed value mapped once by {@link JsonColumn}. */
abstract class DecisionColumns<T> extends JsonColumn<T> {

    DecisionColumns(TypeReference<T> type) {
        super(type);
    }

    /** Criterion key → weight 0-5. */
    public static class Weights extends DecisionColumns<Map<String, Integer>> {
        public Weights() {
            super(new TypeReference<>() {
            });
        }
    }

    /** Criterion key → one logged weight step. */
    public static class WeightSteps extends DecisionColumns<Map<String, DecisionService.WeightStep>> {
        public WeightSteps() {
            super(new TypeReference<>() {
            });
        }
    }

    /** The languages a decision compares. */
    public static class Options extends DecisionColumns<List<String>> {
        public Options() {
            super(new TypeReference<>() {
            });
        }
    }

    /** The team-context step. */
    public static class Context extends DecisionColumns<TeamContext> {
        public Context() {
            super(new TypeReference<>() {
            });
        }
    }

    /** A whole revision of a decision. */
    public static class Snapshot extends DecisionColumns<DecisionSnapshot> {
        public Snapshot() {
            super(new TypeReference<>() {
            });
        }
    }

    /** The matrix content a decision was evaluated with. */
    public static class Content extends DecisionColumns<dev.gofit.matrix.MatrixDefinition> {
        public Content() {
            super(new TypeReference<>() {
            });
        }
    }

    /** Staff user ids (a decision's people). */
    public static class Ids extends DecisionColumns<List<Long>> {
        public Ids() {
            super(new TypeReference<>() {
            });
        }
    }
}
