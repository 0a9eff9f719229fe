package dev.gofit.dashboard;

import dev.gofit.account.CurrentUser;
import dev.gofit.account.User;
import dev.gofit.decision.Decision;
import dev.gofit.decision.DecisionStatus;
import dev.gofit.hiring.Candidate;
import dev.gofit.hiring.Checklist;
import dev.gofit.hiring.InterviewService;
import dev.gofit.hiring.MyInterviews;
import dev.gofit.hiring.Viewer;
import dev.gofit.system.HomeDashboard;
import dev.gofit.takehome.Invite;
import dev.gofit.takehome.Review;
import dev.gofit.takehome.ReviewStatus;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * What waits for the signed-in user, per role: a leader's open decisions; a hiring manager's candidates with
 * missing scorecards, invites waiting for a submission and reviews running; an interviewer's interviews and
 * overdue scorecards; an admin's users. Only actions the user's roles allow are offered. Reads other features
 * through small queries only.
 */
@ApplicationScoped
public class Dashboard implements HomeDashboard {

    public record DecisionRow(long id, String title, String status) {
    }

    public record CandidateRow(long id, String name, String role, List<String> missing) {
    }

    public record InviteRow(long id, String candidate, String expires) {
    }

    public record ReviewRow(long id, String label, String status, int progress) {
    }

    public record UserRow(String email, String name, String roles, boolean enabled) {
    }

    /** Everything on the page; a section is shown only when its role applies. */
    public record View(String name, boolean leader, boolean hiringManager, boolean interviewer, boolean admin,
                       List<DecisionRow> decisions, List<CandidateRow> candidates, List<InviteRow> invites,
                       List<ReviewRow> reviews, List<MyInterviews.Row> interviews, long overdue, List<UserRow> users) {
    }

    @CheckedTemplate(basePath = "Dashboard")
    static class Templates {
        static native TemplateInstance dashboard(View v);
    }

    private final CurrentUser currentUser;
    private final InterviewService interviewService;
    private final MyInterviews myInterviews;

    public Dashboard(CurrentUser currentUser, InterviewService interviewService, MyInterviews myInterviews) {
        this.currentUser = currentUser;
        this.interviewService = interviewService;
        this.myInterviews = myInterviews;
    }

    @Override
    @Transactional
    public TemplateInstance render() {
        long me = currentUser.id();
        boolean leader = currentUser.isLeader();
        boolean hm = currentUser.isHiringManager();
        boolean admin = currentUser.isAdmin();
        boolean interviewer = currentUser.isInterviewer();
        List<DecisionRow> decisions = !leader ? List.of() : Decision.listForOwner(me).stream()
                .filter(d -> d.status == DecisionStatus.DRAFT || d.status == DecisionStatus.PROPOSED)
                .map(d -> new DecisionRow(d.id, d.title, d.status.name().toLowerCase())).toList();
        List<CandidateRow> candidates = !hm ? List.of() : Checklist.listVisible(Viewer.of(currentUser)).stream()
                .flatMap(c -> Candidate.listFor(c).stream())
                .map(c -> new CandidateRow(c.id, c.name, c.checklist.roleTitle, interviewService.missing(c).stream()
                        .map(m -> m.interviewer() + " (" + m.stageLabel() + ")").toList()))
                .filter(r -> !r.missing().isEmpty()).toList();
        List<InviteRow> invites = !hm ? List.of() : Invite.listVisible(me, admin).stream()
                .filter(i -> "active".equals(i.state()) && Review.count("finalInviteId", i.id) == 0)
                .map(i -> new InviteRow(i.id, i.candidateName, i.expiresText())).toList();
        List<ReviewRow> reviews = !hm ? List.of() : Review.listVisible(me, admin, 200).stream()
                .filter(r -> r.status == ReviewStatus.QUEUED || r.status == ReviewStatus.RUNNING)
                .map(r -> new ReviewRow(r.id, r.label == null ? r.endpoint : r.label, r.status.name(), r.progress)).toList();
        List<MyInterviews.Row> interviews = interviewer ? myInterviews.of(me) : List.of();
        List<UserRow> users = !admin ? List.of() : User.listByEmail().stream()
                .map(u -> new UserRow(u.email, u.displayName, String.join(", ", u.roles.stream().map(Enum::name).sorted().toList()),
                        u.enabled)).toList();
        return Templates.dashboard(new View(currentUser.getDisplayName(), leader, hm, interviewer, admin, decisions,
                candidates, invites, reviews, interviews, interviews.stream().filter(MyInterviews.Row::overdue).count(), users));
    }
}
