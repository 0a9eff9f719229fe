package dev.gofit.hiring;

import org.hibernate.annotations.UpdateTimestamp;
import dev.gofit.account.User;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One interviewer's ratings (1-4 per skill), notes and overall recommendation for one stage of one candidate. */
@Entity
@Table(name = "scorecard")
public class Scorecard extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidate_id")
    public Candidate candidate;

    @Column(name = "stage_key", nullable = false)
    public String stageKey;

    @Column(nullable = false)
    public String interviewer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recorded_by")
    public User recordedBy;

    /** The interviewer who submitted it on their own account (only they may amend it); null when a manager typed it in. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    public User author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Overall overall;

    public String notes;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scorecard_rating", joinColumns = @JoinColumn(name = "scorecard_id"))
    @MapKeyColumn(name = "skill_key")
    @Column(name = "rating", nullable = false)
    public Map<String, Integer> ratings = new HashMap<>();

    public static List<Scorecard> listFor(Candidate candidate) {
        return list("candidate.id = ?1 order by stageKey, interviewer", candidate.id);
    }

    /** The scorecard {@code authorId} submitted on their own account for a stage. */
    public static Optional<Scorecard> findOwn(Candidate candidate, String stageKey, long authorId) {
        return find("candidate.id = ?1 and stageKey = ?2 and author.id = ?3", candidate.id, stageKey, authorId)
                .firstResultOptional();
    }

    public static boolean submittedBy(long candidateId, long authorId) {
        return count("candidate.id = ?1 and author.id = ?2", candidateId, authorId) > 0;
    }

    /** The scorecard one interviewer already gave for a stage, to be replaced by a new one. */
    public static Optional<Scorecard> find(Candidate candidate, String stageKey, String interviewer) {
        return find("candidate.id = ?1 and stageKey = ?2 and lower(interviewer) = lower(?3)",
                candidate.id, stageKey, interviewer).firstResultOptional();
    }
}
