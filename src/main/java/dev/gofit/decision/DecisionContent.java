package dev.gofit.decision;

import dev.gofit.content.ContentLoader;
import dev.gofit.matrix.ContentLines;
import dev.gofit.matrix.Matrix;
import dev.gofit.matrix.MatrixDefinition;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The framework loaded from {@code content/framework.yaml} at start-up and cross-checked against
 * the code (the keys are database columns) and the matrix (alternatives and weight rules).
 */
@Startup
@ApplicationScoped
public class DecisionContent {

    public static final String FILE = "framework.yaml";

    private final Framework framework;

    public DecisionContent(ContentLoader loader, Matrix matrix) {
        this.framework = load(loader, matrix.definition());
    }

    public static Framework load(ContentLoader loader, MatrixDefinition matrix) {
        Framework framework = loader.yaml(FILE, Framework.class);
        List<String> questionKeys = framework.questions().stream().map(Framework.Question::key).toList();
        if (!questionKeys.equals(Answers.QUESTION_KEYS)) {
            throw loader.problemAt(FILE, firstDifference("questions", questionKeys, Answers.QUESTION_KEYS), "questions must be exactly " + Answers.QUESTION_KEYS + " in this order, found "
                    + questionKeys);
        }
        List<String> cautionKeys = framework.cautions().stream().map(Framework.Caution::key).toList();
        if (!cautionKeys.equals(Answers.CAUTION_KEYS)) {
            throw loader.problemAt(FILE, firstDifference("cautions", cautionKeys, Answers.CAUTION_KEYS), "cautions must be exactly " + Answers.CAUTION_KEYS + " in this order, found "
                    + cautionKeys);
        }
        for (Framework.Caution caution : framework.cautions()) {
            if (!matrix.languageKeys().contains(caution.alternative()) || caution.alternative().equals("go")) {
                throw ContentLines.problem(loader, FILE, caution.key(), "caution '" + caution.key()
                        + "' names alternative '" + caution.alternative() + "', which is not a language of matrix.yaml other than go");
            }
        }
        Set<String> answerKeys = Stream.concat(questionKeys.stream(), cautionKeys.stream()).collect(Collectors.toSet());
        for (int i = 0; i < framework.workedExamples().size(); i++) {
            Framework.WorkedExample example = framework.workedExamples().get(i);
            if (!example.answers().keySet().equals(answerKeys)) {
                throw loader.problemAt(FILE, "workedExamples[" + i + "].answers", "worked example '" + example.title()
                        + "' must answer exactly " + Answers.QUESTION_KEYS + " and " + Answers.CAUTION_KEYS);
            }
        }
        for (MatrixDefinition.Criterion criterion : matrix.criteria()) {
            for (String key : criterion.weight().ifYes().keySet()) {
                if (!answerKeys.contains(key)) {
                    throw ContentLines.problem(loader, Matrix.FILE, criterion.key(), "criterion '" + criterion.key()
                            + "' weight.ifYes names '" + key + "', which is not a question or caution of framework.yaml");
                }
            }
        }
        return framework;
    }

    /** The path of the first key that differs from the expected order, or the list itself when keys are missing. */
    private static String firstDifference(String list, List<String> found, List<String> expected) {
        for (int i = 0; i < found.size(); i++) {
            if (i >= expected.size() || !found.get(i).equals(expected.get(i))) {
                return list + "[" + i + "].key";
            }
        }
        return list;
    }

    public Framework framework() {
        return framework;
    }
}
