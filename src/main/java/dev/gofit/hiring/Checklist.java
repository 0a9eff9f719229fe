package dev.gofit.hiring;

import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.annotations.CreationTimestamp;
import dev.gofit.account.User;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A hiring checklist for one role: the weighted skills with their checks, the vetting stages
 * with their durations, and who may see it (its owner, colleagues it is shared with, admins).
 */
@Entity
@Table(name = "checklist")
public class Checklist extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    public User owner;

    @Column(name = "role_title", nullable = false)
    public String roleTitle;

    @Column(nullable = false)
    public String level;

    /** The decision it was started from, if any (a plain id: decisions belong to another feature). */
    @Column(name = "decision_id")
    public Long decisionId;

    @OneToMany(mappedBy = "checklist", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ChecklistSkill> skills = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "checklist_stage", joinColumns = @JoinColumn(name = "checklist_id"))
    @OrderColumn(name = "position")
    public List<StageSlot> stages = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "checklist_share", joinColumns = @JoinColumn(name = "checklist_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    public Set<User> sharedWith = new HashSet<>();

    /** Anonymised review: interviewers see a candidate code instead of the name and e-mail until a manager reveals it. */
    @Column(nullable = false)
    public boolean anonymised;

    /** When it was archived (soft-deleted, can be restored); null while in use. */
    @Column(name = "archived_at")
    public Instant archivedAt;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean hasStage(String stageKey) {
        return stages.stream().anyMatch(s -> s.stageKey.equals(stageKey));
    }

    public ChecklistSkill skill(String key) {
        return skills.stream().filter(s -> s.skillKey.equals(key)).findFirst().orElse(null);
    }

    /** Skills with at least one check in {@code stageKey}: what an interviewer rates in that stage. */
    public List<ChecklistSkill> skillsIn(String stageKey) {
        return skills.stream().filter(s -> s.checks.stream().anyMatch(c -> c.stage.equals(stageKey))).toList();
    }

    /** The checklist if {@code viewer} may see it: owner, shared with them, or an admin. Others get "not found". */
    public static Optional<Checklist> findVisible(long id, Viewer viewer) {
        return findVisibleAny(id, viewer).filter(c -> c.archivedAt == null);
    }

    /** As {@link #findVisible}, archived ones included (to restore them, and for history). */
    public static Optional<Checklist> findVisibleAny(long id, Viewer viewer) {
        if (viewer.admin()) {
            return findByIdOptional(id);
        }
        return find("select distinct c from Checklist c left join c.sharedWith u where c.id = ?1 and (c.owner.id = ?2 or u.id = ?2)",
                id, viewer.userId()).firstResultOptional();
    }

    public static List<Checklist> listVisible(Viewer viewer) {
        if (viewer.admin()) {
            return list("archivedAt is null order by updatedAt desc");
        }
        return list("select distinct c from Checklist c left join c.sharedWith u where (c.owner.id = ?1 or u.id = ?1) "
                + "and c.archivedAt is null order by c.updatedAt desc", viewer.userId());
    }
}
