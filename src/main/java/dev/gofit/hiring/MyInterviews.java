package dev.gofit.hiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** An interviewer's assignments as rows (for their interviews page and their dashboard). */
@ApplicationScoped
public class MyInterviews {

    /** One assigned interview; {@code overdue}: its date has passed without a submitted scorecard. */
    public record Row(long candidateId, String candidate, String role, String stage, String stageLabel, LocalDate date,
                      boolean submitted, boolean overdue) {
    }

    private final HiringContent content;
    private final Clock clock;

    public MyInterviews(HiringContent content, Clock clock) {
        this.content = content;
        this.clock = clock;
    }

    @Transactional
    public List<Row> of(long userId) {
        LocalDate today = LocalDate.now(clock);
        return InterviewAssignment.listForInterviewer(userId).stream()
                .filter(a -> a.candidate.archivedAt == null && a.candidate.checklist.archivedAt == null).map(a -> {
            boolean submitted = Scorecard.findOwn(a.candidate, a.stageKey, userId).isPresent();
            boolean overdue = !submitted && a.scheduledOn != null && a.scheduledOn.isBefore(today);
            return new Row(a.candidate.id, a.candidate.nameFor(false), a.candidate.checklist.roleTitle, a.stageKey,
                    CandidateService.stageLabel(content, a.stageKey), a.scheduledOn, submitted, overdue);
        }).toList();
    }
}
