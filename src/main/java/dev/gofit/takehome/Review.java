package dev.gofit.takehome;

import dev.gofit.hiring.Checklist;
import dev.gofit.hiring.Viewer;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One review of one endpoint: its state (persisted, so a restart resumes it) and its report as JSON. */
@Entity
@Table(name = "takehome_review")
public class Review extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 2048)
    public String endpoint;

    @Column(length = 120)
    public String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ReviewStatus status = ReviewStatus.QUEUED;

    @Column(nullable = false)
    public int progress;

    public Integer score;

    /** What the checks found so far (null until the first check ends), as JSON in its column. */
    @Convert(converter = ReviewReportColumn.class)
    @Column(name = "report_json", length = 1_000_000)
    public ReviewReport report;

    @Column(length = 1000)
    public String failure;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "owner_id", nullable = false)
    public Long ownerId;

    @Column(name = "invite_id")
    public Long inviteId;

    @Column(nullable = false)
    public boolean practice;

    @Column(name = "final_invite_id")
    public Long finalInviteId;

    /** A review GoFit made of its own reference endpoint: the side-by-side baseline, trusted at run time. */
    @Column(name = "is_reference", nullable = false)
    public boolean reference;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    // --- lease (replicas): who runs a RUNNING review and until when; see ReviewQueue ---

    /** The replica ({@code gofit.instance-id}) that claimed this review, while it is RUNNING. */
    @Column(name = "lease_owner", length = 120)
    public String leaseOwner;

    /** Until when the owner's claim holds (its heartbeat renews it); after it any replica may take the review back. */
    @Column(name = "lease_until")
    public Instant leaseUntil;

    /** How many times a replica claimed this review; never decreases, and fences the owner's writes. */
    @Column(nullable = false)
    public int claims;

    /** The report, empty until the first check ends. */
    public ReviewReport report() {
        return report == null ? ReviewReport.empty() : report;
    }

    public void setReport(ReviewReport report) {
        this.report = report;
    }

    /** When it was submitted, for people: "2026-11-27 13:33 UTC". */
    public String createdText() {
        return utc(createdAt);
    }

    static String utc(Instant instant) {
        return instant == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .withZone(java.time.ZoneOffset.UTC).format(instant);
    }

    /** Class of the score by outcome: good (80+), fair (50-79), poor (below 50), or none while unscored. */
    public String scoreClass() {
        return score == null ? "" : score >= 80 ? "score-good" : score >= 50 ? "score-fair" : "score-poor";
    }

    public boolean isFinal() {
        return finalInviteId != null;
    }

    /** "final", "practice", "re-run" (staff re-ran a candidate's endpoint) or "" for a staff review. */
    public String kind() {
        return inviteId == null ? "" : isFinal() ? "final" : practice ? "practice" : "re-run";
    }

    /** How long it ran, or null while it has not finished. */
    public Long durationMs() {
        return startedAt == null || finishedAt == null ? null : Duration.between(startedAt, finishedAt).toMillis();
    }

    /**
     * A review a staff member may open: their own, any for an admin, and one linked to an invite
     * they created (a colleague's re-run of it is listed on their invite page) or whose hiring
     * checklist they can see (owner or shared with them), since the checklist's take-home evidence
     * links to it.
     */
    public static Optional<Review> findVisible(long id, Long userId, boolean admin) {
        Review r = findById(id);
        if (r == null || userId == null && !admin) {
            return Optional.empty();
        }
        if (admin || r.ownerId.equals(userId) || visibleThroughChecklist(r, userId)) {
            return Optional.of(r);
        }
        return Optional.empty();
    }

    private static boolean visibleThroughChecklist(Review r, long userId) {
        if (r.inviteId == null) {
            return false;
        }
        Invite invite = Invite.findById(r.inviteId);
        return invite != null && (invite.createdBy.equals(userId) || invite.checklistId != null
                && Checklist.findVisible(invite.checklistId, new Viewer(userId, false)).isPresent());
    }

    public static List<Review> listVisible(Long userId, boolean admin, int max) {
        return (admin ? find("order by id desc") : find("ownerId = ?1 order by id desc", userId)).page(0, max).list();
    }

    public static List<Review> listForInvite(long inviteId) {
        return list("inviteId = ?1 order by id desc", inviteId);
    }

    /** What the candidate sees on their invite page: their own submissions, not staff re-runs. */
    public static List<Review> listSubmittedForInvite(long inviteId) {
        return list("inviteId = ?1 and (practice = true or finalInviteId is not null) order by id desc", inviteId);
    }

    public static long countPracticeSince(long inviteId, Instant since) {
        return count("inviteId = ?1 and practice = true and createdAt >= ?2", inviteId, since);
    }

    /** The newest finished review of the reference endpoint, for side-by-side figures. */
    public static Optional<Review> latestReference() {
        return find("status = ?1 and reference = true order by id desc", ReviewStatus.DONE).firstResultOptional();
    }
}
