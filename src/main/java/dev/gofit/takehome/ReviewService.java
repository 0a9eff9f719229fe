package dev.gofit.takehome;

import dev.gofit.outbound.TargetRefusedException;
import dev.gofit.outbound.TargetGuard;
import dev.gofit.outbound.Target;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Accepts reviews (guard first), queues them and runs them with bounded parallelism. A worker
 * claims a review with one conditional update, so no review runs twice. State is persisted after
 * every check; a review GoFit stops in the middle goes back to the queue, and at start-up reviews
 * a crash left RUNNING are queued again (once; a second interruption fails them with a reason),
 * so none stays RUNNING forever.
 */
@ApplicationScoped
public class ReviewService {

    private static final Logger LOG = Logger.getLogger(ReviewService.class);

    /** Thrown when an invite's final submission was already made. */
    public static class AlreadySubmittedException extends RuntimeException {
        public AlreadySubmittedException() {
            super("The final submission was already made.", null, false, false);
        }
    }

    /** Thrown for a practice submission once the final one is in. */
    public static class PracticeClosedException extends RuntimeException {
        public PracticeClosedException() {
            super("Your final submission is in, so practice reviews are closed.", null, false, false);
        }
    }

    /** Thrown when the practice allowance of the hour is used up. */
    public static class PracticeLimitException extends RuntimeException {
        public PracticeLimitException(int perHour) {
            super("You have used your " + perHour + " practice reviews for this hour; try again later.", null, false, false);
        }
    }

    private final TargetGuard guard;
    private final ReviewEngine engine;
    private final CheckCatalog catalog;
    private final ReviewConfig config;
    private ExecutorService workers;

    public ReviewService(TargetGuard guard, ReviewEngine engine, CheckCatalog catalog, ReviewConfig config) {
        this.guard = guard;
        this.engine = engine;
        this.catalog = catalog;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        AtomicInteger n = new AtomicInteger();
        workers = Executors.newFixedThreadPool(Math.max(1, config.parallelism()), r -> {
            Thread t = new Thread(r, "review-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        recover().forEach(this::enqueue);
    }

    /**
     * After a restart: a review interrupted once is queued again, one interrupted twice fails with
     * a reason. Answers the ids waiting in the queue, oldest first.
     */
    List<Long> recover() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Review.update("status = ?1, failure = ?2, finishedAt = ?3 where status = ?4 and attempts >= 2",
                    ReviewStatus.FAILED, "Interrupted twice by a restart of GoFit; start it again.", Instant.now(),
                    ReviewStatus.RUNNING);
            int requeued = Review.update("status = ?1 where status = ?2", ReviewStatus.QUEUED, ReviewStatus.RUNNING);
            if (requeued > 0) {
                LOG.infof("Re-queued %d review(s) interrupted by a restart", requeued);
            }
            return Review.<Review>list("status = ?1 order by id", ReviewStatus.QUEUED).stream().map(r -> r.id).toList();
        });
    }

