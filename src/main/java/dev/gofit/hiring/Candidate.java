package dev.gofit.hiring;

import org.hibernate.annotations.CreationTimestamp;
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
import java.util.Optional;

/** A candidate for the role of one checklist; visible to whoever may see the checklist. */
@Entity
@Table(name = "candidate")
public class Candidate extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "checklist_id")
    public Checklist checklist;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String email;

    /** When it was archived (soft-deleted, can be restored); null while in use. */
    @Column(name = "archived_at")
    public Instant archivedAt;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    public static Optional<Candidate> findVisible(long id, Viewer viewer) {
        return findVisibleAny(id, viewer).filter(c -> c.archivedAt == null);
    }

    /** As {@link #findVisible}, an archived candidate included (to restore it) as long as its checklist is in use. */
    public static Optional<Candidate> findVisibleAny(long id, Viewer viewer) {
        Optional<Candidate> candidate = findByIdOptional(id);
        return candidate.filter(c -> Checklist.findVisible(c.checklist.id, viewer).isPresent());
    }

    public static List<Candidate> listFor(Checklist checklist) {
        return list("checklist.id = ?1 and archivedAt is null order by createdAt desc", checklist.id);
    }
}
