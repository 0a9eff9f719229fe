package dev.gofit.decision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;

import java.time.Instant;
import java.util.List;

/** A saved earlier revision of a decision: what it was before an edit, a {@link DecisionSnapshot} kept as JSON. */
@Entity
@Table(name = "decision_revision")
public class DecisionRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "decision_id", nullable = false)
    public Long decisionId;

    @Column(nullable = false)
    public int revision;

    @Convert(converter = DecisionColumns.Snapshot.class)
    @Column(name = "snapshot_json", nullable = false)
    public DecisionSnapshot snapshot;

    @CreationTimestamp
    @Column(name = "saved_at", nullable = false, updatable = false)
    public Instant savedAt;

    /** The earlier revisions of a decision, newest first. */
    public static List<DecisionRevision> listFor(long decisionId) {
        return list("decisionId = ?1 order by revision desc", decisionId);
    }
}
