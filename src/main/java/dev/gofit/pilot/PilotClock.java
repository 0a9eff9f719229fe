package dev.gofit.pilot;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The pilot feature's sense of "now" (dates, the schedule, leases): the system clock, which
 * tests replace with a fixed or stepping {@link Clock} instead of sleeping.
 */
@ApplicationScoped
public class PilotClock {

    private volatile Clock clock = Clock.systemDefaultZone();

    public Clock clock() {
        return clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** Tests only: sets the clock (null restores the system clock). */
    public void use(Clock replacement) {
        clock = replacement == null ? Clock.systemDefaultZone() : replacement;
    }
}
