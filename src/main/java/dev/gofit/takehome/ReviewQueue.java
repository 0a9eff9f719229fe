package dev.gofit.takehome;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The review queue in the database, shared by every replica: a submitted review waits as QUEUED
 * until some replica with a free slot claims it, whichever replica took the request.
 *
 * <p><b>Why claims are race-free.</b> A claim reads a candidate row, lets {@link ReviewLease} judge
 * it, then writes with one conditional update (a compare-and-set) whose {@code where} repeats what
 * was read: the same {@code status}, the same {@code claims} count and, for a running review, a
 * lease still expired. Of two replicas (or two workers) racing for one row, the database applies
 * one update first; the other waits for that row's lock and re-checks its {@code where} against
 * the committed row (PostgreSQL in READ COMMITTED, H2's MVStore likewise), which no longer matches
 * ({@code claims} has grown), so it changes 0 rows and moves on. No {@code FOR UPDATE SKIP LOCKED}
 * (H2 has no SKIP LOCKED), no long-held locks, the same SQL on both databases.
 *
 * <p><b>Fencing.</b> {@code claims} only grows, so a claim is identified by (id, claims). Every write
 * of the owner (progress, report, heartbeat, hand-back) is conditional on that pair and on RUNNING:
 * a replica that lost its lease (a long pause, a lost network) can no longer write over the review
 * that another replica took back.
 */
final class ReviewQueue {

    /** One replica's hold on one review: fences its writes. */
    record Claim(long id, int claims) {
    }

    /** How many candidate rows one claim attempt reads (the others are left for the next). */
    private static final int CANDIDATES = 8;

    private static final String CLAIM_SET = "status = :running, leaseOwner = :me, leaseUntil = :until, "
            + "claims = claims + 1, attempts = attempts + 1, startedAt = :now, finishedAt = null, progress = 0, "
            + "report = null, score = null, failure = null";

    private static final String REQUEUE_SET = "status = :queued, leaseOwner = null, leaseUntil = null, progress = 0, "
            + "report = null, score = null, startedAt = null";

    private final ReviewLease lease;
    private final String me;

    ReviewQueue(ReviewLease lease, String me) {
        this.lease = lease;
        this.me = me;
    }

    String me() {
        return me;
    }

    ReviewLease lease() {
        return lease;
    }

    /** The state of a row that the lease rules judge (no report: it can be large). */
    private record Seen(long id, ReviewStatus status, String owner, Instant leaseUntil, int attempts, int claims) {
    }

    private List<Seen> read(String where, Object... params) {
        var query = Review.getEntityManager().createQuery("select r.id, r.status, r.leaseOwner, r.leaseUntil, r.attempts, "
                + "r.claims from Review r where " + where + " order by r.id", Object[].class);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query.setMaxResults(CANDIDATES).getResultList().stream()
                .map(r -> new Seen((Long) r[0], (ReviewStatus) r[1], (String) r[2], (Instant) r[3], (Integer) r[4], (Integer) r[5]))
                .toList();
    }

    /**
     * Claims the oldest review this replica may run: a queued one, or a running one whose lease
     * expired (its owner is gone; it runs again from the start). A lost one already interrupted
     * twice is failed with a reason on the way. Empty when there is nothing to do.
     */
    Optional<Claim> claimNext() {
        for (int round = 0; round < 4; round++) {
            List<Seen> candidates = QuarkusTransaction.requiringNew().call(() -> read(
                    "r.status = ?1 or (r.status = ?2 and (r.leaseUntil is null or r.leaseUntil <= ?3))",
                    ReviewStatus.QUEUED, ReviewStatus.RUNNING, lease.now()));
            if (candidates.isEmpty()) {
                return Optional.empty();
            }
            for (Seen seen : candidates) {
                Optional<Claim> claim = act(seen, false);
                if (claim.isPresent()) {
                    return claim;
                }
            }
            // Every candidate went to another replica (or failed): read again.
        }
        return Optional.empty();
    }

    /** Claims this one review if the lease rules let this replica have it now. */
    Optional<Claim> claim(long id) {
        List<Seen> seen = QuarkusTransaction.requiringNew().call(() -> read("r.id = ?1", id));
        return seen.isEmpty() ? Optional.empty() : act(seen.get(0), false);
    }

    private Optional<Claim> act(Seen seen, boolean restarting) {
        ReviewLease.Action action = lease.judge(seen.status(), seen.owner(), seen.leaseUntil(), seen.attempts(), me, restarting);
        return switch (action) {
            case LEAVE -> Optional.empty();
            case FAIL -> {
                compareAndSet(seen, restarting, "status = :failed, leaseOwner = null, leaseUntil = null, finishedAt = :now, "
                        + "failure = :failure");
                yield Optional.empty();
            }
            case CLAIM, TAKE_BACK -> {
                if (restarting) {
                    compareAndSet(seen, true, REQUEUE_SET);
                    yield Optional.empty();
                }
                yield compareAndSet(seen, false, CLAIM_SET) ? Optional.of(new Claim(seen.id(), seen.claims() + 1)) : Optional.empty();
            }
        };
    }

    static final String INTERRUPTED_TWICE = "Interrupted twice (GoFit stopped or a replica was lost while running it); "
            + "start it again.";

    /**
     * The one conditional update: applies {@code set} only if the row is still as it was read
     * (same status and claims; for a running row taken from another replica, a lease still expired).
     */
    private boolean compareAndSet(Seen seen, boolean restarting, String set) {
        Instant now = lease.now();
        String where = "id = :id and status = :status and claims = :claims";
        if (seen.status() == ReviewStatus.RUNNING) {
            where += restarting ? " and leaseOwner = :me" : " and (leaseUntil is null or leaseUntil <= :now)";
        }
        String jpql = "update Review set " + set + " where " + where;
        int changed = QuarkusTransaction.requiringNew().call(() -> {
            var update = Review.getEntityManager().createQuery(jpql)
                    .setParameter("id", seen.id()).setParameter("status", seen.status()).setParameter("claims", seen.claims());
            Map.of(":me", (Object) me, ":now", now, ":until", lease.expiry(), ":running", ReviewStatus.RUNNING,
                    ":queued", ReviewStatus.QUEUED, ":failed", ReviewStatus.FAILED, ":failure", INTERRUPTED_TWICE)
                    .forEach((name, value) -> {
                        if (jpql.contains(name)) {
                            update.setParameter(name.substring(1), value);
                        }
                    });
            return update.executeUpdate();
        });
        return changed == 1;
    }

    /**
     * At start-up: the reviews this replica's previous process left RUNNING go back to the queue
     * (or fail, if interrupted twice); other replicas' reviews are left to their owners' leases.
     * Answers how many were queued again.
     */
    int recoverOwn() {
        int requeued = 0;
        List<Seen> own;
        do {
            own = QuarkusTransaction.requiringNew().call(() -> read("r.status = ?1 and r.leaseOwner = ?2", ReviewStatus.RUNNING, me));
            for (Seen seen : own) {
                act(seen, true);
                requeued += seen.attempts() < ReviewLease.MAX_ATTEMPTS ? 1 : 0;
            }
        } while (own.size() == CANDIDATES);
        return requeued;
    }

    /** Renews the leases of these claims; answers the ones this replica no longer holds. */
    List<Claim> renew(Collection<Claim> held) {
        List<Claim> lost = new ArrayList<>();
        for (Claim c : held) {
            int renewed = QuarkusTransaction.requiringNew().call(() -> Review.update(
                    "leaseUntil = ?1 where id = ?2 and claims = ?3 and status = ?4",
                    lease.expiry(), c.id(), c.claims(), ReviewStatus.RUNNING));
            if (renewed == 0) {
                lost.add(c);
            }
        }
        return lost;
    }

    /**
     * A clean stop: the review goes back to the queue at once, with no partial report, for any
     * replica to run afresh. Not the review's fault, so its attempt is not counted.
     */
    boolean handBack(Claim c) {
        return QuarkusTransaction.requiringNew().call(() -> Review.update(
                "status = ?1, leaseOwner = null, leaseUntil = null, progress = 0, report = null, score = null, "
                        + "startedAt = null, attempts = attempts - 1 where id = ?2 and claims = ?3 and status = ?4",
                ReviewStatus.QUEUED, c.id(), c.claims(), ReviewStatus.RUNNING)) == 1;
    }

    /**
     * Runs {@code change} on the review in its own transaction, with the row locked, if this claim
     * still holds it; answers false (and changes nothing) when another replica took it back.
     */
    boolean ifHeld(Claim c, Consumer<Review> change) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Review r = Review.findById(c.id(), LockModeType.PESSIMISTIC_WRITE);
            if (r == null || r.status != ReviewStatus.RUNNING || r.claims != c.claims()) {
                return false;
            }
            change.accept(r);
            return true;
        });
    }
}
