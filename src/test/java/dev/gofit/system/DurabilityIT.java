package dev.gofit.system;

import dev.gofit.support.PackagedApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs the packaged app (prod profile, H2 file database in a temporary GOFIT_DATA_DIR, loopback),
 * streams acknowledged writes at it from four clients, kills it with {@code kill -9} in the middle,
 * restarts it on the same data and checks that every write answered 201 is still there. Also
 * measures fresh start to ready. Run by failsafe in {@code mvn verify}, after packaging.
 */
class DurabilityIT {

    private static final Duration WRITE_FOR = Duration.ofSeconds(3);
    private static final int MIN_WRITES = 20;

    private PackagedApp app;

    @AfterEach
    void cleanUp() throws IOException {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void noAcknowledgedWriteIsLostWhenTheProcessIsKilled() throws Exception {
        app = new PackagedApp("durability", "durability admin password");

        long t0 = System.nanoTime();
        Process first = app.start("first", Map.of());
        long freshStartMs = app.awaitReady(first, "first", t0, Duration.ofSeconds(120));

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
                        if (createUser(email) == 201) {
                            acknowledged.add(email);
                        }
                    } catch (IOException | InterruptedException e) {
                        return; // the server is gone
                    }
                }
            }));
        }
        writers.forEach(Thread::start);
        // Write for at least WRITE_FOR and until MIN_WRITES are acknowledged (a slow machine gets up to a minute more).
        long writeUntil = System.nanoTime() + WRITE_FOR.toNanos();
        await("at least " + MIN_WRITES + " acknowledged writes").atMost(WRITE_FOR.plusSeconds(60))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> System.nanoTime() >= writeUntil && acknowledged.size() >= MIN_WRITES);
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
        Process second = app.start("restart", Map.of());
        long restartMs = app.awaitReady(second, "restart", t1, Duration.ofSeconds(120));
        Set<String> stored = storedEmails();
        Set<String> lost = new HashSet<>(ackedAtKill);
        lost.removeAll(stored);

        // Graceful shutdown: SIGTERM lets Quarkus stop cleanly within quarkus.shutdown.timeout.
        long t2 = System.nanoTime();
        second.destroy();
        assertThat(second.waitFor(30, TimeUnit.SECONDS)).as("stops within 30 s of SIGTERM").isTrue();
        long stopMs = Duration.ofNanos(System.nanoTime() - t2).toMillis();
        assertThat(Files.readString(app.log("restart"))).contains("stopped in");

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

    private int createUser(String email) throws IOException, InterruptedException {
        String body = "{\"email\":\"" + email + "\",\"displayName\":\"Durable\",\"roles\":[\"LEADER\"],"
                + "\"password\":\"a durable password\"}";
        return app.send("POST", "/api/users", body).statusCode();
    }

    private Set<String> storedEmails() throws IOException, InterruptedException {
        HttpResponse<String> list = app.send("GET", "/api/users", null);
        assertThat(list.statusCode()).isEqualTo(200);
        Set<String> emails = new HashSet<>();
        Matcher m = Pattern.compile("\"email\":\"([^\"]+)\"").matcher(list.body());
        while (m.find()) {
            emails.add(m.group(1));
        }
        return emails;
    }
}
