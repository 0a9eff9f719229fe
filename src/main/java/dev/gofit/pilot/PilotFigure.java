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
import java.util.List;

/** A figure entered by hand for a metric, kept with its date and author so the trend shows who said what when. */
@Entity
@Table(name = "pilot_figure")
public class PilotFigure extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "metric_id")
    public PilotMetric metric;

    @Column(nullable = false)
    public double figure;

    @Column(name = "entered_at", nullable = false)
    public Instant enteredAt;

    @Column(nullable = false)
    public String author;

    public static List<PilotFigure> forPilot(long pilotId) {
        return list("metric.pilot.id = ?1 order by enteredAt, id", pilotId);
    }
}
