package dev.gofit.account;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A personal API token sent as {@code Authorization: Bearer <token>}. */
public class TokenAuthenticationRequest extends BaseAuthenticationRequest {

    private final String token;

    public TokenAuthenticationRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
