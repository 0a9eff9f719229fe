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
import jakarta.persistence.Convert;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Matrix weights set by the deciders (criterion key → 0..5); null means derived from the answers. */
    @Convert(converter = DecisionColumns.Weights.class)
    @Column(name = "weights_json")
    public Map<String, Integer> weights;

    /** The languages compared (2-6 matrix keys, go among them); null means {@link #DEFAULT_OPTIONS}. */
    @Convert(converter = DecisionColumns.Options.class)
    @Column(name = "options_json")
    public List<String> options;

    /** The team-context step; null when skipped. */
    @Convert(converter = DecisionColumns.Context.class)
    @Column(name = "context_json")
    public TeamContext context;

    /** The option the deciders chose when accepting (null before). */
    @Column(name = "chosen_option")
    public String chosenOption;

    /** The deciders' reasons, in their words. */
    public String rationale;

    /**
     * The matrix content this revision was evaluated with (all languages, criteria, ratings, notes, weight rules);
     * null while a first draft follows today's content.
     */
    @Convert(converter = DecisionColumns.Content.class)
    @Column(name = "evaluated_with_json")
    public dev.gofit.matrix.MatrixDefinition evaluatedWith;

    /** The fingerprint of the content {@link #evaluatedWith} came from. */
    @Column(name = "content_version")
    public String contentVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecisionStatus status = DecisionStatus.DRAFT;

    @Column(name = "superseded_by_id")
    public Long supersededById;

    @Column(nullable = false)
    public int revision = 1;

    /** MADR 4 decision-makers besides the owner (staff user ids): they may edit it too. */
    @Convert(converter = DecisionColumns.Ids.class)
    @Column(name = "decision_makers_json")
    public List<Long> decisionMakers;

    /** MADR 4 consulted (staff user ids): they may comment. */
    @Convert(converter = DecisionColumns.Ids.class)
    @Column(name = "consulted_json")
    public List<Long> consulted;

    /** MADR 4 informed (staff user ids). */
    @Convert(converter = DecisionColumns.Ids.class)
    @Column(name = "informed_json")
    public List<Long> informed;

    /** When its owner archived it (it left the lists, the log and the exports); null while it is current. */
    @Column(name = "archived_at")
    public Instant archivedAt;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** What a decision compares unless its deciders pick other options. */
    public static final List<String> DEFAULT_OPTIONS = List.of("go", "python", "rust");

    /** The options compared, go first. */
    public List<String> optionKeys() {
        return options == null || options.isEmpty() ? DEFAULT_OPTIONS : options;
    }

    public List<Long> decisionMakerIds() {
        return decisionMakers == null ? List.of() : decisionMakers;
    }

    public List<Long> consultedIds() {
        return consulted == null ? List.of() : consulted;
    }

    public List<Long> informedIds() {
        return informed == null ? List.of() : informed;
    }

    /** The team context, or null when none was given. */
    public TeamContext teamContextOrNull() {
        return context == null || context.isEmpty() ? null : context;
    }

    public Answers answers() {
        return new Answers(concurrency, ioPerformance, simpleDeployment, servicesOrTooling,
                mlPrototyping, lowLevelMemoryControl);
    }

    public Verdict verdict() {
        return VerdictRules.verdict(answers());
    }

    /** The evidence note of a question (null for cautions and empty notes). */
    public String note(String key) {
        return switch (key) {
            case "concurrency" -> concurrencyNote;
            case "ioPerformance" -> ioPerformanceNote;
            case "simpleDeployment" -> simpleDeploymentNote;
            case "servicesOrTooling" -> servicesOrToolingNote;
            default -> null;
        };
    }

    /** The evidence notes of the questions that have one, in wizard order (the pilot reads them). */
    public Map<String, String> notes() {
        Map<String, String> notes = new LinkedHashMap<>();
        for (String key : Answers.QUESTION_KEYS) {
            if (note(key) != null) {
                notes.put(key, note(key));
            }
        }
        return notes;
    }

    /** Sets the answer to a question or caution by its key (see {@link Answers#QUESTION_KEYS}). */
    public void answer(String key, Boolean value) {
        switch (key) {
            case "concurrency" -> concurrency = value;
            case "ioPerformance" -> ioPerformance = value;
            case "simpleDeployment" -> simpleDeployment = value;
            case "servicesOrTooling" -> servicesOrTooling = value;
            case "mlPrototyping" -> mlPrototyping = value;
            case "lowLevelMemoryControl" -> lowLevelMemoryControl = value;
            default -> throw new IllegalArgumentException("unknown answer key " + key);
        }
    }

    /** Sets the evidence note of a question; blank becomes null. */
    public void note(String key, String note) {
        String value = note == null || note.isBlank() ? null : note.strip();
        switch (key) {
            case "concurrency" -> concurrencyNote = value;
            case "ioPerformance" -> ioPerformanceNote = value;
            case "simpleDeployment" -> simpleDeploymentNote = value;
            case "servicesOrTooling" -> servicesOrToolingNote = value;
            default -> throw new IllegalArgumentException("no note for " + key);
        }
    }

    /** The owner's decisions whose title contains {@code query} (any case), newest first. */
    public static List<Decision> searchForOwner(long ownerId, String query) {
        if (query == null || query.isBlank()) {
            return listForOwner(ownerId);
        }
        String like = "%" + query.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_") + "%";
        return list("owner.id = ?1 and archivedAt is null and lower(title) like ?2 escape '\\' order by updatedAt desc",
                ownerId, like);
    }

    /** The decisions that {@code id} superseded. */
    public static List<Decision> supersededBy(long id) {
        return list("supersededById = ?1 and archivedAt is null order by id", id);
    }

    /** The decision if it exists and belongs to {@code ownerId}; someone else's is "not found". */
    public static Optional<Decision> findForOwner(long id, long ownerId) {
        return find("id = ?1 and owner.id = ?2 and archivedAt is null", id, ownerId).firstResultOptional();
    }

    /** One of the owner's archived decisions (to restore it). */
    public static Optional<Decision> findArchivedForOwner(long id, long ownerId) {
        return find("id = ?1 and owner.id = ?2 and archivedAt is not null", id, ownerId).firstResultOptional();
    }

    /** The owner's current (not archived) decisions, most recently updated first. */
    public static List<Decision> listForOwner(long ownerId) {
        return list("owner.id = ?1 and archivedAt is null order by updatedAt desc", ownerId);
    }

    /** The count of the owner's current decisions. */
    public static long countForOwner(long ownerId) {
        return count("owner.id = ?1 and archivedAt is null", ownerId);
    }

    /** A decision of the shared log: any staff member's past the draft, unless archived. */
    public static Optional<Decision> findInLog(long id) {
        return find("id = ?1 and archivedAt is null and status <> ?2", id, DecisionStatus.DRAFT).firstResultOptional();
    }

    /** A decision {@code userId} may build on: one of the log, or their own (a draft included). */
    public static Optional<Decision> findForUse(long id, long userId) {
        return findForOwner(id, userId).or(() -> findInLog(id));
    }

    /** Any staff member's decision unless archived, drafts included (their owners' and decision-makers' to see). */
    public static Optional<Decision> findCurrent(long id) {
        return find("id = ?1 and archivedAt is null", id).firstResultOptional();
    }

    /** The shared log: every staff member's current decisions past the draft, most recently updated first. */
    public static List<Decision> listLog() {
        return list("archivedAt is null and status <> ?1 order by updatedAt desc", DecisionStatus.DRAFT);
    }
}
