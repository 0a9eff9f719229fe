package dev.gofit.hiring;

import dev.gofit.account.CurrentUser;
import dev.gofit.account.Role;
import dev.gofit.account.User;
import dev.gofit.system.Problem;
import dev.gofit.system.Problem.FieldError;
import dev.gofit.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * The interview loop and who may see what: a hiring manager who may see the checklist manages the loop and
 * always reads the summary; an assigned interviewer records their own scorecard and reads the summary only
 * after submitting it (blind until submitted, so nobody is anchored by the others).
 */
@ApplicationScoped
public class InterviewService {

    /** A candidate as the caller reaches it: as a manager of its checklist, or as one of its interviewers. */
    public record Access(Candidate candidate, boolean manager) {
    }

    /** An assignment without a submitted scorecard yet. */
    public record Missing(String stage, String stageLabel, long interviewerId, String interviewer) {
    }

    private final CurrentUser currentUser;
    private final ChecklistService checklists;

    public InterviewService(CurrentUser currentUser, ChecklistService checklists) {
        this.currentUser = currentUser;
        this.checklists = checklists;
    }

    /** The candidate if the caller manages its checklist or is assigned to it; 404 otherwise. */
    public Access access(long candidateId) {
        Candidate candidate = Candidate.<Candidate>findByIdOptional(candidateId)
                .filter(c -> c.archivedAt == null && c.checklist.archivedAt == null).orElse(null);
        if (candidate != null && currentUser.isHiringManager()
                && Checklist.findVisible(candidate.checklist.id, checklists.viewer()).isPresent()) {
            return new Access(candidate, true);
        }
        if (candidate != null && InterviewAssignment.assigned(candidateId, currentUser.id())) {
            return new Access(candidate, false);
        }
        throw ProblemException.notFound("Candidate " + candidateId);
    }

    /** Managers only (the loop, the invite): an interviewer gets 403 saying so. */
    public Candidate requireManager(long candidateId) {
        Access access = access(candidateId);
        if (!access.manager()) {
            throw forbidden("Only a hiring manager of this candidate's checklist can do this.");
        }
        return access.candidate();
    }

    /** Whether the caller may read the summary and the other scorecards now. */
    public boolean maySeeSummary(Access access) {
        return access.manager() || Scorecard.submittedBy(access.candidate().id, currentUser.id());
    }

    /** 403 with the reason when the caller has not submitted their own scorecard yet. */
    public void requireSummary(Access access) {
        if (!maySeeSummary(access)) {
            throw forbidden(blindReason(access.candidate()));
        }
    }

    public String blindReason(Candidate candidate) {
        // Shown to interviewers only (a manager always sees the summary), so the code while anonymised.
        return "Submit your own scorecard for " + candidate.nameFor(false) + " first: the summary and the other interviewers' "
                + "scorecards stay hidden until you have, so that nobody is anchored by the others.";
    }

    /** Whether a scorecard for {@code stage} by the caller is their own (they are assigned to that stage). */
    public boolean ownStage(Access access, String stage) {
        return stage != null && InterviewAssignment.assigned(access.candidate().id, stage, currentUser.id());
    }

    /** Field errors of a loop for this candidate's checklist (stages it has, interviewers who may interview). */
    public List<FieldError> validate(Candidate candidate, LoopRequest loop) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < loop.assignments().size(); i++) {
            LoopRequest.Assignment a = loop.assignments().get(i);
            if (!candidate.checklist.hasStage(a.stage())) {
                errors.add(new FieldError("assignments[" + i + "].stage", "This checklist has no stage '" + a.stage()
                        + "'; choose one of " + String.join(", ", candidate.checklist.stages.stream().map(s -> s.stageKey).toList()) + "."));
            }
            User user = User.findById(a.interviewerId());
            if (user == null || !user.enabled || !(user.hasRole(Role.INTERVIEWER) || user.hasRole(Role.HIRING_MANAGER))) {
                errors.add(new FieldError("assignments[" + i + "].interviewerId",
                        "No active interviewer or hiring manager has the id " + a.interviewerId() + "."));
            }
        }
        return errors;
    }

    /** Replaces the loop; returns the assignments that are new (their interviewers are told). */
    @Transactional
    public List<InterviewAssignment> assign(long candidateId, LoopRequest loop) {
        Candidate candidate = requireManager(candidateId);
        List<InterviewAssignment> existing = InterviewAssignment.listFor(candidate);
        List<InterviewAssignment> added = new ArrayList<>();
        for (InterviewAssignment old : existing) {
            boolean kept = loop.assignments().stream().anyMatch(a -> a.stage().equals(old.stageKey)
                    && a.interviewerId().equals(old.interviewer.id));
            if (!kept) {
                old.delete();
            }
        }
        for (LoopRequest.Assignment a : loop.assignments()) {
            InterviewAssignment row = existing.stream().filter(o -> o.stageKey.equals(a.stage())
                    && o.interviewer.id.equals(a.interviewerId())).findFirst().orElse(null);
            if (row == null) {
                row = new InterviewAssignment();
                row.candidate = candidate;
                row.stageKey = a.stage();
                row.interviewer = User.findById(a.interviewerId());
                row.scheduledOn = a.date();
                row.persist();
                existing.add(row);
                added.add(row);
            } else {
                row.scheduledOn = a.date();
            }
        }
        return added;
    }

    /** Assignments whose interviewer has not submitted a scorecard for that stage. */
    public List<Missing> missing(Candidate candidate) {
        HiringContent content = checklists.content();
        return InterviewAssignment.listFor(candidate).stream()
                .filter(a -> Scorecard.findOwn(candidate, a.stageKey, a.interviewer.id).isEmpty())
                .map(a -> new Missing(a.stageKey, CandidateService.stageLabel(content, a.stageKey), a.interviewer.id,
                        a.interviewer.displayName)).toList();
    }

    /** Active staff who may be assigned: interviewers and hiring managers. */
    public static List<User> interviewers() {
        return User.listByEmail().stream().filter(u -> u.enabled)
                .filter(u -> u.hasRole(Role.INTERVIEWER) || u.hasRole(Role.HIRING_MANAGER)).toList();
    }

    static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "Forbidden", detail));
    }
}
