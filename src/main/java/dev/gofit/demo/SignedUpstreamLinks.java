package dev.gofit.demo;

import dev.gofit.system.GoFitConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/**
 * The {@link UpstreamLinks} of this app: URLs under {@code /demo/upstream/{users|embeddings}/t/{token}}
 * whose token is signed with {@code gofit.demo.token-key} and expires after {@code gofit.demo.token-ttl}.
 */
@ApplicationScoped
public class SignedUpstreamLinks implements UpstreamLinks {

    private static final Logger LOG = Logger.getLogger(SignedUpstreamLinks.class);

    private final UpstreamToken tokens;
    private final String publicUrl;
    private final long ttlSeconds;
    private final Clock clock;

    @Inject
    public SignedUpstreamLinks(DemoConfig demo, GoFitConfig gofit) {
        this(keyOf(demo.tokenKey()), gofit.publicUrl(), demo.tokenTtl().toSeconds(), Clock.systemUTC());
    }

    public SignedUpstreamLinks(byte[] key, String publicUrl, long ttlSeconds, Clock clock) {
        this.tokens = new UpstreamToken(key);
        this.publicUrl = trimSlash(publicUrl);
        this.ttlSeconds = ttlSeconds;
        this.clock = clock;
    }

    private static byte[] keyOf(Optional<String> configured) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            byte[] key = configured.get().getBytes(StandardCharsets.UTF_8);
            if (key.length < 32) {
                throw new IllegalStateException("gofit.demo.token-key must have at least 32 characters");
            }
            return key;
        }
        LOG.info("gofit.demo.token-key is not set: demo upstream links are signed with a random key made at "
                + "start; they stop working after a restart, and replicas must share one key (GOFIT_DEMO_TOKEN_KEY)");
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    @Override
    public String url(String baseUrl, String runId, Source source, UpstreamScenario scenario) {
        String base = baseUrl == null || baseUrl.isBlank() ? publicUrl : trimSlash(baseUrl);
        long expires = clock.instant().getEpochSecond() + ttlSeconds;
        String token = tokens.sign(new UpstreamToken.Claims(runId, source, scenario, expires));
        return base + "/demo/upstream/" + (source == Source.USER ? "users" : "embeddings") + "/t/" + token;
    }

    @Override
    public String nonce(String runId, Source source) {
        return tokens.nonce(runId, source);
    }

    @Override
    public boolean issued(String runId, Source source, String nonce) {
        return tokens.issued(runId, source, nonce);
    }

    /** The claims of a genuine, unexpired token; empty for a forged, damaged or expired one. */
    public Optional<UpstreamToken.Claims> claims(String token) {
        return tokens.verify(token, clock.instant().getEpochSecond());
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
