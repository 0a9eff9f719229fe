package dev.gofit.account;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.NewCookie;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Binds a login session to the password it was opened with and to the account's session
 * generation, which logout moves on ({@link #endSessions}): a cookie copied before logout is then
 * refused by every replica, since they all read the generation from the database.
 * <p>
 * Binds a login session to the password it was opened with. Quarkus' session cookie holds only
 * the e-mail, so a second cookie carries an HMAC of the account's current password hash: when the
 * password changes (by its owner or an admin) the hash changes, older sessions no longer match and
 * {@link SessionIdentityProvider} ends them at their next request. The session that made the change
 * gets a fresh stamp and stays logged in.
 */
@ApplicationScoped
public class SessionStamp {

    static final String COOKIE = "gofit-session-stamp";
    /** Where the identity provider leaves the stamp of a successful form login for {@link #issueOnLogin}. */
    static final String ISSUED = "gofit.session-stamp";

    private final SecretKeySpec key;

    public SessionStamp(@ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> sessionKey) {
        // The session key, when set, is shared by every replica and survives restarts; without it
        // Quarkus invents one per start too, so a random key loses nothing more.
        byte[] secret = sessionKey.filter(k -> !k.isBlank())
                .map(k -> ("gofit-session-stamp:" + k).getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> {
                    byte[] random = new byte[32];
                    new SecureRandom().nextBytes(random);
                    return random;
                });
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The stamp of a session opened with this password hash in this session generation. */
    String of(String email, String passwordHash, int generation) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((email + "\n" + passwordHash + "\n" + generation).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    /** True when the request's stamp cookie belongs to the account's current password. */
    boolean matches(RoutingContext context, String email, String passwordHash, int generation) {
        Cookie cookie = context == null ? null : context.request().getCookie(COOKIE);
        return cookie != null && MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.US_ASCII),
                of(email, passwordHash, generation).getBytes(StandardCharsets.US_ASCII));
    }

    /** The stamp cookie for a JAX-RS response (the session that just changed its own password). */
    NewCookie cookie(String email, String passwordHash, int generation, boolean secure) {
        return new NewCookie.Builder(COOKIE).value(of(email, passwordHash, generation)).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    /**
     * Logout: moves the account's session generation on, so every session stamp issued before
     * (this cookie and any copy of it, on any replica) no longer matches.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void endSessions(String email) {
        User.update("sessionGeneration = sessionGeneration + 1 where email = ?1", User.normalizeEmail(email));
    }

    /** Expires the stamp cookie (logout). */
    static NewCookie expired() {
        return new NewCookie.Builder(COOKIE).value("").path("/").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    /**
     * The form login ({@code /j_security_check}) is answered by Quarkus: add the stamp that
     * {@link StaffIdentityProvider} left on the context to that answer when it was a success.
     */
    void register(@Observes Router router) {
        router.post(LoginOriginGuard.LOGIN_POST).order(Integer.MIN_VALUE + 3).handler(this::issueOnLogin);
    }

    private void issueOnLogin(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> {
            String stamp = context.get(ISSUED);
            if (stamp != null) {
                context.response().addCookie(Cookie.cookie(COOKIE, stamp).setPath("/").setHttpOnly(true)
                        .setSecure(context.request().isSSL()).setSameSite(CookieSameSite.STRICT));
            }
        });
        context.next();
    }
}
