package dev.gofit.account;

import dev.gofit.system.GoFitConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;

/** Creates the first admin on an empty database and says in the log how to log in. */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    void onStart(@Observes StartupEvent event, GoFitConfig config) {
        String email = User.normalizeEmail(config.admin().email());
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (User.count() > 0) {
                    return;
                }
                String password = config.admin().password().orElseGet(AdminBootstrap::randomPassword);
                User.create(email, "Administrator", password, EnumSet.of(Role.ADMIN));
                User.flush();
                if (config.admin().password().isEmpty()) {
                    // Logged once: the hash is all that is stored.
                    LOG.infof("Created admin %s with the generated password: %s (shown once; change it at /account/password after logging in)",
                            email, password);
                } else {
                    LOG.infof("Created admin %s with the password from gofit.admin.password", email);
                }
            });
        } catch (RuntimeException e) {
            // Another replica may have created it at the same moment (PostgreSQL, several instances).
            if (QuarkusTransaction.requiringNew().call(() -> User.count()) == 0) { // not User::count: Panache enhances only calls on User
                throw e;
            }
            LOG.infof("The first admin was created by another instance");
        }
        LOG.infof("Log in at %s/login as a staff user (first admin: %s); the API takes HTTP Basic, see %s/q/swagger-ui",
                config.publicUrl(), email, config.publicUrl());
    }

    static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
