package dev.gofit.decision;

import dev.gofit.matrix.Matrix;
import dev.gofit.matrix.MatrixDefinition;
import dev.gofit.support.ContentFixtures;
import dev.gofit.support.FormSession;
import dev.gofit.support.TestDecisions;
import dev.gofit.support.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A decision keeps the matrix content it was evaluated with: the app here starts from a content folder in which
 * Go's I/O performance rating and note were edited after the decision was evaluated with the shipped content.
 */
@QuarkusTest
@TestProfile(DecisionSnapshotTest.EditedContent.class)
class DecisionSnapshotTest {

    static final String ORIGINAL_NOTE = "Native code and a network poller that parks goroutines cheaply";
    static final String EDITED_NOTE = "Edited after the decision: Go rated down for this test.";

    /** A copy of ./content with Go's I/O performance rating changed from 4 to 1 and its note replaced. */
    public static class EditedContent implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gofit.content-dir", editedCopy().toString());
        }
    }

    static Path editedCopy() {
        try {
            Path dir = Files.createTempDirectory("gofit-content-edited");
            try (Stream<Path> files = Files.walk(Path.of("content"))) {
                for (Path from : files.toList()) {
                    Path to = dir.resolve(Path.of("content").relativize(from).toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(from, to);
                    }
                }
            }
            Path matrix = dir.resolve("matrix.yaml");
            String yaml = Files.readString(matrix);
            String edited = yaml.replaceFirst("go: \\{ score: 4, note: \"" + ORIGINAL_NOTE + "[^\"]*\" }",
                    "go: { score: 1, note: \"" + EDITED_NOTE + "\" }");
            if (edited.equals(yaml)) {
                throw new IllegalStateException("the Go I/O performance rating was not found in content/matrix.yaml");
            }
            Files.writeString(matrix, edited);
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MatrixDefinition shippedContent() {
        return Matrix.load(ContentFixtures.loader(Path.of("content")));
    }

    static double goScore(MatrixDefinition content) {
        Answers answers = new Answers(true, true, false, true, false, false);
        return DecisionModel.evaluate(content, answers, Decision.DEFAULT_OPTIONS, null, null)
                .evaluation().scores().scores().get("go");
    }

    /** The decision as it was before the edit and the restart: pinned to the shipped content. */
    static void evaluatedWithShippedContent(long id) {
        MatrixDefinition shipped = shippedContent();
        QuarkusTransaction.requiringNew().run(() -> {
            Decision d = Decision.findById(id);
            d.evaluatedWith = shipped;
            d.contentVersion = DecisionEvaluator.fingerprint(shipped);
        });
    }

    @Test
    void editedContentChangesNeitherScoresNorAdrUntilReevaluated() {
        String leader = TestUsers.leader();
        long id = TestDecisions.createPayments(leader, "Snapshot payments");
        evaluatedWithShippedContent(id);
        MatrixDefinition shipped = shippedContent();
        double before = goScore(shipped);

        JsonPath body = TestDecisions.as(leader).get("/api/decisions/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(body.getDouble("matrix.scores.go")).isEqualTo(before);
        assertThat(body.getBoolean("contentChanged")).isTrue();
        assertThat(body.getString("contentVersion")).isEqualTo(DecisionEvaluator.fingerprint(shipped));
        String adr = TestDecisions.as(leader).get("/decisions/" + id + "/adr.md").then().statusCode(200).extract().asString();
        assertThat(adr).contains(ORIGINAL_NOTE).doesNotContain(EDITED_NOTE);

        FormSession s = FormSession.login(leader);
        Document page = Jsoup.parse(s.get("/decisions/" + id).asString());
        assertThat(page.select(".content-changed h2").text()).contains("The matrix content has changed since");
        assertThat(page.select(".content-changed button").text()).contains("Re-evaluate with today's content (revision 2)");

        s.postForm("/decisions/" + id + "/reevaluate", Map.of()).then().statusCode(303);
        JsonPath after = TestDecisions.as(leader).get("/api/decisions/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(after.getInt("revision")).isEqualTo(2);
        assertThat(after.getDouble("matrix.scores.go")).isLessThan(before);
        assertThat(after.getBoolean("contentChanged")).isFalse();
        assertThat(TestDecisions.as(leader).get("/decisions/" + id + "/adr.md").asString()).contains(EDITED_NOTE);
        Document reevaluated = Jsoup.parse(s.get("/decisions/" + id).asString());
        assertThat(reevaluated.select(".content-changed")).isEmpty();
        assertThat(reevaluated.select("#history-h + .table-scroll tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).startsWith("1 "));
    }

    @Test
    void aDecisionEvaluatedWithTodaysContentShowsNoNotice() {
        String leader = TestUsers.leader();
        long id = TestDecisions.createPayments(leader, "Snapshot current");
        TestDecisions.as(leader).get("/api/decisions/" + id).then().statusCode(200)
                .body("contentChanged", org.hamcrest.Matchers.is(false));
        assertThat(Jsoup.parse(FormSession.login(leader).get("/decisions/" + id).asString()).select(".content-changed")).isEmpty();
    }
}
