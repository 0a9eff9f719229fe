package dev.gofit.pilot;

import dev.gofit.outbound.Target;
import dev.gofit.outbound.TargetGuard;
import dev.gofit.outbound.TargetRefusedException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load measurements of a pilot's endpoint as background runs. A request is checked (fields by
 * {@link PilotRequests.Measure}, the endpoint by the {@link TargetGuard}) and queued; a worker
 * claims it with one conditional update that sets its owner and lease, renews the lease while the
 * bounded load runs (within {@code gofit.pilot.measure.*}) and records the figures, or the reason
 * it failed. A run whose lease ran out (its replica stopped) is queued again once, then failed with
 * the reason, so none stays RUNNING.
 */
@ApplicationScoped
public class PilotMeasuring {

    private static final Logger LOG = Logger.getLogger(PilotMeasuring.class);
    /** How long a claim holds without renewal; the worker renews it every half second while it runs. */
    static final Duration LEASE = Duration.ofSeconds(30);
    static final String INTERRUPTED_TWICE = "Interrupted twice (GoFit stopped while it ran); measure again.";

    private final PilotService pilots;
    private final TargetGuard guard;
    private final LoadMeasurer measurer;
    private final PilotConfig config;
    private final PilotClock clock;
    /** This process's name as a lease owner: a restarted GoFit is another owner. */
    private final String worker = "gofit-" + UUID.randomUUID().toString().substring(0, 8);
    private final Set<Long> waiting = ConcurrentHashMap.newKeySet();
    private ExecutorService workers;

    public PilotMeasuring(PilotService pilots, TargetGuard guard, LoadMeasurer measurer, PilotConfig config,
                          PilotClock clock) {
        this.pilots = pilots;
        this.guard = guard;
        this.measurer = measurer;
        this.config = config;
        this.clock = clock;
    }

    public PilotConfig.Measure caps() {
        return config.measure();
    }

