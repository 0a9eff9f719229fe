package dev.gofit.pilot;

import dev.gofit.outbound.Target;
import dev.gofit.outbound.TargetGuard;
import dev.gofit.outbound.TargetRefusedException;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Checks a measurement request (fields, then the endpoint with the review engine's
 * {@link TargetGuard}: the same rules and {@code gofit.review.allow-private-targets}), runs it within the caps of {@code gofit.pilot.measure.*} and
 * records the figures. The load itself runs on the Vert.x event loop; the caller's worker thread
 * only waits for the summary.
 */
@ApplicationScoped
public class PilotMeasuring {

    private final PilotService pilots;
    private final TargetGuard guard;
    private final LoadMeasurer measurer;
    private final PilotConfig config;
    /** Measurements running at once, across all users: each may hold many connections for up to the time cap. */
    private final Semaphore running;

    public PilotMeasuring(PilotService pilots, TargetGuard guard, LoadMeasurer measurer, PilotConfig config) {
        this.pilots = pilots;
        this.guard = guard;
        this.measurer = measurer;
        this.config = config;
        this.running = new Semaphore(config.measure().maxParallel());
    }

    /** What the user asked for, as typed. */
    public record Request(String endpoint, String method, String body, String contentType, String concurrency,
                          String requests) {
    }

    /** Thrown when {@code gofit.pilot.measure.max-parallel} measurements are already running (429). */
    public static class Busy extends RuntimeException {
        Busy() {
            super("Other measurements are running right now; try again in half a minute.", null, false, false);
        }
    }

    /** Thrown with the field messages when the request is not valid (400). */
    public static class InvalidRequest extends RuntimeException {
        public final Map<String, String> errors;

        InvalidRequest(Map<String, String> errors) {
            super("invalid measurement request", null, false, false);
            this.errors = errors;
        }
    }

    public PilotConfig.Measure caps() {
        return config.measure();
    }

    /**
     * Measures and records; empty when the pilot is not the user's.
     * @throws InvalidRequest for wrong fields; {@link Busy} when too many run already
     * @throws TargetRefusedException when the guard of the review engine refuses the endpoint
     */
    public Optional<PilotView> measure(long pilotId, long userId, Request request) throws TargetRefusedException {
        if (pilots.find(pilotId, userId).isEmpty()) {
            return Optional.empty();
        }
        PilotConfig.Measure caps = config.measure();
        PilotInput in = new PilotInput();
        String endpoint = in.text("endpoint", request.endpoint(), true, 2000);
        String method = request.method() == null || request.method().isBlank() ? "GET"
                : request.method().strip().toUpperCase(java.util.Locale.ROOT);
        if (!method.equals("GET") && !method.equals("POST")) {
            in.error("method", "Choose GET or POST.");
        }
        String body = request.body() == null ? "" : request.body();
        if (method.equals("GET") && !body.isBlank()) {
            in.error("body", "A GET request has no body: choose POST or clear the body.");
        }
        if (body.getBytes(StandardCharsets.UTF_8).length > caps.maxBodyBytes()) {
            in.error("body", "The body may be at most " + caps.maxBodyBytes() + " bytes.");
        }
        String contentType = in.text("contentType", request.contentType(), false, 100);
        if (!contentType.isEmpty() && !contentType.matches("[\\w.+-]+/[\\w.+-]+(;\\s*[\\w-]+=[\\w.-]+)?")) {
            in.error("contentType", "Enter a media type such as application/json.");
        }
        int concurrency = in.whole("concurrency", request.concurrency(), 1, caps.maxConcurrency());
        int total = in.whole("requests", request.requests(), 1, caps.maxRequests());
        if (!in.ok()) {
            throw new InvalidRequest(in.errors());
        }
        Target target = guard.check(endpoint);
        LoadSpec spec = new LoadSpec(target, method, method.equals("POST") ? body : null,
                contentType.isEmpty() ? null : contentType, concurrency, total, caps.timeCap(), caps.requestTimeout());
        if (!running.tryAcquire()) {
            throw new Busy();
        }
        LoadResult result;
        try {
            result = await(spec);
        } finally {
            running.release();
        }
        return pilots.recordMeasurement(pilotId, userId, spec, endpoint, result);
    }

    private LoadResult await(LoadSpec spec) {
        // The run stops itself at the time cap; the extra margin covers in-flight requests closing.
        Duration wait = spec.timeCap().plus(spec.requestTimeout()).plusSeconds(5);
        try {
            return measurer.run(spec).toCompletableFuture().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("measurement interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("measurement did not finish", e);
        }
    }
}
