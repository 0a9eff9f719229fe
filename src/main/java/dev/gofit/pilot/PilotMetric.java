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

import java.time.Instant;

/** A success metric of a pilot: baseline, minimum, target, and the figure the pilot reached. */
@Entity
@Table(name = "pilot_metric")
public class PilotMetric extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pilot_id")
    public Pilot pilot;

    @Column(nullable = false)
    public int position;

    @Column(name = "metric_key", nullable = false)
    public String key;

    @Column(nullable = false)
    public String name;

    /** performance or productivity. */
    @Column(nullable = false)
    public String category;

    @Column(nullable = false)
    public String unit;

    /** lower or higher. */
    @Column(nullable = false)
    public String better;

    /** load-p95, load-throughput (filled by a measurement) or manual. */
    @Column(nullable = false)
    public String source;

    @Column(name = "how_measured")
    public String howMeasured;

    /** Where the target came from when the decision's evidence stated it, else null. */
    public String origin;

    public Double baseline;

    @Column(nullable = false)
    public double minimum;

    @Column(nullable = false)
    public double target;

    public Double actual;

    @Column(name = "measured_at")
    public Instant measuredAt;

    /** The concurrency of the load measurement that gave the figure; null for a figure entered by hand. */
    @Column(name = "measured_concurrency")
    public Integer measuredConcurrency;

    /**
     * How the figure compares with the targets, given the charter's concurrency N: a load figure
     * measured at another concurrency answers another question, so it does not count.
     */
    public MetricOutcome outcome(int agreedConcurrency) {
        if (actual != null && measuredConcurrency != null && measuredConcurrency != agreedConcurrency) {
            return MetricOutcome.OTHER_CONCURRENCY;
        }
        return MetricOutcome.of(better, minimum, target, actual);
    }
}
