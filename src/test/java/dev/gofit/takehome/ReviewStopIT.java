package dev.gofit.takehome;

import dev.gofit.support.PackagedApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 13, "two clean stops fail a review": the packaged app (H2 file database) is stopped with
 * SIGTERM twice while a review of its own reference endpoint runs, and restarted each time. Each
 * stop hands the review back before the database closes and does not count as an attempt, so the
 * review ends DONE rather than FAILED "Interrupted twice". Run by failsafe after packaging.
 */
class ReviewStopIT {

    private static final Map<String, String> ENV = Map.of(
            "GOFIT_DEMO_TOKEN_KEY", "review-stop-demo-token-key-0123456789abcdef",
            "GOFIT_REVIEW_ALLOW_PRIVATE_TARGETS", "true",
            "GOFIT_INSTANCE_ID", "stop-test");

    private PackagedApp app;

    @AfterEach
    void cleanUp() throws IOException {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aReviewStoppedCleanlyTwiceStillEndsDone() throws Exception {
        app = new PackagedApp("review-stop", "review stop admin password");

        Process process = start(1);
        String created = get("POST", "/api/reviews",
                "{\"endpoint\":\"http://127.0.0.1:" + app.port() + "/demo/aggregate\",\"label\":\"stop\"}");
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(created);
        assertThat(m.find()).as(created).isTrue();
        String review = "/api/reviews/" + m.group(1);

        for (int stop = 1; stop <= 2; stop++) {
            await("review running with a check done (start " + stop + ")").atMost(Duration.ofSeconds(240))
                    .pollInterval(Duration.ofMillis(100)).until(() -> {
                        String body = get("GET", review, null);
                        return body.contains("\"status\":\"RUNNING\"") && !body.contains("\"progress\":0,");
                    });
            process.destroy(); // SIGTERM
            assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("stops after SIGTERM").isTrue();
            String log = Files.readString(app.log(Integer.toString(stop)));
            assertThat(log).contains("handed back to the queue").doesNotContain("already closed");
            process = start(stop + 1);
        }
        await("review done").atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(200))
                .until(() -> !get("GET", review, null).matches("(?s).*\"status\":\"(QUEUED|RUNNING)\".*"));
        String done = get("GET", review, null);
        assertThat(done).contains("\"status\":\"DONE\"").doesNotContain("Interrupted twice");
        assertThat(done).doesNotContain("\"outcome\":\"ERROR\"");
        process.destroy();
        process.waitFor(40, TimeUnit.SECONDS);
    }

    private Process start(int n) throws IOException {
        Process process = app.start(Integer.toString(n), ENV);
        app.awaitReady(process, Integer.toString(n), System.nanoTime(), Duration.ofSeconds(300));
        return process;
    }

    private String get(String method, String path, String json) throws IOException, InterruptedException {
        return app.send(method, path, json).body();
    }
}
