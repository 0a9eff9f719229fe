package dev.gofit.system;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared counters in the database: concurrent hits each get their own count (H2, and PostgreSQL by tag). */
@QuarkusTest
@Tag("persistence")
class RateCountersTest {

    @Inject
    RateCounters counters;

    @Test
    void fortyConcurrentHitsOnOneNewKeyGetTheCountsOneToForty() throws Exception {
        String key = "test-burst:" + System.nanoTime();
        int n = 40;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Long>> hits = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                hits.add(pool.submit(() -> {
                    go.await();
                    return counters.hit(key, Duration.ofMinutes(5)).count();
                }));
            }
            go.countDown();
            List<Long> counts = new ArrayList<>();
            for (Future<Long> f : hits) {
                counts.add(f.get());
            }
            assertThat(counts).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, n).boxed().toList());
            assertThat(counters.count(key)).isEqualTo(n);
            counters.undo(key);
            assertThat(counters.count(key)).isEqualTo(n - 1);
            counters.forget(key);
            assertThat(counters.count(key)).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A login counts its attempt and, when the password is right, forgets the account's count: scripts on HTTP
     * Basic do both for one account from many connections at once, and no call may fail for it (one in twenty
     * answered 500 before: two deletes of the same row).
     */
    @Test
    void concurrentHitsAndForgetsOfOneKeyAllSucceed() throws Exception {
        String key = "test-forget:" + System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> forgets = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                forgets.add(pool.submit(() -> {
                    go.await();
                    for (int round = 0; round < 10; round++) {
                        counters.hit(key, Duration.ofMinutes(5));
                        counters.forget(key);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : forgets) {
                f.get(); // a forget that failed throws here
            }
            assertThat(counters.count(key)).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anEndedWindowStartsAgainAtOne() {
        String key = "test-window:" + System.nanoTime();
        counters.hit(key, Duration.ofMillis(1));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> counters.count(key) == 0);
        assertThat(counters.hit(key, Duration.ofMinutes(1)).count()).isEqualTo(1);
        counters.forgetAll("test-window:");
        assertThat(counters.count(key)).isZero();
    }
}
