package dev.gofit.hiring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Hiring settings ({@code gofit.hiring.*}). */
@ConfigMapping(prefix = "gofit.hiring")
public interface HiringConfig {

    /** Days after the interview date after which an interviewer's missing scorecard is overdue (one reminder). */
    @WithDefault("2")
    int scorecardDueDays();
}
