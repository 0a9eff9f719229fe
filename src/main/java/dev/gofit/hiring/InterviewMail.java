package dev.gofit.hiring;

import dev.gofit.system.GoFitConfig;
import dev.gofit.system.MailReminder;
import dev.gofit.system.MailSender;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Interviewers' e-mails: one when they are assigned to a stage of a candidate's loop, and one reminder when
 * their scorecard is overdue ({@code gofit.hiring.scorecard-due-days} after the interview). Reminders run on a
 * schedule and are kept in the database, so each goes out once.
 */
@ApplicationScoped
public class InterviewMail {

    static final String OVERDUE = "scorecard-overdue";

    /** One assignment as the e-mail tells it. */
    public record Assignment(String interviewer, String candidate, String role, String stage, LocalDate date,
                             String link) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance assigned$text(Assignment a);

        static native TemplateInstance assigned$html(Assignment a);

        static native TemplateInstance overdue$text(Assignment a);

        static native TemplateInstance overdue$html(Assignment a);
    }

    private final MailSender sender;
    private final HiringContent content;
    private final GoFitConfig config;
    private final Clock clock;
    private final int dueDays;

    public InterviewMail(MailSender sender, HiringContent content, GoFitConfig config, Clock clock, HiringConfig hiring) {
        this.sender = sender;
        this.content = content;
        this.config = config;
        this.clock = clock;
        this.dueDays = hiring.scorecardDueDays();
    }

    /** Tells each newly assigned interviewer (call after the loop is saved). */
    public void assigned(List<Long> assignmentIds) {
        for (Long id : assignmentIds) {
            QuarkusTransaction.requiringNew().run(() -> {
                InterviewAssignment a = InterviewAssignment.findById(id);
                Assignment view = view(a);
                sender.send(a.interviewer.email, "You interview " + view.candidate() + " (" + view.stage() + ")",
                        Templates.assigned$text(view).render(), Templates.assigned$html(view).render());
            });
        }
    }

    @Scheduled(every = "${gofit.mail.reminder-every:5m}", delayed = "1m", identity = "scorecard-reminders",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Sends the overdue-scorecard reminders due now; returns how many went out. */
    public int run() {
        if (!sender.enabled()) {
            return 0;
        }
        LocalDate lastOnTime = LocalDate.now(clock).minusDays(dueDays);
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> InterviewAssignment.<InterviewAssignment>list(
                        "scheduledOn < ?1", lastOnTime).stream()
                .filter(a -> Scorecard.findOwn(a.candidate, a.stageKey, a.interviewer.id).isEmpty())
                .filter(a -> !MailReminder.sent(OVERDUE, a.id)).map(a -> a.id).toList());
        return MailReminder.sendOnce(OVERDUE, due, clock.instant(), id -> {
            InterviewAssignment a = InterviewAssignment.findById(id);
            Assignment view = view(a);
            return sender.send(a.interviewer.email, "Scorecard overdue: " + view.candidate() + " (" + view.stage() + ")",
                    Templates.overdue$text(view).render(), Templates.overdue$html(view).render());
        });
    }

    private Assignment view(InterviewAssignment a) {
        String base = config.publicUrl().replaceAll("/+$", "");
        return new Assignment(a.interviewer.displayName, a.candidate.nameFor(false), a.candidate.checklist.roleTitle,
                CandidateService.stageLabel(content, a.stageKey), a.scheduledOn,
                base + "/hiring/candidates/" + a.candidate.id + "?stage=" + a.stageKey + "#scorecard");
    }
}
