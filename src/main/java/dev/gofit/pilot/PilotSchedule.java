package dev.gofit.pilot;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Daily measurements: on each working day of an open pilot, once the owner's chosen hour has come
 * (in GoFit's zone), one run of the pilot's endpoint is queued. Driven by {@link PilotClock}, so
 * tests step the clock instead of waiting.
 */
@ApplicationScoped
public class PilotSchedule {

    private final PilotMeasuring measuring;
    private final PilotClock clock;

    public PilotSchedule(PilotMeasuring measuring, PilotClock clock) {
        this.measuring = measuring;
        this.clock = clock;
    }

    @Scheduled(every = "${gofit.pilot.schedule.every:60s}", delayed = "${gofit.pilot.schedule.every:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        due().forEach(measuring::queueScheduled);
    }

    /** The pilots whose daily measurement is due now and not queued yet today. */
    List<Long> due() {
        ZonedDateTime now = clock.now().atZone(clock.zone());
        LocalDate today = now.toLocalDate();
        Instant dayStart = today.atStartOfDay(clock.zone()).toInstant();
        return QuarkusTransaction.requiringNew().call(() -> Pilot.scheduled().stream()
                .filter(p -> now.getHour() >= p.scheduleHour)
                .filter(p -> p.days.stream().anyMatch(d -> d.date.equals(today)))
                .filter(p -> PilotRun.count("pilot.id = ?1 and trigger = ?2 and requestedAt >= ?3", p.id,
                        PilotRun.Trigger.SCHEDULED, dayStart) == 0)
                .map(p -> p.id).toList());
    }
}
