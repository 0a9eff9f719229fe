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

import java.time.LocalDate;

/** One of a pilot's ten working days with its focus; day 5 is the checkpoint, day 10 the go / no-go. */
@Entity
@Table(name = "pilot_day")
public class PilotDay extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pilot_id")
    public Pilot pilot;

    @Column(name = "day_no", nullable = false)
    public int number;

    @Column(name = "day_date", nullable = false)
    public LocalDate date;

    /** build or validate. */
    @Column(nullable = false)
    public String week;

    /** work, checkpoint or go-no-go. */
    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String focus;
}
