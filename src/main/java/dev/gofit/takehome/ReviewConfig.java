package dev.gofit.takehome;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Settings of the take-home review engine ({@code gofit.review.*}). */
@ConfigMapping(prefix = "gofit.review")
public interface ReviewConfig {

    /** Let the review engine call loopback / private addresses (local installs, tests). */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** How many reviews run at the same time; the others wait in the queue. */
    @WithDefault("2")
    int parallelism();

    /** Base of the upstream URLs handed to endpoints; defaults to gofit.public-url. */
    Optional<String> upstreamBaseUrl();

    /** The example {@code timeoutMs} of the brief's sample request; real requests draw theirs from the range below. */
    int SAMPLE_TIMEOUT_MS = 1000;

    /**
     * Smallest {@code timeoutMs} a request may carry: each request of a review draws its own from
     * [timeout-min-ms, timeout-max-ms], so an endpoint must read it rather than guess it.
     */
    @WithDefault("400")
    int timeoutMinMs();

    /** Largest {@code timeoutMs} a request may carry; at least timeout-min-ms + 900 (two timeouts a fixed deadline cannot both meet). */
    @WithDefault("2500")
    int timeoutMaxMs();

    /** Delay of a slow-but-healthy source (requests carrying it get a timeoutMs well above it), for the cancellation check. */
    @WithDefault("600")
    int slowMs();

    /** Delay of a quick source or of a fast failure. */
    @WithDefault("40")
    int fastMs();

    /** The two delays of the concurrency check (their max versus their sum). */
    @WithDefault("300")
    int concurrencyShortMs();

    @WithDefault("450")
    int concurrencyLongMs();

    /** How many samples the concurrency check takes. */
    @WithDefault("3")
    int concurrencySamples();

    /** Connect timeout towards candidate endpoints. */
    @WithDefault("3000")
    int connectTimeoutMs();

    /** How long one practice/final invite keeps working. */
    @WithDefault("14")
    int inviteDays();

    /** Practice reviews allowed per invite per hour. */
    @WithDefault("3")
    int practicePerHour();

    /**
     * How long a replica's claim on a running review holds without a heartbeat (renewed three times
     * per lease); after it another replica takes the review back and runs it again.
     */
    @WithDefault("PT30S")
    java.time.Duration lease();

    /** How often each replica looks for queued reviews (and expired leases) in the shared queue. */
    @WithDefault("PT1S")
    java.time.Duration pollInterval();

    /** The load check. */
    Load load();

    interface Load {
        /** Requests in flight at once. */
        @WithDefault("50")
        int concurrency();

        /** Requests in all. */
        @WithDefault("500")
        int requests();

        /** Hard cap on the burst's duration, in seconds. */
        @WithDefault("30")
        int maxSeconds();

        /** Delay of the quicker source; the slower one is the ideal latency. */
        @WithDefault("20")
        int fastMs();

        @WithDefault("60")
        int slowMs();

        /**
         * The smallest timeoutMs sent with load requests (each draws its own, up to 1 s more): generous,
         * because this check is about correctness under concurrency; slowness is the concurrency check's business.
         */
        @WithDefault("5000")
        int timeoutMs();

        /** Stop sending after this many failed requests (the endpoint is clearly broken). */
        @WithDefault("25")
        int stopAfterErrors();
    }
}
