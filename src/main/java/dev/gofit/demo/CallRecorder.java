package dev.gofit.demo;

import java.util.List;

/**
 * Keeps the calls made to the demo upstreams, per run. Bounded in count and age.
 * On one instance it lives in memory; a multi-instance implementation (PostgreSQL) can
 * replace it without changing callers.
 */
public interface CallRecorder {

    /** The calls recorded for a run so far, oldest first (empty when none or expired). */
    List<UpstreamCall> callsFor(String runId);
}
