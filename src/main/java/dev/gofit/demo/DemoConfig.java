package dev.gofit.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of the concurrent-fetch demo: upstream tokens, recorder bounds, demo page rate limit. */
@ConfigMapping(prefix = "gofit.demo")
public interface DemoConfig {

    /**
     * Secret that signs upstream tokens (32+ characters). Replicas must share it, or a URL handed
     * out by one instance is a 404 on another. When unset, a random key is made at every start.
     */
    @WithName("token-key")
    Optional<String> tokenKey();

    /** How long a handed-out upstream URL stays valid. */
    @WithName("token-ttl")
    @WithDefault("PT2H")
    Duration tokenTtl();

    /** Longest a hanging upstream waits for its caller to leave before answering 503. */
    @WithName("max-hang")
    @WithDefault("PT30S")
    Duration maxHang();

    /** Runs kept by the in-memory call recorder (the oldest are forgotten first). */
    @WithName("recorder.max-runs")
    @WithDefault("20000")
    int recorderMaxRuns();

    /** Age after which a run's records are forgotten. */
    @WithName("recorder.max-age")
    @WithDefault("PT30M")
    Duration recorderMaxAge();

    /** Demo page runs allowed per client address per minute. */
    @WithName("runs-per-minute")
    @WithDefault("12")
    int runsPerMinute();

    /**
     * Origins ({@code scheme://host[:port]}) besides GoFit's own demo upstream whose URLs, on any
     * path, the public {@code POST /demo/aggregate} may fetch as sources; empty by default, so the
     * reference endpoint is no open proxy. Meant for a benchmark's upstream stub
     * ({@code src/bench/aggregate-bench.sh}); list only hosts whose every JSON answer may be public.
     */
    @WithName("aggregate-allowed-origins")
    Optional<List<String>> aggregateAllowedOrigins();
}