    void stop(@Observes ShutdownEvent event) {
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Checks the target (throws with a reason) and queues a staff review. */
    public Review submit(String endpoint, String label, long ownerId) throws TargetRefusedException {
        Target target = guard.check(endpoint);
        Review review = QuarkusTransaction.requiringNew().call(() -> create(target.url(), label, ownerId, null, false));
        enqueue(review.id);
        return review;
    }

    /** Like {@link #submit}, but linked to a candidate's invite (a staff re-run of their endpoint). */
    private Review submitLinked(String endpoint, String label, long ownerId, long inviteId) throws TargetRefusedException {
        Target target = guard.check(endpoint);
        Review review = QuarkusTransaction.requiringNew().call(() -> create(target.url(), label, ownerId, inviteId, false));
        enqueue(review.id);
        return review;
    }

    /** The URL of GoFit's own reference endpoint, as the engine calls it. */
    public String referenceUrl() {
        return engine.upstreamBase() + "/demo/aggregate";
    }

    /** Queues a review of GoFit's own reference endpoint (trusted: the URL is ours, not a stranger's). */
    public Review submitReference(long ownerId) {
        Review review = QuarkusTransaction.requiringNew().call(() -> {
            Review r = create(referenceUrl(), "reference", ownerId, null, false);
            r.reference = true;
            return r;
        });
        enqueue(review.id);
        return review;
    }

    /**
     * The guard's verdict, except for a review GoFit itself made of its reference endpoint, which
     * may be on loopback. Judged by the flag, never by the URL: a stranger's URL always meets the guard.
     */
    Target checkAtRunTime(Review review) throws TargetRefusedException {
        if (review.reference) {
            return new TargetGuard(host -> List.of(java.net.InetAddress.getAllByName(host)), true).check(review.endpoint);
        }
        return guard.check(review.endpoint);
    }

    /** A candidate's practice or final submission for an invite. */
    public Review submitForInvite(long inviteId, String endpoint, boolean isFinal) throws TargetRefusedException {
        Target target = guard.check(endpoint);
        Review review;
        if (isFinal) {
            try {
                review = QuarkusTransaction.requiringNew().call(() -> {
                    // The invite row's lock orders a final submission against a practice one sent at once.
                    Invite invite = Invite.findById(inviteId, LockModeType.PESSIMISTIC_WRITE);
                    if (Review.count("finalInviteId", inviteId) > 0) {
                        throw new AlreadySubmittedException();
                    }
                    Review r = create(target.url(), "final", invite.createdBy, invite.id, false);
                    r.finalInviteId = invite.id;
                    r.flush();
                    return r;
                });
            } catch (AlreadySubmittedException e) {
                throw e;
            } catch (RuntimeException e) {
                // Two simultaneous submits: the unique final_invite_id lets one insert win.
                if (Review.count("finalInviteId", inviteId) > 0) {
                    throw new AlreadySubmittedException();
                }
                throw e;
            }
        } else {
            synchronized (this) {
                review = QuarkusTransaction.requiringNew().call(() -> {
                    Invite invite = Invite.findById(inviteId, LockModeType.PESSIMISTIC_WRITE);
                    if (Review.count("finalInviteId", inviteId) > 0) {
                        throw new PracticeClosedException(); // checked again under the lock: see the final branch
                    }
                    if (Review.countPracticeSince(inviteId, Instant.now().minus(Duration.ofHours(1))) >= config.practicePerHour()) {
                        throw new PracticeLimitException(config.practicePerHour());
                    }
                    return create(target.url(), "practice", invite.createdBy, invite.id, true);
                });
            }
        }
        enqueue(review.id);
        return review;
    }

    /**
     * Queues a fresh review of the same endpoint for {@code ownerId}: the reference through the
     * reference path, a candidate's review still linked to their invite (so it shows under the
     * invite and in the hiring evidence). Throws when the guard now refuses the endpoint.
     */
    public Review rerun(long reviewId, long ownerId) throws TargetRefusedException {
        Review old = QuarkusTransaction.requiringNew().call(() -> Review.<Review>findById(reviewId));
        if (old == null) {
            throw new IllegalArgumentException("no review " + reviewId);
        }
        if (old.reference) {
            return submitReference(ownerId);
        }
        String label = old.label == null || old.inviteId != null ? "re-run of #" + reviewId : old.label;
        return old.inviteId == null ? submit(old.endpoint, label, ownerId)
                : submitLinked(old.endpoint, label, ownerId, old.inviteId);
    }

    private static Review create(String endpoint, String label, long ownerId, Long inviteId, boolean practice) {
        Review r = new Review();
        r.endpoint = endpoint;
        r.label = label == null || label.isBlank() ? null : label.strip();
        r.ownerId = ownerId;
        r.inviteId = inviteId;
        r.practice = practice;
        r.persist();
        return r;
    }

    void enqueue(long id) {
        workers.submit(() -> run(id));
    }

    /**
     * Takes a queued review for this worker. One conditional update, so of two workers (or two
     * replicas) racing for the same review exactly one sees a row change and runs it.
     */
    Optional<Review> claim(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int claimed = Review.update("status = ?1, startedAt = ?2, attempts = attempts + 1 where id = ?3 and status = ?4",
                    ReviewStatus.RUNNING, Instant.now(), id, ReviewStatus.QUEUED);
            return claimed == 1 ? Optional.of(Review.<Review>findById(id)) : Optional.<Review>empty();
        });
    }

    void run(long id) {
        Review claimed = claim(id).orElse(null);
        if (claimed == null) {
            return;
        }
        try {
            Target target;
            try {
                target = checkAtRunTime(claimed);
            } catch (TargetRefusedException e) {
                finish(id, ReviewStatus.FAILED, null, "Refused at run time: " + e.getMessage());
                return;
            }
            ReviewReport report = engine.run(target, partial ->
                    QuarkusTransaction.requiringNew().run(() -> {
                        Review r = Review.findById(id);
                        r.setReport(partial);
                        r.progress = partial.checks().size() * 100 / CheckCatalog.NAMES.size();
                    }));
            if (Thread.currentThread().isInterrupted()) {
                requeue(id);
                return;
            }
            finish(id, ReviewStatus.DONE, report, null);
            LOG.infof("Review %d done in %d ms", id, Duration.between(claimed.startedAt, Instant.now()).toMillis());
        } catch (RuntimeException e) {
            if (e instanceof ReviewInterruptedException || Thread.currentThread().isInterrupted()) {
                requeue(id);
                return;
            }
            LOG.errorf(e, "Review %d could not run", id);
            finish(id, ReviewStatus.FAILED, null, "GoFit could not run this review (" + e.getClass().getSimpleName()
                    + "); nothing was judged.");
        }
    }

    /**
     * GoFit is stopping mid-review: the review goes back to the queue with no partial report, to
     * run afresh at the next start (a candidate's one final submission must not end in ERRORs).
     * A clean stop is not the review's doing, so it does not count towards "interrupted twice".
     */
    private void requeue(long id) {
        // The interrupt has done its job; clearing it keeps the JDBC driver and H2's file store
        // (interruptible NIO channels) from failing this last write.
        Thread.interrupted();
        QuarkusTransaction.requiringNew().run(() -> Review.update(
                "status = ?1, progress = 0, report = null, startedAt = null, attempts = attempts - 1 "
                        + "where id = ?2 and status = ?3",
                ReviewStatus.QUEUED, id, ReviewStatus.RUNNING));
        LOG.infof("Review %d interrupted by shutdown; queued again for the next start", id);
        // Stopping continues: give the interrupt back to the worker thread.
        Thread.currentThread().interrupt();
    }

    private void finish(long id, ReviewStatus status, ReviewReport report, String failure) {
        QuarkusTransaction.requiringNew().run(() -> {
            Review r = Review.findById(id);
            r.status = status;
            r.finishedAt = Instant.now();
            r.progress = 100;
            r.failure = failure;
            if (report != null) {
                r.setReport(report);
                r.score = catalog.score(report.checks());
            }
        });
    }
}
