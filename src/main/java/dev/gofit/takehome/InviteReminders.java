package dev.gofit.takehome;

import dev.gofit.system.MailReminder;
import dev.gofit.system.MailSender;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Reminds each candidate once, 48 hours before their invite's deadline, when no final submission has come in
 * and the invite is still open. Runs on a schedule; what was sent is kept in the database.
 */
@ApplicationScoped
public class InviteReminders {

    static final String KIND = "invite-deadline";
    static final Duration BEFORE = Duration.ofHours(48);

    private final InviteMail mail;
    private final MailSender sender;
    private final Clock clock;

    public InviteReminders(InviteMail mail, MailSender sender, Clock clock) {
        this.mail = mail;
        this.sender = sender;
        this.clock = clock;
    }

    @Scheduled(every = "${gofit.mail.reminder-every:5m}", delayed = "1m", identity = "invite-reminders",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Sends the reminders due now; returns how many went out. */
    public int run() {
        if (!sender.enabled()) {
            return 0;
        }
        Instant now = clock.instant();
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> Invite.<Invite>list(
                        "revokedAt is null and expiresAt > ?1 and expiresAt <= ?2", now, now.plus(BEFORE)).stream()
                .filter(i -> Review.count("finalInviteId", i.id) == 0)
                .filter(i -> !MailReminder.sent(KIND, i.id)).map(i -> i.id).toList());
        return MailReminder.sendOnce(KIND, due, now, id -> mail.reminder(Invite.findById(id)));
    }
}
