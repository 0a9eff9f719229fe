package dev.gofit.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Checks an e-mail and password (login form and HTTP Basic) against the staff accounts,
 * refusing disabled accounts and callers that the {@link LoginThrottle} has locked out.
 */
@ApplicationScoped
public class StaffIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    public static final String USER_ID = "gofit.user-id";
    public static final String DISPLAY_NAME = "gofit.display-name";
    /** Metric: passwords actually checked (bcrypt runs), which the throttle bounds. */
    public static final String PASSWORD_CHECKS = "gofit.login.password.checks";

    private static final Logger LOG = Logger.getLogger(StaffIdentityProvider.class);

    @Inject
    LoginThrottle throttle;

    @Inject
    PasswordVerifier passwords;

    @Inject
    SessionStamp stamps;

    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String ip = routing != null ? routing.request().remoteAddress().hostAddress() : "unknown";
        String email = User.normalizeEmail(request.getUsername());
        String password = new String(request.getPassword().getPassword());
        return context.runBlocking(() -> {
            StaffAccount account = verify(email, password, ip);
            if (routing != null && LoginOriginGuard.LOGIN_POST.equals(routing.normalizedPath())) {
                // A new form session: bind it to this password (see SessionStamp).
                routing.put(SessionStamp.ISSUED, stamps.of(account.email(), account.passwordHash(), account.sessionGeneration()));
            }
            return account.toIdentity();
        });
    }

    private StaffAccount verify(String email, String password, String ip) {
        // Counted before the password is checked (atomically, in the database every replica shares),
        // so parallel guesses cannot all reach the check before the first failure is recorded.
        if (!throttle.tryAttempt(email, ip)) {
            LOG.infof("Login refused for a locked-out account or address (%s)", ip);
            throw new AuthenticationFailedException("too many attempts");
        }
        StaffAccount account = QuarkusTransaction.requiringNew().call(() -> StaffAccount.load(email));
        // Verify against a dummy hash when the account is unknown, so timing does not reveal it.
        metrics.counter(PASSWORD_CHECKS).increment();
        boolean matches = passwords.matches(password, account != null ? account.passwordHash() : null);
        if (account == null || !matches || !account.enabled()) {
            throw new AuthenticationFailedException("invalid credentials");
        }
        throttle.recordSuccess(email, ip);
        return account;
    }

    /** The fields of a {@link User} that an identity needs, read in one short transaction. */
    record StaffAccount(long id, String email, String displayName, String passwordHash, boolean enabled,
                        java.util.Set<Role> roles, int sessionGeneration) {

        static StaffAccount load(String email) {
            return User.findByEmail(email)
                    .map(u -> new StaffAccount(u.id, u.email, u.displayName, u.passwordHash, u.enabled,
                            java.util.Set.copyOf(u.roles), u.sessionGeneration))
                    .orElse(null);
        }

        SecurityIdentity toIdentity() {
            QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(email))
                    .addAttribute(USER_ID, id)
                    .addAttribute(DISPLAY_NAME, displayName);
            roles.forEach(r -> builder.addRole(r.name()));
            return builder.build();
        }
    }
}
