package dev.gofit.matrix;

import dev.gofit.content.ContentException;
import dev.gofit.content.ContentLoader;
import dev.gofit.decision.DecisionContent;
import dev.gofit.decision.Framework;
import dev.gofit.support.ContentFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped content loads, and broken copies of it fail with file:line and the problem. */
class MatrixContentTest {

    static ContentLoader loader(Path dir) {
        return ContentFixtures.loader(dir);
    }

    @Test
    void shippedContentLoadsWithEveryCriterionRatingEveryLanguage() {
        MatrixDefinition matrix = ContentFixtures.realMatrix();
        Framework framework = DecisionContent.load(loader(ContentFixtures.CONTENT), matrix);
        assertThat(matrix.languageKeys()).containsExactly("go", "python", "rust", "java", "kotlin", "typescript", "csharp");
        assertThat(matrix.criterionKeys()).contains("performance", "concurrency-model", "learning-curve", "deployment",
                "ml-ecosystem", "memory-control", "web-ecosystem", "cpu-compute", "developer-speed", "hiring-pool",
                "team-familiarity");
        matrix.criteria().forEach(c -> assertThat(c.ratings()).containsOnlyKeys(matrix.languageKeys()));
        assertThat(framework.questions()).hasSize(4);
        assertThat(framework.cautions()).extracting(Framework.Caution::alternative).containsExactly("python", "rust");
        assertThat(framework.pitfalls()).extracting(Framework.Pitfall::title)
                .contains("Verbose error handling", "A simpler type system");
    }

    @Test
    void defaultWeightsFollowTheAnswers() {
        MatrixDefinition matrix = ContentFixtures.realMatrix();
        MatrixDefinition.Criterion ml = matrix.criteria().stream().filter(c -> c.key().equals("ml-ecosystem")).findFirst().orElseThrow();
        assertThat(ml.weight().weightFor(Set.of())).isZero();
        assertThat(ml.weight().weightFor(Set.of("mlPrototyping"))).isEqualTo(5);
    }

    @Test
    void defaultWeightsPutTheCautionsAlternativeFirstWhenNothingElseFits() {
        MatrixDefinition matrix = ContentFixtures.realMatrix().forLanguages(java.util.List.of("go", "python", "rust"));
        assertThat(Scoring.score(matrix, weights(matrix, Set.of("mlPrototyping"))).ranking().get(0)).isEqualTo("python");
        assertThat(Scoring.score(matrix, weights(matrix, Set.of("lowLevelMemoryControl"))).ranking().get(0)).isEqualTo("rust");
        assertThat(Scoring.score(matrix, weights(matrix, Set.of("concurrency", "ioPerformance", "simpleDeployment",
                "servicesOrTooling"))).ranking().get(0)).isEqualTo("go");
    }

    private static java.util.Map<String, Integer> weights(MatrixDefinition m, Set<String> yes) {
        java.util.Map<String, Integer> w = new java.util.LinkedHashMap<>();
        m.criteria().forEach(c -> w.put(c.key(), c.weight().weightFor(yes)));
        return w;
    }

    @Test
    void aRatingOutsideOneToFiveFailsWithFileAndLine(@TempDir Path dir) throws IOException {
        copyContent(dir);
        replaceOnce(dir.resolve("matrix.yaml"), "rust: { score: 5, note: \"LLVM-optimised",
                "rust: { score: 7, note: \"LLVM-optimised");
        int line = lineOf(dir.resolve("matrix.yaml"), "score: 7");
        assertThatThrownBy(() -> Matrix.load(loader(dir))).isInstanceOf(ContentException.class)
                .hasMessageStartingWith("matrix.yaml:")
                .hasMessageContaining("must be less than or equal to 5")
                .satisfies(e -> assertThat(lineNumber(e.getMessage())).isBetween(line - 4, line));
    }

    @Test
    void aCriterionMissingALanguageFailsAtItsKeyLine(@TempDir Path dir) throws IOException {
        copyContent(dir);
        replaceOnce(dir.resolve("matrix.yaml"),
                "      rust: { score: 2, note: \"Steep: ownership, borrowing and lifetimes take months to master.\" }\n", "");
        int line = lineOf(dir.resolve("matrix.yaml"), "key: learning-curve");
        assertThatThrownBy(() -> Matrix.load(loader(dir)))
                .hasMessage("matrix.yaml:" + line + ": criterion 'learning-curve' has no rating for rust");
    }

    @Test
    void aDuplicatedCriterionKeyFails(@TempDir Path dir) throws IOException {
        copyContent(dir);
        replaceOnce(dir.resolve("matrix.yaml"), "key: web-ecosystem", "key: performance");
        assertThatThrownBy(() -> Matrix.load(loader(dir)))
                .hasMessageMatching("matrix\\.yaml:\\d+: criterion key 'performance' is used twice");
    }

    @Test
    void aMisspeltFieldFailsWithItsLine(@TempDir Path dir) throws IOException {
        copyContent(dir);
        replaceOnce(dir.resolve("framework.yaml"), "    whyGo: >-\n      go build", "    whyGoo: >-\n      go build");
        int line = lineOf(dir.resolve("framework.yaml"), "whyGoo");
        assertThatThrownBy(() -> DecisionContent.load(loader(dir), ContentFixtures.realMatrix()))
                .hasMessageStartingWith("framework.yaml:" + line + ":").hasMessageContaining("unknown field");
    }

    @Test
    void aBlankPromptFailsWithFileAndLine(@TempDir Path dir) throws IOException {
        copyContent(dir);
        replaceOnce(dir.resolve("framework.yaml"),
                "prompt: Are you building microservices, network APIs or infrastructure and DevOps tooling?", "prompt: \"\"");
        assertThatThrownBy(() -> DecisionContent.load(loader(dir), ContentFixtures.realMatrix()))
                .hasMessageMatching("framework\\.yaml:\\d+: questions\\[3\\]\\.prompt must not be blank");
    }

    @Test
    void aWeightRuleNamingAnUnknownAnswerFails(@TempDir Path dir) throws IOException {
        copyContent(dir);
        replaceOnce(dir.resolve("matrix.yaml"), "ifYes: { concurrency: 4 }", "ifYes: { concurency: 4 }");
        int line = lineOf(dir.resolve("matrix.yaml"), "key: concurrency-model");
        assertThatThrownBy(() -> DecisionContent.load(loader(dir), Matrix.load(loader(dir))))
                .hasMessageStartingWith("matrix.yaml:" + line + ": criterion 'concurrency-model' weight.ifYes names 'concurency'");
    }

    @Test
    void aRenamedQuestionKeyFails(@TempDir Path dir) throws IOException {
        copyContent(dir);
        replaceOnce(dir.resolve("framework.yaml"), "key: ioPerformance", "key: io-performance");
        int line = lineOf(dir.resolve("framework.yaml"), "key: io-performance");
        assertThatThrownBy(() -> DecisionContent.load(loader(dir), ContentFixtures.realMatrix()))
                .hasMessageStartingWith("framework.yaml:" + line + ": questions must be exactly");
    }

    static void copyContent(Path dir) throws IOException {
        for (String file : new String[]{"framework.yaml", "matrix.yaml"}) {
            Files.copy(ContentFixtures.CONTENT.resolve(file), dir.resolve(file));
        }
    }

    static void replaceOnce(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as("fixture text in %s", file).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    static int lineOf(Path file, String text) throws IOException {
        var lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    static int lineNumber(String message) {
        return Integer.parseInt(message.split(":")[1]);
    }
}
