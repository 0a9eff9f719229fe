package dev.gofit.takehome;

import dev.gofit.system.RateCounters;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * Limits invite-token guesses per client address, in counters every replica shares: only unknown
 * tokens count, and once an address has sent more than {@link #MAX_MISSES} within
 * {@link #WINDOW}, its further misses get 429. A valid token always goes through: a candidate
 * behind a busy address (or one who mistyped their link twenty times) still reaches their invite.
 */
@ApplicationScoped
public class TokenThrottle {

    static final int MAX_MISSES = 20;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final String KEY = "token-miss:";

    private final RateCounters counters;

    public TokenThrottle(RateCounters counters) {
        this.counters = counters;
    }

    /** Counts an unknown token from this address; true when the address is over its allowance (answer 429). */
    public boolean miss(String client) {
        return counters.hit(KEY + client, WINDOW).count() > MAX_MISSES;
    }

    /** Forgets every address (tests). */
    public void reset() {
        counters.forgetAll(KEY);
    }
}
