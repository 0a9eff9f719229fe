package dev.gofit.pilot;

/**
 * The figures of a load measurement. Latency percentiles cover successful (2xx) answers;
 * throughput is successful answers per second of the whole run.
 */
public record LoadResult(int concurrency, int requested, int completed, int ok, int errors,
                         double p50Ms, double p95Ms, double p99Ms, double maxMs, double throughputRps,
                         long durationMs, boolean stoppedEarly, String firstError) {
}
