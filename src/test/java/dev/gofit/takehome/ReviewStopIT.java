package dev.gofit.takehome;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
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

    private static final String ADMIN = "admin@localhost";
    private static final String PASSWORD = "review stop admin password";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> started = new ArrayList<>();
    private Path dataDir;
    private int port;

    @AfterEach
    void cleanUp() throws IOException {
        started.forEach(Process::destroyForcibly);
        if (dataDir != null) {
            try (var files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aReviewStoppedCleanlyTwiceStillEndsDone() throws Exception {
        Path jar = Path.of(System.getProperty("gofit.jar", "target/quarkus-app/quarkus-run.jar"));
        assertThat(jar).as("run mvn package first").exists();
        dataDir = Files.createTempDirectory("gofit-review-stop");
        port = freePort();

        Process app = start(1);
        String created = send("POST", "/api/reviews", "{\"endpoint\":\"http://127.0.0.1:" + port + "/demo/aggregate\",\"label\":\"stop\"}");
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(created);
        assertThat(m.find()).as(created).isTrue();
        String review = "/api/reviews/" + m.group(1);

        for (int stop = 1; stop <= 2; stop++) {
            await("review running with a check done (start " + stop + ")").atMost(Duration.ofSeconds(240))
                    .pollInterval(Duration.ofMillis(100)).until(() -> {
                        String body = send("GET", review, null);
                        return body.contains("\"status\":\"RUNNING\"") && !body.contains("\"progress\":0,");
                    });
            app.destroy(); // SIGTERM
            assertThat(app.waitFor(90, TimeUnit.SECONDS)).as("stops after SIGTERM").isTrue();
            String log = Files.readString(log(stop));
            assertThat(log).contains("handed back to the queue").doesNotContain("already closed");
            app = start(stop + 1);
        }
        await("review done").atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(200))
                .until(() -> !send("GET", review, null).matches("(?s).*\"status\":\"(QUEUED|RUNNING)\".*"));
        String done = send("GET", review, null);
        assertThat(done).contains("\"status\":\"DONE\"").doesNotContain("Interrupted twice");
        assertThat(done).doesNotContain("\"outcome\":\"ERROR\"");
        app.destroy();
        app.waitFor(40, TimeUnit.SECONDS);
    }

    private Process start(int n) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", Path.of(System.getProperty("gofit.jar", "target/quarkus-app/quarkus-run.jar"))
                .toAbsolutePath().toString());
        var env = pb.environment();
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("GOFIT_DATA_DIR", dataDir.toString());
        env.put("GOFIT_CONTENT_DIR", Path.of(System.getProperty("gofit.content", "content")).toAbsolutePath().toString());
        env.put("GOFIT_ADMIN_EMAIL", ADMIN);
        env.put("GOFIT_ADMIN_PASSWORD", PASSWORD);
        env.put("GOFIT_SESSION_KEY", "review-stop-session-key-0123456789abcdef");
        env.put("GOFIT_DEMO_TOKEN_KEY", "review-stop-demo-token-key-0123456789abcdef");
        env.put("GOFIT_REVIEW_ALLOW_PRIVATE_TARGETS", "true");
        env.put("GOFIT_INSTANCE_ID", "stop-test");
        pb.redirectErrorStream(true).redirectOutput(log(n).toFile());
        Process process = pb.start();
        started.add(process);
        await("ready").atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(100)).until(() -> {
            assertThat(process.isAlive()).as("exited during start; see " + log(n)).isTrue();
            try {
                return http.send(HttpRequest.newBuilder(uri("/q/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException notYet) {
                return false;
            }
        });
        return process;
    }

    private static Path log(int n) {
        return Path.of("target", "review-stop-" + n + ".log");
    }

    private String send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
