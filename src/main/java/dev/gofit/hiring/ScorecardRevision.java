package dev.gofit.hiring;

import dev.gofit.account.User;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.Map;

/** An earlier version of a scorecard, kept when it is amended. */
@Entity
@Table(name = "scorecard_revision")
public class ScorecardRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scorecard_id")
    public Scorecard scorecard;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "changed_by")
    public User changedBy;

    @CreationTimestamp
    @Column(name = "changed_at", nullable = false, updatable = false)
    public Instant changedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Overall overall;

    @Convert(converter = RatingsConverter.class)
    @Column(nullable = false)
    public Map<String, Integer> ratings;

    public String notes;

    /** The version a scorecard had before {@code by} changed it. */
    static ScorecardRevision of(Scorecard card, User by) {
        ScorecardRevision r = new ScorecardRevision();
        r.scorecard = card;
        r.changedBy = by;
        r.overall = card.overall;
        r.ratings = Map.copyOf(card.ratings);
        r.notes = card.notes;
        return r;
    }

    public static List<ScorecardRevision> listFor(Scorecard card) {
        return list("scorecard.id = ?1 order by id", card.id);
    }
}
