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
import jakarta.persistence.Convert;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

    @Convert(converter = PilotLines.class)
    @Column(name = "scope_in", nullable = false)
    public List<String> scopeIn = new ArrayList<>();

    @Convert(converter = PilotLines.class)
    @Column(name = "scope_out", nullable = false)
    public List<String> scopeOut = new ArrayList<>();

    @Convert(converter = PilotLines.class)
    @Column(nullable = false)
    public List<String> criteria = new ArrayList<>();

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

    /** The reason the owner wrote when closing against GoFit's reading, unmeasured or early. */
    @Column(name = "close_reason")
    public String closeReason;

    /** Where the charter's concurrency came from when the decision's evidence stated it. */
    @Column(name = "concurrency_origin")
    public String concurrencyOrigin;

    /** Hour of the day (0-23, GoFit's zone) of the scheduled daily measurement; null for none. */
    @Column(name = "schedule_hour")
    public Integer scheduleHour;

    /** When the owner archived it; an archived pilot is hidden and its API answers 404. */
    @Column(name = "archived_at")
    public Instant archivedAt;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @OneToMany(mappedBy = "pilot", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    public List<PilotDay> days = new ArrayList<>();

    @OneToMany(mappedBy = "pilot", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<PilotMetric> metrics = new ArrayList<>();

    @OneToMany(mappedBy = "pilot", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<PilotRisk> risks = new ArrayList<>();

    /** The owner's pilot, unless archived. */
    public static Optional<Pilot> findForOwner(long id, long ownerId) {
        return find("id = ?1 and owner.id = ?2 and archivedAt is null", id, ownerId).firstResultOptional();
    }

    /** The owner's pilot, archived or not (to restore it). */
    public static Optional<Pilot> findAnyForOwner(long id, long ownerId) {
        return find("id = ?1 and owner.id = ?2", id, ownerId).firstResultOptional();
    }

    public static List<Pilot> listForOwner(long ownerId) {
        return list("owner.id = ?1 and archivedAt is null order by updatedAt desc", ownerId);
    }

    /** Open pilots with a daily measurement hour and an endpoint to measure. */
    public static List<Pilot> scheduled() {
        return list("scheduleHour is not null and outcome is null and archivedAt is null and endpoint is not null");
    }

    /** The most recently changed pilot of a decision, for the decision's ADR. */
    public static Optional<Pilot> latestForDecision(long decisionId) {
        return find("decisionId = ?1 order by updatedAt desc, id desc", decisionId).firstResultOptional();
    }
}
