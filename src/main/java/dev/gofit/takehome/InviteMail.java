package dev.gofit.takehome;

import dev.gofit.account.User;
import dev.gofit.system.MailSender;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

/** The candidate's e-mails: the invite (link, deadline, who to ask) and the reminder 48 hours before the deadline. */
@ApplicationScoped
public class InviteMail {

    /** One line about the exercise, from the brief's opening. */
    static final String SUMMARY = "Build a small HTTP endpoint, in any language you like, that fetches two sources "
            + "concurrently and combines them; GoFit calls it for real and shows you a report with evidence for each check.";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance invite$text(Invite invite, String link, String summary, String manager, String managerEmail);

        static native TemplateInstance invite$html(Invite invite, String link, String summary, String manager, String managerEmail);

        static native TemplateInstance reminder$text(Invite invite, String manager, String managerEmail);

        static native TemplateInstance reminder$html(Invite invite, String manager, String managerEmail);
    }

    private final MailSender sender;

    public InviteMail(MailSender sender) {
        this.sender = sender;
    }

    public MailSender.Outcome invite(Invite invite, String link) {
        User manager = User.findById(invite.createdBy);
        String name = manager == null ? "The hiring team" : manager.displayName;
        String email = manager == null ? "" : manager.email;
        return sender.send(invite.candidateEmail, "Your GoFit take-home: build a concurrent fetch endpoint",
                Templates.invite$text(invite, link, SUMMARY, name, email).render(),
                Templates.invite$html(invite, link, SUMMARY, name, email).render());
    }

    /** The reminder carries no link: the token is not stored, the candidate has it in the first e-mail. */
    public MailSender.Outcome reminder(Invite invite) {
        User manager = User.findById(invite.createdBy);
        String name = manager == null ? "The hiring team" : manager.displayName;
        String email = manager == null ? "" : manager.email;
        return sender.send(invite.candidateEmail, "Reminder: your GoFit take-home closes on " + invite.expiresText(),
                Templates.reminder$text(invite, name, email).render(), Templates.reminder$html(invite, name, email).render());
    }
}
