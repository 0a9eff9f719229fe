package dev.gofit.pilot;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One bounded load measurement of a pilot's endpoint. */
@Entity
@Table(name = "pilot_measurement")
public class PilotMeasurement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pilot_id")
    public Pilot pilot;

    @Column(nullable = false)
    public String endpoint;

    @Column(name = "http_method", nullable = false)
    public String method;

    public int concurrency;
    public int requested;
    public int completed;
    public int ok;
    public int errors;
    @Column(name = "p50_ms")
    public double p50Ms;
    @Column(name = "p95_ms")
    public double p95Ms;
    @Column(name = "p99_ms")
    public double p99Ms;
    @Column(name = "max_ms")
    public double maxMs;
    @Column(name = "throughput_rps")
    public double throughputRps;
    @Column(name = "duration_ms")
    public long durationMs;
    @Column(name = "stopped_early")
    public boolean stoppedEarly;
    @Column(name = "first_error")
    public String firstError;
    @CreationTimestamp
    @Column(name = "measured_at", nullable = false, updatable = false)
    public Instant measuredAt;

    public static List<PilotMeasurement> forPilot(long pilotId) {
        return list("pilot.id = ?1 order by measuredAt desc, id desc", pilotId);
    }

    /** The latest measurement at {@code concurrency} with at least one successful answer. */
    public static Optional<PilotMeasurement> latestUsable(long pilotId, int concurrency) {
        return find("pilot.id = ?1 and concurrency = ?2 and ok > 0 order by measuredAt desc, id desc", pilotId,
                concurrency).firstResultOptional();
    }

    public static Optional<PilotMeasurement> latest(long pilotId) {
        return find("pilot.id = ?1 order by measuredAt desc, id desc", pilotId).firstResultOptional();
    }
}
