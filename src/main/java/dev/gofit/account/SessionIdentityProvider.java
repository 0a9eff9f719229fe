package dev.gofit.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Rebuilds the identity behind a login-form session cookie on every request, so that a
 * disabled account or a changed role takes effect at once rather than when the cookie expires.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        String email = request.getPrincipal();
        return context.runBlocking(() -> {
            StaffIdentityProvider.StaffAccount account =
                    QuarkusTransaction.requiringNew().call(() -> StaffIdentityProvider.StaffAccount.load(email));
            if (account == null || !account.enabled()) {
                throw new AuthenticationFailedException("account no longer active");
            }
            return account.toIdentity();
        });
    }
}
