package dev.gofit.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gofit.system.ErrorMappers;
import dev.gofit.system.RequestKind;
import dev.gofit.system.Problem;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.BasicAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.HashSet;
import java.util.Set;

/**
 * Personal API tokens ({@code Authorization: Bearer}, see {@link ApiTokens}) and HTTP Basic for {@code /api/**} (replacing Quarkus' built-in one, see
 * {@code quarkus.http.auth.basic=false}) whose 401 challenge carries an RFC 9457 problem
 * document, so that scripts get the same error format for "who are you?" as for everything else.
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

    private final BasicAuthenticationMechanism basic = new BasicAuthenticationMechanism("GoFit", false);
    private final String unauthorized;
    private final String forbidden;

    public ApiAuthenticationMechanism(ObjectMapper mapper) throws JsonProcessingException {
        this.unauthorized = mapper.writeValueAsString(ErrorMappers.UNAUTHORIZED);
        this.forbidden = mapper.writeValueAsString(ErrorMappers.FORBIDDEN);
    }

    /**
     * Failed credentials (and HTTP-layer denials) end as route failures rather than challenges:
     * answer those under /api with problem documents too.
     */
    void register(@Observes Router router) {
        router.route("/api/*").failureHandler(context -> {
            Throwable failure = context.failure();
            if (failure instanceof AuthenticationException || failure instanceof UnauthorizedException) {
                sendChallenge(context).subscribe().with(sent -> { }, context::fail);
            } else if (failure instanceof ForbiddenException && !context.response().ended()) {
                context.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(forbidden);
            } else {
                context.next();
            }
        });
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String token = bearer(context);
        if (token != null) {
            TokenAuthenticationRequest request = new TokenAuthenticationRequest(token);
            HttpSecurityUtils.setRoutingContextAttribute(request, context);
            return identityProviderManager.authenticate(request);
        }
        return basic.authenticate(context, identityProviderManager);
    }

    /** The personal API token of an {@code Authorization: Bearer} header, or null. */
    static String bearer(RoutingContext context) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).strip();
        return token.isEmpty() ? null : token;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return basic.getChallenge(context);
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        return getChallenge(context).map(challenge -> {
            var response = context.response();
            if (!response.ended() && isLoggedOutBrowserOnAPage(context)) {
                // An export link opened by a logged-out person (the export paths take Basic or the
                // session): the login page, not the browser's bare password dialog.
                response.setStatusCode(302).putHeader(HttpHeaders.LOCATION, "/login").end();
            } else if (!response.ended()) {
                response.setStatusCode(challenge.status);
                response.headers().set("WWW-Authenticate", ErrorMappers.BASIC_CHALLENGE);
                response.headers().set(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
                response.end(unauthorized);
            }
            return true;
        });
    }

    private static boolean isLoggedOutBrowserOnAPage(RoutingContext context) {
        return !RequestKind.isApi(context.normalizedPath())
                && context.request().getHeader(HttpHeaders.AUTHORIZATION) == null
                && RequestKind.isBrowser(context.request().getHeader(HttpHeaders.ACCEPT));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        Set<Class<? extends AuthenticationRequest>> types = new HashSet<>(basic.getCredentialTypes());
        types.add(TokenAuthenticationRequest.class);
        return types;
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        // Always "basic": it is the name application.properties selects this mechanism by for /api
        // (quarkus.http.auth.permission.api.auth-mechanism), for Bearer tokens as much as for Basic.
        return basic.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return basic.getPriority();
    }
}
