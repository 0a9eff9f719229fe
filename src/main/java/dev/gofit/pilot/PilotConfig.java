package dev.gofit.pilot;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Settings of the pilot feature ({@code gofit.pilot.*}). */
@ConfigMapping(prefix = "gofit.pilot")
public interface PilotConfig {

    /** Days off skipped by the pilot calendar besides weekends, e.g. 2026-12-25,2027-01-01. */
    Optional<List<LocalDate>> holidays();

    /** Caps of the load measurement GoFit runs against a pilot's endpoint. */
    Measure measure();

    interface Measure {
        /** Most concurrent requests one measurement may keep in flight. */
        @WithName("max-concurrency")
        @WithDefault("200")
        int maxConcurrency();

        /** Most requests one measurement may send. */
        @WithName("max-requests")
        @WithDefault("5000")
        int maxRequests();

        /** A measurement stops after this long, whatever is left to send. */
        @WithName("time-cap")
        @WithDefault("30s")
        Duration timeCap();

        /** One request fails (and is reset) when its whole answer has not arrived this long after it started. */
        @WithName("request-timeout")
        @WithDefault("5s")
        Duration requestTimeout();

        /** Most measurements running at the same time across all users; more are turned away (429). */
        @WithName("max-parallel")
        @WithDefault("2")
        int maxParallel();

        /** Largest request body a user may give for a POST measurement, in bytes. */
        @WithName("max-body-bytes")
        @WithDefault("65536")
        int maxBodyBytes();

        /** How often each replica takes up queued runs and runs whose worker stopped (lease ran out). */
        @WithDefault("10s")
        Duration sweep();
    }

    /** The daily scheduled measurements. */
    Schedule schedule();

    interface Schedule {
        /** How often GoFit checks whether a pilot's daily measurement is due. */
        @WithDefault("60s")
        Duration every();
    }
}
