package dev.gofit.system;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged app (prod profile, H2 file database in a temporary GOFIT_DATA_DIR, loopback),
 * streams acknowledged writes at it from four clients, kills it with {@code kill -9} in the middle,
 * restarts it on the same data and checks that every write answered 201 is still there. Also
 * measures fresh start to ready. Run by failsafe in {@code mvn verify}, after packaging.
 */
class DurabilityIT {

    private static final String ADMIN = "admin@localhost";
    private static final String ADMIN_PASSWORD = "durability admin password";
    private static final Duration WRITE_FOR = Duration.ofSeconds(3);
    private static final int MIN_WRITES = 20;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> started = new ArrayList<>();
    private Path dataDir;

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
    void noAcknowledgedWriteIsLostWhenTheProcessIsKilled() throws Exception {
        Path jar = Path.of(System.getProperty("gofit.jar", "target/quarkus-app/quarkus-run.jar"));
        assertThat(jar).as("run mvn package first").exists();
        dataDir = Files.createTempDirectory("gofit-durability");
        int port = freePort();

        long t0 = System.nanoTime();
        Process first = start(jar, port, "first");
        long freshStartMs = awaitReady(port, first, t0);

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger attempts = new AtomicInteger();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            writers.add(new Thread(() -> {
                for (int i = 0; !stop.get(); i++) {
                    String email = "durable-" + writer + "-" + i + "@test.gofit";
                    attempts.incrementAndGet();
                    try {
                        if (createUser(port, email) == 201) {
                            acknowledged.add(email);
                        }
                    } catch (IOException | InterruptedException e) {
                        return; // the server is gone
                    }
                }
            }));
        }
        writers.forEach(Thread::start);
        long writeUntil = System.nanoTime() + WRITE_FOR.toNanos();
        while (System.nanoTime() < writeUntil || acknowledged.size() < MIN_WRITES) {
            Thread.sleep(20);
            assertThat(System.nanoTime() - writeUntil).as("too slow to reach %d writes", MIN_WRITES)
                    .isLessThan(Duration.ofSeconds(60).toNanos());
        }
        // Kill while the writers are still writing: no shutdown hook, no flush, no checkpoint.
        new ProcessBuilder("kill", "-9", Long.toString(first.pid())).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
        assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
        int killedExit = first.exitValue();
        stop.set(true);
        for (Thread writer : writers) {
            writer.join(15_000);
        }
        Set<String> ackedAtKill = new HashSet<>(acknowledged);

        long t1 = System.nanoTime();
        Process second = start(jar, port, "restart");
        long restartMs = awaitReady(port, second, t1);
        Set<String> stored = storedEmails(port);
        Set<String> lost = new HashSet<>(ackedAtKill);
        lost.removeAll(stored);

        // Graceful shutdown: SIGTERM lets Quarkus stop cleanly within quarkus.shutdown.timeout.
        long t2 = System.nanoTime();
        second.destroy();
        assertThat(second.waitFor(30, TimeUnit.SECONDS)).as("stops within 30 s of SIGTERM").isTrue();
        long stopMs = Duration.ofNanos(System.nanoTime() - t2).toMillis();
        assertThat(Files.readString(Path.of("target", "durability-restart.log"))).contains("stopped in");

        String report = String.format(
                "DurabilityIT: %d acknowledged writes (of %d attempted) before kill -9 (exit %d); after restart %d stored, "
                        + "%d lost. Fresh start to ready %d ms; restart after kill to ready %d ms; SIGTERM to stopped %d ms.%n",
                ackedAtKill.size(), attempts.get(), killedExit, stored.stream().filter(e -> e.startsWith("durable-")).count(),
                lost.size(), freshStartMs, restartMs, stopMs);
        System.out.print(report);
        Files.writeString(Path.of("target", "durability.txt"), report);
        assertThat(killedExit).as("killed by SIGKILL").isEqualTo(137);
        assertThat(ackedAtKill).hasSizeGreaterThanOrEqualTo(MIN_WRITES);
        assertThat(lost).as("acknowledged writes missing after kill -9").isEmpty();
    }

    private Process start(Path jar, int port, String name) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toAbsolutePath().toString());
        pb.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        pb.environment().put("GOFIT_DATA_DIR", dataDir.toString());
        pb.environment().put("GOFIT_CONTENT_DIR", Path.of(System.getProperty("gofit.content", "content")).toAbsolutePath().toString());
        pb.environment().put("GOFIT_ADMIN_EMAIL", ADMIN);
        pb.environment().put("GOFIT_ADMIN_PASSWORD", ADMIN_PASSWORD);
        pb.environment().put("GOFIT_SESSION_KEY", "durability-session-key-0123456789abcdef");
        pb.redirectErrorStream(true).redirectOutput(Path.of("target", "durability-" + name + ".log").toFile());
        Process process = pb.start();
        started.add(process);
        return process;
    }

    private long awaitReady(int port, Process process, long startNanos) throws InterruptedException {
        long deadline = startNanos + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the app exited during start; see target/durability-*.log").isTrue();
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(uri(port, "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not ready within 120 s");
    }

    private int createUser(int port, String email) throws IOException, InterruptedException {
        String body = "{\"email\":\"" + email + "\",\"displayName\":\"Durable\",\"roles\":[\"LEADER\"],"
                + "\"password\":\"a durable password\"}";
        HttpRequest request = HttpRequest.newBuilder(uri(port, "/api/users")).timeout(Duration.ofSeconds(20))
                .header("Authorization", basic()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private Set<String> storedEmails(int port) throws IOException, InterruptedException {
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(uri(port, "/api/users"))
                .header("Authorization", basic()).timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(list.statusCode()).isEqualTo(200);
        Set<String> emails = new HashSet<>();
        Matcher m = Pattern.compile("\"email\":\"([^\"]+)\"").matcher(list.body());
        while (m.find()) {
            emails.add(m.group(1));
        }
        return emails;
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
