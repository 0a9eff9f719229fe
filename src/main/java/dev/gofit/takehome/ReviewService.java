package dev.gofit.takehome;

import dev.gofit.outbound.TargetRefusedException;
import dev.gofit.outbound.TargetGuard;
import dev.gofit.outbound.Target;
import dev.gofit.system.InstanceId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Accepts reviews (guard first) into the queue that every replica shares in the database
 * ({@link ReviewQueue}) and runs them with bounded parallelism. Each replica polls the queue (and
 * is woken at once by its own submissions), claims what its free slots allow, and holds each
 * running review by a lease that a heartbeat renews ({@link ReviewLease}); a review whose owner
 * vanished (kill -9, a lost node) is taken back by any replica once the lease expires and re-run
 * from the start there, with fresh upstream links recorded by that replica. A clean stop hands the
 * running reviews back at once, before the datasource closes, and does not count as an attempt;
 * at start-up a replica takes back only its own reviews. A review interrupted twice fails with a
 * reason, so none stays RUNNING forever.
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

    /** This replica's claim on a review and the worker running it. */
    private record Running(ReviewQueue.Claim claim, Future<?> worker) {
    }

    private final TargetGuard guard;
    private final ReviewEngine engine;
    private final CheckCatalog catalog;
    private final ReviewConfig config;
    private final ReviewQueue queue;
    private final Map<Long, Running> running = new ConcurrentHashMap<>();
    private volatile boolean stopping;
    private volatile boolean paused;
    private ExecutorService workers;
    private ScheduledExecutorService ticker;

    public ReviewService(TargetGuard guard, ReviewEngine engine, CheckCatalog catalog, ReviewConfig config, InstanceId instance) {
        this.guard = guard;
        this.engine = engine;
        this.catalog = catalog;
        this.config = config;
        this.queue = new ReviewQueue(new ReviewLease(config.lease(), Clock.systemUTC()), instance.get());
    }

    void start(@Observes StartupEvent event) {
        AtomicInteger n = new AtomicInteger();
        workers = Executors.newFixedThreadPool(Math.max(1, config.parallelism()), r -> {
            Thread t = new Thread(r, "review-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "review-queue");
            t.setDaemon(true);
            return t;
        });
        recover();
        long poll = Math.max(50, config.pollInterval().toMillis());
        ticker.scheduleWithFixedDelay(this::dispatch, 0, poll, TimeUnit.MILLISECONDS);
        long beat = queue.lease().renewEvery().toMillis();
        ticker.scheduleWithFixedDelay(this::heartbeat, beat, beat, TimeUnit.MILLISECONDS);
        LOG.infof("Review queue: replica %s, %d at once, lease %s, polling every %d ms", queue.me(),
                Math.max(1, config.parallelism()), config.lease(), poll);
    }

    /** After a restart: this replica's own interrupted reviews go back to the queue (or fail, if interrupted twice). */
    int recover() {
        int requeued = queue.recoverOwn();
        if (requeued > 0) {
            LOG.infof("Re-queued %d review(s) this replica (%s) was running when it stopped", requeued, queue.me());
        }
        return requeued;
    }

    /**
     * Stops before the datasource closes (ShutdownEvent observers run before the beans are destroyed):
     * no new claims, every running review handed back to the queue at once for any replica to run,
     * then the workers interrupted (their last writes are fenced off by the hand-back).
     */
    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        ticker.shutdownNow();
        for (Running r : List.copyOf(running.values())) {
            try {
                if (queue.handBack(r.claim())) {
                    LOG.infof("Review %d handed back to the queue: this replica (%s) is stopping", r.claim().id(), queue.me());
                }
            } catch (RuntimeException e) {
                LOG.warnf("Review %d could not be handed back (%s); another replica takes it after its lease",
                        r.claim().id(), e.getMessage());
            }
        }
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Claims queued reviews (and reviews of lost replicas) while this replica has free slots. */
    private synchronized void dispatch() {
        try {
            while (!stopping && !paused && running.size() < Math.max(1, config.parallelism())) {
                Optional<ReviewQueue.Claim> claim = queue.claimNext();
                if (claim.isEmpty()) {
                    return;
                }
                start(claim.get());
            }
        } catch (RuntimeException e) {
            LOG.warnf("Review queue unreachable (%s); trying again", e.getMessage());
        }
    }

    private void start(ReviewQueue.Claim claim) {
        LOG.infof("Review %d claimed by %s (claim %d)", claim.id(), queue.me(), claim.claims());
        FutureTask<Void> worker = new FutureTask<>(() -> {
            try {
                run(claim);
            } finally {
                running.remove(claim.id());
                wake();
            }
            return null;
        });
        running.put(claim.id(), new Running(claim, worker)); // before it starts, so its end always frees the slot
        try {
            workers.execute(worker);
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            running.remove(claim.id());
            queue.handBack(claim); // claimed just as this replica stopped: back to the queue at once
        }
    }

    /** Renews the leases of the reviews running here; a review another replica took back is stopped here. */
    private void heartbeat() {
        if (stopping || running.isEmpty()) {
            return;
        }
        try {
            List<ReviewQueue.Claim> held = running.values().stream().map(Running::claim).toList();
            for (ReviewQueue.Claim lost : queue.renew(held)) {
                Running r = running.get(lost.id());
                if (r != null && r.claim().equals(lost)) {
                    LOG.warnf("Review %d: lease lost to another replica; stopping it here", lost.id());
                    r.worker().cancel(true);
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("Review leases not renewed (%s); trying again", e.getMessage());
        }
    }

    /** Looks at the queue now rather than at the next poll (after a submission or a finished review). */
    void wake() {
        if (!stopping && ticker != null) {
            try {
                ticker.execute(this::dispatch);
            } catch (java.util.concurrent.RejectedExecutionException stopped) {
                // stopping
            }
        }
    }

    /**
     * Tests: no claims while paused, so a row a test writes stays as written. Synchronized with
     * {@link #dispatch()}: a dispatch already reading the queue finishes before pause returns.
     */
    synchronized void pause() {
        paused = true;
    }

    void resume() {
        paused = false;
        wake();
    }

    /** Tests: this replica's queue (its instance id and lease). */
    ReviewQueue queue() {
        return queue;
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
            // This replica's own reference, whichever replica queued it: the upstream links it hands
            // out are under this replica's prefix, which only its own aggregator may fetch.
            return new TargetGuard(host -> List.of(java.net.InetAddress.getAllByName(host)), true).check(referenceUrl());
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

    /** A review was queued here: look at the queue now (any replica may claim it, whichever is free first). */
    void enqueue(long id) {
        wake();
    }

    /**
     * Runs a claimed review to its end. Every write is fenced by the claim: if another replica took
     * the review back meanwhile, this run stops without touching it.
     */
    void run(ReviewQueue.Claim claim) {
        long id = claim.id();
        Review claimed = QuarkusTransaction.requiringNew().call(() -> Review.<Review>findById(id));
        if (claimed == null) {
            return;
        }
        try {
            Target target;
            try {
                target = checkAtRunTime(claimed);
            } catch (TargetRefusedException e) {
                finish(claim, ReviewStatus.FAILED, null, "Refused at run time: " + e.getMessage());
                return;
            }
            ReviewReport report = engine.run(target, partial -> {
                boolean held = queue.ifHeld(claim, r -> {
                    r.setReport(partial);
                    r.progress = partial.checks().size() * 100 / CheckCatalog.NAMES.size();
                });
                if (!held) {
                    throw new ReviewInterruptedException(new IllegalStateException("lease lost"));
                }
            });
            if (Thread.currentThread().isInterrupted()) {
                requeue(claim);
                return;
            }
            if (finish(claim, ReviewStatus.DONE, report, null)) {
                LOG.infof("Review %d done on %s in %d ms", id, queue.me(),
                        Duration.between(claimed.startedAt, Instant.now()).toMillis());
            }
        } catch (RuntimeException e) {
            if (e instanceof ReviewInterruptedException || Thread.currentThread().isInterrupted()) {
                requeue(claim);
                return;
            }
            LOG.errorf(e, "Review %d could not run", id);
            finish(claim, ReviewStatus.FAILED, null, "GoFit could not run this review (" + e.getClass().getSimpleName()
                    + "); nothing was judged.");
        }
    }

    /**
     * The run stopped mid-review (GoFit stopping, or the lease lost): the review goes back to the
     * queue with no partial report, to run afresh on any replica (a candidate's one final
     * submission must not end in ERRORs). A clean stop is not the review's doing, so it does not
     * count towards "interrupted twice". Fenced: does nothing if the stop already handed it back or
     * another replica holds it now.
     */
    private void requeue(ReviewQueue.Claim claim) {
        boolean interrupted = Thread.interrupted(); // keeps the JDBC driver / H2's NIO store from failing this last write
        try {
            if (queue.handBack(claim)) {
                LOG.infof("Review %d interrupted; queued again", claim.id());
            }
        } catch (RuntimeException e) {
            LOG.warnf("Review %d not queued again here (%s); its lease expires and another replica takes it",
                    claim.id(), e.getMessage());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private boolean finish(ReviewQueue.Claim claim, ReviewStatus status, ReviewReport report, String failure) {
        return queue.ifHeld(claim, r -> {
            r.status = status;
            r.finishedAt = Instant.now();
            r.progress = 100;
            r.failure = failure;
            r.leaseUntil = null; // leaseOwner stays: the replica that ran it
            if (report != null) {
                r.setReport(report);
                r.score = catalog.score(report.checks());
            }
        });
    }
}
