package dev.gofit.demo;

import dev.gofit.system.RateCounters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;

/**
 * Demo runs allowed per client address per minute (a fixed window per address), counted in the
 * counters every replica shares, so a client moved to another replica (nginx's hash changes when a
 * replica goes away) does not get a fresh allowance.
 */
@ApplicationScoped
public class DemoRateLimiter {

    private static final String KEY = "demo-runs:";

    private final int perMinute;
    private final RateCounters counters;
    private final Clock clock = Clock.systemUTC();

    @Inject
    public DemoRateLimiter(DemoConfig config, RateCounters counters) {
        this.perMinute = config.runsPerMinute();
        this.counters = counters;
    }

    public int perMinute() {
        return perMinute;
    }

    /** Seconds to wait before this address may run again: 0 means the run is allowed (and counted). */
    public long acquire(String address) {
        RateCounters.Hit hit = counters.hit(KEY + address, Duration.ofMinutes(1));
        if (hit.count() <= perMinute) {
            return 0;
        }
        long leftMs = Duration.between(clock.instant(), hit.windowEnd()).toMillis();
        return Math.max(1, (leftMs + 999) / 1000);
    }

    /** Forgets every address (tests). */
    public void reset() {
        counters.forgetAll(KEY);
    }
}