    void start(@Observes StartupEvent event) {
        AtomicInteger n = new AtomicInteger();
        workers = Executors.newFixedThreadPool(Math.max(1, config.measure().maxParallel()), r -> {
            Thread t = new Thread(r, "pilot-run-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        sweep();
    }

    void stop(@Observes ShutdownEvent event) {
        workers.shutdownNow();
    }

    /**
     * Checks the endpoint and queues a run of the pilot's endpoint; empty when the pilot is not the user's.
     *
     * @param request already checked ({@link PilotRequests.Measure}'s constraints); blanks take the charter's
     * @throws TargetRefusedException when the guard refuses the endpoint
     */
    public java.util.Optional<PilotRun> submit(long pilotId, long userId, PilotRequests.Measure request)
            throws TargetRefusedException {
        java.util.Optional<PilotView> found = pilots.find(pilotId, userId);
        if (found.isEmpty()) {
            return java.util.Optional.empty();
        }
        PilotView pilot = found.get();
        Target target = guard.check(request.endpoint().strip());
        String method = request.method() == null || request.method().isBlank() ? "GET"
                : request.method().strip().toUpperCase(Locale.ROOT);
        PilotRun run = queue(pilotId, userId, PilotRun.Trigger.MANUAL, target.url(), method,
                method.equals("POST") ? request.body() : null,
                request.contentType() == null || request.contentType().isBlank() ? null : request.contentType().strip(),
                request.concurrency() == null ? pilot.concurrency() : request.concurrency(),
                request.requests() == null ? pilot.requests() : request.requests());
        return java.util.Optional.of(run);
    }

    /** Queues a run as the pilot's schedule asks: its last endpoint, at the charter's N. */
    PilotRun queueScheduled(long pilotId) {
        PilotRun run = QuarkusTransaction.requiringNew().call(() -> {
            Pilot p = Pilot.findById(pilotId);
            return newRun(p, null, PilotRun.Trigger.SCHEDULED, p.endpoint, p.httpMethod == null ? "GET" : p.httpMethod,
                    p.requestBody, null, p.loadConcurrency, p.loadRequests);
        });
        enqueue(run.id);
        return run;
    }

    private PilotRun queue(long pilotId, Long userId, PilotRun.Trigger trigger, String endpoint, String method,
                           String body, String contentType, int concurrency, int requests) {
        PilotRun run = QuarkusTransaction.requiringNew().call(() -> newRun(Pilot.findById(pilotId), userId, trigger,
                endpoint, method, body, contentType, concurrency, requests));
        enqueue(run.id);
        return run;
    }

    private PilotRun newRun(Pilot pilot, Long userId, PilotRun.Trigger trigger, String endpoint, String method,
                            String body, String contentType, int concurrency, int requests) {
        PilotRun run = new PilotRun();
        run.pilot = pilot;
        run.requestedBy = userId;
        run.trigger = trigger;
        run.endpoint = endpoint;
        run.method = method;
        run.body = body;
        run.contentType = contentType;
        run.concurrency = concurrency;
        run.requests = requests;
        run.requestedAt = clock.now();
        run.persist();
        // Kept for the form and the schedule: the next run measures the same endpoint.
        pilot.endpoint = endpoint;
        pilot.httpMethod = method;
        pilot.requestBody = body;
        return run;
    }

    private void enqueue(long id) {
        if (waiting.add(id)) {
            workers.submit(() -> {
                try {
                    run(id);
                } finally {
                    waiting.remove(id);
                }
            });
        }
    }

    /**
     * Every few seconds, on every replica: a run whose lease ran out is queued again (once; a
     * second time it fails with the reason), and queued runs no worker here holds are taken up.
     */
    @Scheduled(every = "${gofit.pilot.measure.sweep:10s}", delayed = "${gofit.pilot.measure.sweep:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        recover().forEach(this::enqueue);
    }

    /** Runs whose lease expired go back to the queue or fail; answers the queued ids, oldest first. */
    List<Long> recover() {
        Instant now = clock.now();
        return QuarkusTransaction.requiringNew().call(() -> {
            PilotRun.update("status = ?1, failure = ?2, finishedAt = ?3, leaseOwner = null, leaseUntil = null "
                            + "where status = ?4 and leaseUntil < ?3 and attempts >= 2",
                    PilotRun.Status.FAILED, INTERRUPTED_TWICE, now, PilotRun.Status.RUNNING);
            int requeued = PilotRun.update("status = ?1, progress = 0, leaseOwner = null, leaseUntil = null "
                    + "where status = ?2 and leaseUntil < ?3", PilotRun.Status.QUEUED, PilotRun.Status.RUNNING, now);
            if (requeued > 0) {
                LOG.infof("Re-queued %d pilot measurement(s) whose worker stopped", requeued);
            }
            return PilotRun.<PilotRun>list("status = ?1 order by requestedAt, id", PilotRun.Status.QUEUED).stream()
                    .map(r -> r.id).toList();
        });
    }

    /**
     * Takes a queued run for this worker: one conditional update, so of two workers or replicas
     * racing for it exactly one changes the row.
     */
    boolean claim(long id) {
        Instant now = clock.now();
        return QuarkusTransaction.requiringNew().call(() -> PilotRun.update(
                "status = ?1, leaseOwner = ?2, leaseUntil = ?3, startedAt = ?4, attempts = attempts + 1, progress = 0 "
                        + "where id = ?5 and status = ?6",
                PilotRun.Status.RUNNING, worker, now.plus(LEASE), now, id, PilotRun.Status.QUEUED) == 1);
    }

    void run(long id) {
        if (!claim(id)) {
            return;
        }
        try {
            PilotRun run = QuarkusTransaction.requiringNew().call(() -> {
                PilotRun r = PilotRun.findById(id);
                r.pilot.id.longValue(); // loaded inside the transaction
                return r;
            });
            Target target;
            try {
                target = guard.check(run.endpoint);
            } catch (TargetRefusedException e) {
                finish(id, PilotRun.Status.FAILED, "Refused when it was due to run: " + e.getMessage(), null);
                return;
            }
            PilotConfig.Measure caps = config.measure();
            LoadSpec spec = new LoadSpec(target, run.method, run.body, run.contentType, run.concurrency, run.requests,
                    caps.timeCap(), caps.requestTimeout());
            LoadResult result = await(id, spec);
            if (result == null) {
                return; // stopping: the lease runs out and the sweep of another start takes it up
            }
            if (result.ok() == 0) {
                finish(id, PilotRun.Status.FAILED, "No successful answer from the endpoint"
                        + (result.firstError() == null ? "" : " (first error: " + result.firstError() + ")")
                        + "; no figure was recorded.", null);
                return;
            }
            long measurement = pilots.recordRun(run.pilot.id, spec, run.endpoint, result);
            finish(id, PilotRun.Status.DONE, null, measurement);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Pilot measurement %d could not run", id);
            finish(id, PilotRun.Status.FAILED, "GoFit could not run this measurement (" + e.getClass().getSimpleName()
                    + "); no figure was recorded.", null);
        }
    }

    /** Waits for the load, reporting progress and renewing the lease; null when GoFit is stopping. */
    private LoadResult await(long id, LoadSpec spec) {
        AtomicInteger finished = new AtomicInteger();
        Instant started = clock.now();
        CompletableFuture<LoadResult> load = measurer.run(spec, finished).toCompletableFuture();
        // The run stops itself at the time cap; the margin covers in-flight requests closing.
        long limitMs = spec.timeCap().plus(spec.requestTimeout()).plusSeconds(5).toMillis();
        long waitedMs = 0;
        while (true) {
            try {
                return load.get(500, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                waitedMs += 500;
                if (waitedMs > limitMs) {
                    throw new IllegalStateException("the load did not finish within its cap");
                }
                int byCount = finished.get() * 100 / Math.max(1, spec.requests());
                int byTime = (int) (Duration.between(started, clock.now()).toMillis() * 100
                        / Math.max(1, spec.timeCap().toMillis()));
                renew(id, Math.min(99, Math.max(byCount, byTime)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (ExecutionException e) {
                throw new IllegalStateException("the load failed", e.getCause());
            }
        }
    }

    private void renew(long id, int progress) {
        Instant now = clock.now();
        QuarkusTransaction.requiringNew().run(() -> PilotRun.update(
                "progress = ?1, leaseUntil = ?2 where id = ?3 and leaseOwner = ?4 and status = ?5",
                progress, now.plus(LEASE), id, worker, PilotRun.Status.RUNNING));
    }

    private void finish(long id, PilotRun.Status status, String reason, Long measurementId) {
        Instant now = clock.now();
        String failure = reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 999) + "…";
        QuarkusTransaction.requiringNew().run(() -> PilotRun.update(
                "status = ?1, failure = ?2, measurementId = ?3, progress = 100, finishedAt = ?4, leaseOwner = null, "
                        + "leaseUntil = null where id = ?5 and leaseOwner = ?6",
                status, failure, measurementId, now, id, worker));
    }
}
