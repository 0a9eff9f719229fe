package dev.gofit.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of script access to the API ({@code gofit.api.*}). */
@ConfigMapping(prefix = "gofit.api")
public interface ApiConfig {

    /** HTTP Basic calls per second per account once the burst is used (per replica). */
    @WithDefault("5")
    double basicPerSecond();

    /** HTTP Basic calls an account may make at once before the per-second rate applies. */
    @WithDefault("20")
    int basicBurst();

    /** Metrics ({@code /q/metrics}) and Swagger UI ({@code /q/swagger-ui}) for anyone (true) or for role ADMIN only (false). */
    @WithDefault("false")
    boolean opsPublic();
}
