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

    /** When a hiring manager revealed the name to the interviewers of an anonymised checklist; null while hidden. */
    @Column(name = "revealed_at")
    public Instant revealedAt;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /**
     * A stable code for the candidate ("C-7F3A"), shown to interviewers instead of the name while anonymised: the id
     * times an odd number modulo 2^16 (a one-to-one mix, so the codes of the first 65,536 candidates differ).
     */
    public String code() {
        long mixed = (id * 0x9E3BL + 0x7F3AL) & 0xFFFFL;
        return String.format("C-%04X", mixed) + (id >= 0x10000 ? "-" + (id >>> 16) : "");
    }

    /** Whether interviewers see the code rather than the name and e-mail: an anonymised checklist, not revealed yet. */
    public boolean anonymous() {
        return checklist.anonymised && revealedAt == null;
    }

    /** The name as a viewer may see it: a hiring manager always the name, an interviewer the code while anonymous. */
    public String nameFor(boolean manager) {
        return manager || !anonymous() ? name : "Candidate " + code();
    }

    /** The e-mail as a viewer may see it: null for an interviewer while anonymous. */
    public String emailFor(boolean manager) {
        return manager || !anonymous() ? email : null;
    }

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
