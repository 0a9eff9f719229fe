package dev.gofit.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Creates, lists, revokes and checks personal API tokens (used by the account page and the API). */
@ApplicationScoped
public class ApiTokens {

    /** "Last used" is written at most this often per token, so a busy script does not write on every call. */
    static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    private final Clock clock;

    public ApiTokens() {
        this(Clock.systemUTC());
    }

    ApiTokens(Clock clock) {
        this.clock = clock;
    }

    /** A created token: {@code token} is the secret, shown only in this answer. */
    public record Created(long id, String name, String token, Instant expiresAt) {
    }

    public record Listed(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt, boolean expired) {
    }

    @Transactional
    public Created create(long userId, String name, Integer expiresInDays) {
        String secret = ApiToken.newSecret();
        ApiToken t = new ApiToken();
        t.userId = userId;
        t.name = name.strip();
        t.tokenHash = ApiToken.hash(secret);
        t.createdAt = clock.instant();
        t.expiresAt = expiresInDays == null ? null : t.createdAt.plus(Duration.ofDays(expiresInDays));
        t.persist();
        return new Created(t.id, t.name, secret, t.expiresAt);
    }

    @Transactional
    public List<Listed> list(long userId) {
        Instant now = clock.instant();
        return ApiToken.listFor(userId).stream()
                .map(t -> new Listed(t.id, t.name, t.createdAt, t.expiresAt, t.lastUsedAt, t.expired(now))).toList();
    }

    /** Revokes one of the user's own tokens; false when it is not theirs (or already gone). */
    @Transactional
    public boolean revoke(long id, long userId) {
        return ApiToken.findOwned(id, userId).map(t -> {
            t.delete();
            return true;
        }).orElse(false);
    }

    /** The owner's e-mail for a valid, unexpired token (and notes its use); empty otherwise. */
    @Transactional
    public Optional<String> ownerOf(String token) {
        if (token == null || !token.startsWith(ApiToken.PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return ApiToken.findByToken(token).filter(t -> !t.expired(now)).flatMap(t -> {
            if (t.lastUsedAt == null || t.lastUsedAt.plus(LAST_USED_GRANULARITY).isBefore(now)) {
                t.lastUsedAt = now;
            }
            return User.<User>findByIdOptional(t.userId).map(u -> u.email);
        });
    }
}
