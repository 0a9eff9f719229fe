package dev.gofit.system;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** E-mail settings of GoFit itself ({@code gofit.mail.*}); SMTP is configured with {@code quarkus.mailer.*}. */
@ConfigMapping(prefix = "gofit.mail")
public interface MailConfig {

    /** How often the reminder jobs look for due reminders ("off" disables them), e.g. 5m. */
    @WithDefault("5m")
    String reminderEvery();
}
