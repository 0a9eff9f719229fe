package dev.gofit.system;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A reminder that went out (or was attempted), one row per kind and subject, so each reminder is sent once,
 * across restarts and replicas: {@link #claim} inserts the row before sending, and the unique key refuses a second.
 */
@Entity
@Table(name = "mail_reminder")
public class MailReminder extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 40)
    public String kind;

    @Column(name = "ref_id", nullable = false)
    public long refId;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    @Column(nullable = false, length = 10)
    public String status;

    public static boolean sent(String kind, long refId) {
        return count("kind = ?1 and refId = ?2", kind, refId) > 0;
    }

    /** Records the reminder (call inside a transaction, before sending); false when it exists already. */
    public static boolean claim(String kind, long refId, Instant now) {
        if (sent(kind, refId)) {
            return false;
        }
        MailReminder r = new MailReminder();
        r.kind = kind;
        r.refId = refId;
        r.sentAt = now;
        r.status = "CLAIMED";
        r.persist();
        return true;
    }

    /**
     * Sends each due reminder once: claims it in its own transaction, sends it ({@code send} runs in a transaction
     * too), records the outcome. Returns how many were sent.
     */
    public static int sendOnce(String kind, java.util.List<Long> due, Instant now,
                               java.util.function.LongFunction<MailSender.Outcome> send) {
        int sent = 0;
        for (Long id : due) {
            if (QuarkusTransaction.requiringNew().call(() -> claim(kind, id, now))) {
                MailSender.Outcome outcome = QuarkusTransaction.requiringNew().call(() -> send.apply(id));
                QuarkusTransaction.requiringNew().run(() -> outcome(kind, id, outcome.status().name()));
                sent += outcome.sent() ? 1 : 0;
            }
        }
        return sent;
    }

    public static void outcome(String kind, long refId, String status) {
        update("status = ?1 where kind = ?2 and refId = ?3", status, kind, refId);
    }
}
