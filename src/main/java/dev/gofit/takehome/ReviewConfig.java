package dev.gofit.takehome;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the take-home review engine ({@code gofit.review.*}). */
@ConfigMapping(prefix = "gofit.review")
public interface ReviewConfig {

    /** Let the review engine call loopback / private addresses (local installs, tests). */
    @WithDefault("false")
    boolean allowPrivateTargets();
}
