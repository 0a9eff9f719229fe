package dev.gofit.demo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Demo runs allowed per client address per minute (a fixed window per address). The table is
 * bounded and forgets an address a minute after its window opened.
 */
@ApplicationScoped
public class DemoRateLimiter {

    private final int perMinute;
    private final Cache<String, Window> windows = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterWrite(Duration.ofMinutes(1)).build();

    @Inject
    public DemoRateLimiter(DemoConfig config) {
        this.perMinute = config.runsPerMinute();
    }

    public int perMinute() {
        return perMinute;
    }

    /** Seconds to wait before this address may run again: 0 means the run is allowed (and counted). */
    public long acquire(String address) {
        Window window = windows.get(address, a -> new Window(System.nanoTime()));
        if (window.count.incrementAndGet() <= perMinute) {
            return 0;
        }
        long left = Duration.ofMinutes(1).toNanos() - (System.nanoTime() - window.openedNanos);
        return Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
    }

    /** Forgets every address (tests). */
    public void reset() {
        windows.invalidateAll();
    }

    private record Window(long openedNanos, AtomicInteger count) {
        Window(long openedNanos) {
            this(openedNanos, new AtomicInteger());
        }
    }
}
