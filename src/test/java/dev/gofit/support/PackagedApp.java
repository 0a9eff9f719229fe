package dev.gofit.support;

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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged app ({@code target/quarkus-app/quarkus-run.jar}, prod profile) run as a real process on
 * loopback, on an H2 file database in a temporary data directory, for the tests that kill, stop and
 * restart it. Every start uses the same port and data; {@link #close()} kills what is left and deletes
 * the data.
 */
public final class PackagedApp implements AutoCloseable {

    public static final String ADMIN = "admin@localhost";

    private final String name;
    private final String adminPassword;
    private final Path jar;
    private final Path dataDir;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> started = new ArrayList<>();

    /** {@code name} prefixes the logs ({@code target/<name>-<run>.log}) and the session key. */
    public PackagedApp(String name, String adminPassword) throws IOException {
        this.name = name;
        this.adminPassword = adminPassword;
        this.jar = Path.of(System.getProperty("gofit.jar", "target/quarkus-app/quarkus-run.jar"));
        assertThat(jar).as("run mvn package first").exists();
        this.dataDir = Files.createTempDirectory("gofit-" + name);
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    public static Path log(String name, String run) {
        return Path.of("target", name + "-" + run + ".log");
    }

    public Path log(String run) {
        return log(name, run);
    }

    /** Starts a process with the settings every run shares plus {@code extraEnv}; does not wait for it. */
    public Process start(String run, Map<String, String> extraEnv) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toAbsolutePath().toString());
        Map<String, String> env = pb.environment();
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("GOFIT_DATA_DIR", dataDir.toString());
        env.put("GOFIT_CONTENT_DIR", Path.of(System.getProperty("gofit.content", "content")).toAbsolutePath().toString());
        env.put("GOFIT_ADMIN_EMAIL", ADMIN);
        env.put("GOFIT_ADMIN_PASSWORD", adminPassword);
        env.put("GOFIT_SESSION_KEY", name + "-session-key-0123456789abcdef");
        env.putAll(extraEnv);
        pb.redirectErrorStream(true).redirectOutput(log(run).toFile());
        Process process = pb.start();
        started.add(process);
        return process;
    }

    /** Waits for {@code /q/health/ready} to answer 200 and returns the milliseconds since {@code startNanos}. */
    public long awaitReady(Process process, String run, long startNanos, Duration atMost) {
        await(name + " " + run + " ready").atMost(atMost).pollInterval(Duration.ofMillis(50)).until(() -> {
            assertThat(process.isAlive()).as("the app exited during start; see " + log(run)).isTrue();
            try {
                return http.send(HttpRequest.newBuilder(uri("/q/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException notListeningYet) {
                return false;
            }
        });
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }

    /** A call as the first admin (HTTP Basic); {@code json} null sends no body. */
    public HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((ADMIN + ":" + adminPassword).getBytes(StandardCharsets.UTF_8)));
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Override
    public void close() throws IOException {
        started.forEach(Process::destroyForcibly);
        for (Process p : started) {
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try (var files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
