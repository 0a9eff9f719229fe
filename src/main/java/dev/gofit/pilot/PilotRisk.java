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

/** A pilot risk and how the team mitigates it. */
@Entity
@Table(name = "pilot_risk")
public class PilotRisk extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pilot_id")
    public Pilot pilot;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String risk;

    @Column(nullable = false)
    public String mitigation;
}
