package dev.gofit.decision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One change of a decision's matrix weights, kept because weights are edited in place: the criteria
 * that moved, each from → to, as JSON in content order.
 */
@Entity
@Table(name = "decision_weight_change")
public class DecisionWeightChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "decision_id", nullable = false)
    public Long decisionId;

    /** The revision of the decision the change was made in. */
    @Column(nullable = false)
    public int revision;

    /** Criterion key → from, to (kept as JSON). */
    @Convert(converter = DecisionColumns.WeightSteps.class)
    @Column(name = "changes_json", nullable = false)
    public Map<String, DecisionService.WeightStep> changes;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt = Instant.now();

    /** The weight changes of a decision, newest first. */
    public static List<DecisionWeightChange> listFor(long decisionId) {
        return list("decisionId = ?1 order by changedAt desc, id desc", decisionId);
    }

    public static Optional<DecisionWeightChange> latestFor(long decisionId) {
        return find("decisionId = ?1 order by changedAt desc, id desc", decisionId).firstResultOptional();
    }
}
