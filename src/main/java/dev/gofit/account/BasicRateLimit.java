package dev.gofit.account;

import dev.gofit.system.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Every HTTP Basic call checks a bcrypt hash (tens of milliseconds of CPU), so Basic is rate-limited
 * per account: a token bucket of {@code gofit.api.basic-burst} calls refilled at
 * {@code gofit.api.basic-per-second}, kept in memory <b>per replica</b>. Over it, a 429 problem with
 * {@code Retry-After}, answered before any password is checked. Personal API tokens (a SHA-256
 * lookup) are not limited here: they are what scripts should use.
 */
@ApplicationScoped
public class BasicRateLimit {

    private static final int MAX_ACCOUNTS = 10_000;

    private final double perSecond;
    private final double burst;
    private final LongSupplier nanos;
    private final Map<String, double[]> buckets = new ConcurrentHashMap<>();

    @jakarta.inject.Inject
    public BasicRateLimit(ApiConfig config) {
        this(config.basicPerSecond(), config.basicBurst(), System::nanoTime);
    }

    BasicRateLimit(double perSecond, int burst, LongSupplier nanos) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanos = nanos;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 4).handler(this::check);
    }

    private void check(RoutingContext context) {
        String account = basicUser(context.request().getHeader(HttpHeaders.AUTHORIZATION));
        if (account == null) {
            context.next();
            return;
        }
        long wait = acquire(account);
        if (wait == 0) {
            context.next();
            return;
        }
        context.response().setStatusCode(429).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader("Retry-After", Long.toString(wait))
                .end("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":"
                        + "\"Too many HTTP Basic calls for this account; wait " + wait
                        + " s, or use a personal API token (Authorization: Bearer), which is not limited this way.\"}");
    }

    /** 0 when the call may go on, else the seconds to wait. */
    long acquire(String account) {
        if (buckets.size() > MAX_ACCOUNTS) {
            buckets.clear();
        }
        double[] result = new double[1];
        long now = nanos.getAsLong();
        buckets.compute(account, (k, b) -> {
            // b[0] = tokens, b[1] = time of the last refill (nanos)
            double[] bucket = b == null ? new double[]{burst, now} : b;
            bucket[0] = Math.min(burst, bucket[0] + (now - bucket[1]) / 1e9 * perSecond);
            bucket[1] = now;
            if (bucket[0] >= 1) {
                bucket[0] -= 1;
                result[0] = 0;
            } else {
                result[0] = Math.max(1, Math.ceil((1 - bucket[0]) / perSecond));
            }
            return bucket;
        });
        return (long) result[0];
    }

    static String basicUser(String header) {
        if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : User.normalizeEmail(decoded.substring(0, colon)).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
