package dev.gofit.system;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One counted key in its current fixed window (see {@link RateCounters}). */
@Entity
@Table(name = "rate_counter")
public class RateCounter extends PanacheEntityBase {

    @Id
    @Column(name = "counter_key", length = 300)
    public String key;

    @Column(nullable = false)
    public int hits;

    @Column(name = "window_end", nullable = false)
    public Instant windowEnd;
}
