package dev.gofit.support;

import dev.gofit.system.RateCounters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** {@link RateCounters} in memory on a test clock, for the counting rules of a limit without a database. */
public final class MemoryRateCounters implements RateCounters {

    private final Clock clock;
    private final Map<String, Hit> counts = new HashMap<>();

    public MemoryRateCounters(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Hit hit(String key, Duration window) {
        Instant now = clock.instant();
        Hit open = counts.get(key);
        Hit next = open == null || !open.windowEnd().isAfter(now)
                ? new Hit(1, now.plus(window)) : new Hit(open.count() + 1, open.windowEnd());
        counts.put(key, next);
        return next;
    }

    @Override
    public synchronized long count(String key) {
        Hit open = counts.get(key);
        return open == null || !open.windowEnd().isAfter(clock.instant()) ? 0 : open.count();
    }

    @Override
    public synchronized void undo(String key) {
        counts.computeIfPresent(key, (k, h) -> new Hit(Math.max(0, h.count() - 1), h.windowEnd()));
    }

    @Override
    public synchronized void forget(String key) {
        counts.remove(key);
    }

    @Override
    public synchronized void forgetAll(String prefix) {
        counts.keySet().removeIf(k -> k.startsWith(prefix));
    }
}
