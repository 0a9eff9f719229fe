package dev.gofit.pilot;

import dev.gofit.account.User;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A two-week pilot charter and its results; only its owner sees it ({@link #findForOwner}). */
@Entity
@Table(name = "pilot")
public class Pilot extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    public User owner;

    /** The decision this pilot proves, or null for a pilot on its own. */
    @Column(name = "decision_id")
    public Long decisionId;

    @Column(nullable = false)
    public String service;

    /** The person accountable for the pilot (free text, not an account). */
    @Column(name = "pilot_owner")
    public String pilotOwner;

    public String team;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(nullable = false)
    public String hypothesis;

    /** One item per line. */
    @Column(name = "scope_in", nullable = false)
    public String scopeIn;

    @Column(name = "scope_out", nullable = false)
    public String scopeOut;

    @Column(nullable = false)
    public String criteria;

    @Column(name = "load_concurrency", nullable = false)
    public int loadConcurrency;

    @Column(name = "load_requests", nullable = false)
    public int loadRequests;

    /** The last endpoint measured, kept to pre-fill the form. */
    public String endpoint;

    @Column(name = "http_method")
    public String httpMethod;

    @Column(name = "request_body")
    public String requestBody;

    /** GO or NO_GO once the go / no-go meeting decided. */
    public String outcome;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();

    @OneToMany(mappedBy = "pilot", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    public List<PilotDay> days = new ArrayList<>();

    @OneToMany(mappedBy = "pilot", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<PilotMetric> metrics = new ArrayList<>();

    @OneToMany(mappedBy = "pilot", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<PilotRisk> risks = new ArrayList<>();

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public static Optional<Pilot> findForOwner(long id, long ownerId) {
        return find("id = ?1 and owner.id = ?2", id, ownerId).firstResultOptional();
    }

    public static List<Pilot> listForOwner(long ownerId) {
        return list("owner.id = ?1 order by updatedAt desc", ownerId);
    }

    /** The most recently changed pilot of a decision, for the decision's ADR. */
    public static Optional<Pilot> latestForDecision(long decisionId) {
        return find("decisionId = ?1 order by updatedAt desc, id desc", decisionId).firstResultOptional();
    }

    static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String joinLines(List<String> lines) {
        return String.join("\n", lines.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
    }
}
