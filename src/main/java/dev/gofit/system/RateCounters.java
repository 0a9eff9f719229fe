package dev.gofit.system;

import java.time.Duration;
import java.time.Instant;

/**
 * Counters over fixed windows, for limits (login attempts, invite-token guesses, demo runs). The
 * application's are in the database ({@link DatabaseRateCounters}), so a limit holds across every
 * replica rather than once per replica; counting rules are tested on an in-memory one.
 */
public interface RateCounters {

    /** A key's count in its open window, and when that window ends. */
    record Hit(long count, Instant windowEnd) {
    }

    /**
     * Counts one more hit on {@code key} and answers the count including it: atomic, so of N
     * concurrent hits on one key each gets a different count, 1..N. A window of {@code window}
     * opens at the first hit after the previous one ended.
     */
    Hit hit(String key, Duration window);

    /** The count in the open window, 0 when none is open. */
    long count(String key);

    /** Takes one hit back (never below 0): the counted attempt turned out fine. */
    void undo(String key);

    /** Forgets the key. */
    void forget(String key);

    /** Forgets every key starting with {@code prefix} (tests; an admin unlocking after an incident). */
    void forgetAll(String prefix);
}
