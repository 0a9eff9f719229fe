package dev.gofit.pilot;

import java.time.Instant;

/** A measurement run as the page's progress fragment and {@code GET /api/pilots/{id}/measurements/{runId}} show it. */
public record PilotRunView(long id, long pilotId, String status, int progress, String failure, String trigger,
                           String endpoint, String method, int concurrency, int requests, Long measurementId,
                           Instant requestedAt, Instant startedAt, Instant finishedAt) {

    static PilotRunView of(PilotRun r) {
        return new PilotRunView(r.id, r.pilot.id, r.status.name(), r.progress, r.failure, r.trigger.name(), r.endpoint,
                r.method, r.concurrency, r.requests, r.measurementId, r.requestedAt, r.startedAt, r.finishedAt);
    }

    public boolean active() {
        return "QUEUED".equals(status) || "RUNNING".equals(status);
    }

    public String statusLabel() {
        return switch (status) {
            case "QUEUED" -> "Queued";
            case "RUNNING" -> "Running";
            case "DONE" -> "Done";
            default -> "Failed";
        };
    }
}
