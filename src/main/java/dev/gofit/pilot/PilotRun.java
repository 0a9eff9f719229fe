package dev.gofit.pilot;

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
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A load measurement of a pilot's endpoint as a background job: queued, claimed by one worker
 * (owner and lease), then done with its measurement or failed with the reason.
 */
@Entity
@Table(name = "pilot_run")
public class PilotRun extends PanacheEntityBase {

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    /** Who asked: a person on the page or API, or the pilot's schedule. */
    public enum Trigger { MANUAL, SCHEDULED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pilot_id")
    public Pilot pilot;

    /** The user who asked, null for a scheduled run. */
    @Column(name = "requested_by")
    public Long requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false)
    public Trigger trigger;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.QUEUED;

    @Column(nullable = false)
    public int progress;

    public String failure;

    @Column(nullable = false)
    public String endpoint;

    @Column(name = "http_method", nullable = false)
    public String method;

    @Column(name = "request_body")
    public String body;

    @Column(name = "content_type")
    public String contentType;

    @Column(nullable = false)
    public int concurrency;

    @Column(nullable = false)
    public int requests;

    @Column(name = "measurement_id")
    public Long measurementId;

    @Column(nullable = false)
    public int attempts;

    /** The worker (replica and thread) that holds the run while its lease lasts. */
    @Column(name = "lease_owner")
    public String leaseOwner;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    public static Optional<PilotRun> findForPilot(long pilotId, long runId) {
        return find("id = ?1 and pilot.id = ?2", runId, pilotId).firstResultOptional();
    }

    public static List<PilotRun> recent(long pilotId, int max) {
        return find("pilot.id = ?1 order by requestedAt desc, id desc", pilotId).page(0, max).list();
    }

    public boolean active() {
        return status == Status.QUEUED || status == Status.RUNNING;
    }
}
