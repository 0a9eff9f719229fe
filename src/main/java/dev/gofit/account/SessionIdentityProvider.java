package dev.gofit.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Rebuilds the identity behind a login-form session cookie on every request, so that a
 * disabled account, a changed role or a changed password (see {@link SessionStamp}) takes effect
 * at once rather than when the cookie expires.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    SessionStamp stamps;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        String email = request.getPrincipal();
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        return context.runBlocking(() -> {
            StaffIdentityProvider.StaffAccount account =
                    QuarkusTransaction.requiringNew().call(() -> StaffIdentityProvider.StaffAccount.load(email));
            if (account == null || !account.enabled()) {
                throw new AuthenticationFailedException("account no longer active");
            }
            if (!stamps.matches(routing, account.email(), account.passwordHash(), account.sessionGeneration())) {
                throw new AuthenticationFailedException("session opened before a password change or a logout");
            }
            return account.toIdentity();
        });
    }
}
