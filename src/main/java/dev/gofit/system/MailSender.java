package dev.gofit.system;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.jboss.logging.Logger;

/**
 * Sends e-mail through Quarkus Mailer when SMTP is configured, and says what happened. E-mail is on only when
 * {@code quarkus.mailer.host} is set (application.properties, QUARKUS_MAILER_HOST, -D...), not from the
 * extension's built-in "localhost" default: without a server GoFit shows links to copy instead.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    /** What became of one message: SENT, FAILED (with the reason) or OFF (no SMTP configured). */
    public record Outcome(Status status, String detail) {
        public boolean sent() {
            return status == Status.SENT;
        }
    }

    public enum Status { SENT, FAILED, OFF }

    private final Mailer mailer;
    private final boolean enabled;
    private final MailConfig mailConfig;

    public MailSender(Mailer mailer, Config config, MailConfig mailConfig) {
        this.mailer = mailer;
        this.mailConfig = mailConfig;
        ConfigValue host = config.getConfigValue("quarkus.mailer.host");
        // Built-in defaults sit in sources of the lowest ordinals; anything a person set ranks 100 or more.
        this.enabled = host.getValue() != null && !host.getValue().isBlank() && host.getSourceOrdinal() >= 100;
    }

    /** How often reminder jobs run ({@code gofit.mail.reminder-every}). */
    public String reminderEvery() {
        return mailConfig.reminderEvery();
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * Sends a message with a plain-text and an HTML part; never throws. A transient failure (no answer within
     * {@code quarkus.mailer.timeout}, or a 4xx reply such as "421 service shutting down") is tried once more on a
     * fresh connection, as RFC 5321 asks of a client; a permanent one (5xx, a bad address) is not.
     */
    public Outcome send(String to, String subject, String text, String html) {
        if (!enabled) {
            return new Outcome(Status.OFF, "E-mail is off: no SMTP server is configured (quarkus.mailer.host).");
        }
        Outcome first = attempt(to, subject, text, html);
        if (first.sent() || !isTransient(first.detail())) {
            return first;
        }
        LOG.infof("E-mail \"%s\": trying once more after a transient failure (%s)", subject, first.detail());
        return attempt(to, subject, text, html);
    }

    private Outcome attempt(String to, String subject, String text, String html) {
        try {
            mailer.send(Mail.withText(to, subject, text).setHtml(html));
            return new Outcome(Status.SENT, null);
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            Throwable cause = e.getCause();
            while (cause != null) {
                if (cause.getMessage() != null) {
                    reason = cause.getMessage();
                }
                cause = cause.getCause();
            }
            LOG.warnf("E-mail \"%s\" could not be sent: %s", subject, reason);
            return new Outcome(Status.FAILED, reason.length() > 480 ? reason.substring(0, 480) : reason);
        }
    }

    /** A timeout, a dropped connection or an SMTP 4xx reply: worth one more try. */
    static boolean isTransient(String reason) {
        if (reason == null) {
            return false;
        }
        String r = reason.toLowerCase(java.util.Locale.ROOT);
        return r.contains("timeout") || r.contains("timed out") || r.contains("closed")
                || r.matches("(?s).*\\b4\\d\\d\\b.*") && !r.matches("(?s).*\\b5\\d\\d\\b.*");
    }
}
