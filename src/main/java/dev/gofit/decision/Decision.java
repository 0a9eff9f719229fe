package dev.gofit.decision;

import dev.gofit.account.User;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A leader's Go-fit decision: the answers to the four questions and the cautions, the
 * matrix weights, and its lifecycle. Other features (pilot, hiring) read it; only its owner
 * sees it ({@link #findForOwner}).
 */
@Entity
@Table(name = "decision")
public class Decision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    public User owner;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "team_context")
    public String teamContext;

    public Boolean concurrency;
    @Column(name = "io_performance")
    public Boolean ioPerformance;
    @Column(name = "simple_deployment")
    public Boolean simpleDeployment;
    @Column(name = "services_or_tooling")
    public Boolean servicesOrTooling;

    @Column(name = "concurrency_note")
    public String concurrencyNote;
    @Column(name = "io_performance_note")
    public String ioPerformanceNote;
    @Column(name = "simple_deployment_note")
    public String simpleDeploymentNote;
    @Column(name = "services_or_tooling_note")
    public String servicesOrToolingNote;

    @Column(name = "ml_prototyping")
    public Boolean mlPrototyping;
    @Column(name = "low_level_memory_control")
    public Boolean lowLevelMemoryControl;

    /** Matrix weights as JSON {"criterion-key": 0..5}; null means derived from the answers. */
    @Column(name = "weights_json")
    public String weightsJson;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecisionStatus status = DecisionStatus.DRAFT;

    @Column(name = "superseded_by_id")
    public Long supersededById;

    @Column(nullable = false)
    public int revision = 1;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public Answers answers() {
        return new Answers(concurrency, ioPerformance, simpleDeployment, servicesOrTooling,
                mlPrototyping, lowLevelMemoryControl);
    }

    public Verdict verdict() {
        return VerdictRules.verdict(answers());
    }

    /** The decision if it exists and belongs to {@code ownerId}; someone else's is "not found". */
    public static Optional<Decision> findForOwner(long id, long ownerId) {
        return find("id = ?1 and owner.id = ?2", id, ownerId).firstResultOptional();
    }

    public static List<Decision> listForOwner(long ownerId) {
        return list("owner.id = ?1 order by updatedAt desc", ownerId);
    }
}
