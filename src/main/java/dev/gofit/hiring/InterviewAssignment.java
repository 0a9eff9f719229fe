package dev.gofit.hiring;

import dev.gofit.account.User;
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
import org.hibernate.annotations.CreationTimestamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One interviewer assigned to one stage of a candidate's interview loop, on a date. */
@Entity
@Table(name = "interview_assignment")
public class InterviewAssignment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidate_id")
    public Candidate candidate;

    @Column(name = "stage_key", nullable = false)
    public String stageKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "interviewer_id")
    public User interviewer;

    @Column(name = "scheduled_on")
    public LocalDate scheduledOn;

    @CreationTimestamp
    @Column(name = "assigned_at", nullable = false, updatable = false)
    public Instant assignedAt;

    public static List<InterviewAssignment> listFor(Candidate candidate) {
        return list("candidate.id = ?1 order by stageKey, id", candidate.id);
    }

    public static List<InterviewAssignment> listForInterviewer(long userId) {
        return list("interviewer.id = ?1 order by scheduledOn, id", userId);
    }

    public static boolean assigned(long candidateId, long userId) {
        return count("candidate.id = ?1 and interviewer.id = ?2", candidateId, userId) > 0;
    }

    public static boolean assigned(long candidateId, String stageKey, long userId) {
        return count("candidate.id = ?1 and stageKey = ?2 and interviewer.id = ?3", candidateId, stageKey, userId) > 0;
    }
}
