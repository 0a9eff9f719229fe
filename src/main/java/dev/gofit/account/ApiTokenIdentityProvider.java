package dev.gofit.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The identity behind a personal API token: its owner, with the roles they have now, as long as
 * the token exists (not revoked), has not expired and the account is enabled. A SHA-256 lookup:
 * no bcrypt on this path.
 */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    @Inject
    ApiTokens tokens;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            StaffIdentityProvider.StaffAccount account = tokens.ownerOf(request.token())
                    .map(email -> QuarkusTransaction.requiringNew().call(() -> StaffIdentityProvider.StaffAccount.load(email)))
                    .orElse(null);
            if (account == null || !account.enabled()) {
                throw new AuthenticationFailedException("unknown, revoked or expired API token");
            }
            return account.toIdentity();
        });
    }
}
