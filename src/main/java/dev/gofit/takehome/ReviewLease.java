package dev.gofit.takehome;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The lease rules of the review queue shared by the replicas, in plain Java on a {@link Clock} so
 * tests move time by hand. A replica that claims a review holds it until {@link #expiry()}; its
 * heartbeat renews that every {@link #renewEvery()}. Only then may another replica take it back:
 * a lease that has not expired belongs to its owner, alive or not. A restarting replica takes back
 * its own RUNNING reviews at once (its previous process is gone), and only those.
 */
public final class ReviewLease {

    /** A review interrupted this often (claims that did not finish, clean stops excluded) fails instead of running again. */
    static final int MAX_ATTEMPTS = 2;

    /** What one replica may do with a review, given the state it read. */
    public enum Action {
        /** Queued: claim it. */
        CLAIM,
        /** Running, but its owner lost it (lease expired, or the owner itself restarted): claim it again, from the start. */
        TAKE_BACK,
        /** Running and lost, and already interrupted {@link #MAX_ATTEMPTS} times: fail it with a reason. */
        FAIL,
        /** Finished, or running under a live lease: not ours to touch. */
        LEAVE
    }

    private final Duration length;
    private final Clock clock;

    public ReviewLease(Duration length, Clock clock) {
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a lease must last: " + length);
        }
        this.length = length;
        this.clock = Objects.requireNonNull(clock);
    }

    public Duration length() {
        return length;
    }

    public Instant now() {
        return clock.instant();
    }

    /** The end of a lease taken or renewed now. */
    public Instant expiry() {
        return now().plus(length);
    }

    /** Three heartbeats per lease, so one late or failed renewal does not lose it. */
    public Duration renewEvery() {
        Duration third = length.dividedBy(3);
        return third.compareTo(Duration.ofMillis(50)) < 0 ? Duration.ofMillis(50) : third;
    }

    /** A lease without an end (a row from before leases) counts as expired. */
    public boolean expired(Instant leaseUntil) {
        return leaseUntil == null || !leaseUntil.isAfter(now());
    }

    /**
     * What replica {@code me} may do with a review in this state. {@code restarting}: {@code me}
     * has just started, so a review it owns is an orphan of its previous process.
     */
    public Action judge(ReviewStatus status, String owner, Instant leaseUntil, int attempts, String me, boolean restarting) {
        if (status == ReviewStatus.QUEUED) {
            return restarting ? Action.LEAVE : Action.CLAIM;
        }
        if (status != ReviewStatus.RUNNING) {
            return Action.LEAVE;
        }
        boolean lost = restarting ? me.equals(owner) : expired(leaseUntil);
        if (!lost) {
            return Action.LEAVE;
        }
        return attempts >= MAX_ATTEMPTS ? Action.FAIL : Action.TAKE_BACK;
    }
}
