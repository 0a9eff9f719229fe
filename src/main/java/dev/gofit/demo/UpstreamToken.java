package dev.gofit.demo;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A self-describing, HMAC-SHA256-signed upstream token: run id, source, scenario and expiry travel
 * in the URL, so any instance holding the same key can serve it without shared state.
 * Format: {@code base64url(payload) "." base64url(mac[0..16])}, payload
 * {@code v1|source|delayMs|failStatus|flags|expiresEpochSecond|runId}.
 */
public final class UpstreamToken {

    /** Largest delay a token may carry (the plain benchmark form has its own, smaller cap). */
    public static final int MAX_DELAY_MS = 60_000;
    /** Longest run id a token may carry. */
    public static final int MAX_RUN_ID = 200;

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private static final int MAC_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a valid token says. */
    public record Claims(String runId, Source source, UpstreamScenario scenario, long expiresEpochSecond) {
    }

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    public UpstreamToken(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("token key must have at least 16 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Signs the claims; rejects a scenario no upstream could serve. */
    public String sign(Claims claims) {
        UpstreamScenario s = claims.scenario();
        if (claims.runId() == null || claims.runId().isEmpty() || claims.runId().length() > MAX_RUN_ID) {
            throw new IllegalArgumentException("runId must have 1-" + MAX_RUN_ID + " characters");
        }
        if (s.delayMs() < 0 || s.delayMs() > MAX_DELAY_MS) {
            throw new IllegalArgumentException("delayMs must be 0-" + MAX_DELAY_MS);
        }
        if (s.failStatus() != 0 && (s.failStatus() < 100 || s.failStatus() > 599)) {
            throw new IllegalArgumentException("failStatus must be 0 or an HTTP status");
        }
        int flags = (s.notJson() ? 1 : 0) | (s.hang() ? 2 : 0) | (s.drop() ? 4 : 0) | (s.afterHeaders() ? 8 : 0);
        String payload = "v1|" + (claims.source() == Source.USER ? "u" : "e") + "|" + s.delayMs() + "|"
                + s.failStatus() + "|" + flags + "|" + claims.expiresEpochSecond() + "|" + claims.runId();
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return B64.encodeToString(bytes) + "." + B64.encodeToString(mac(bytes));
    }

    /** The claims of a genuine token that has not expired at {@code nowEpochSecond}; empty otherwise. */
    public Optional<Claims> verify(String token, long nowEpochSecond) {
        if (token == null || token.length() > 1024) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        byte[] payload;
        byte[] given;
        try {
            payload = B64D.decode(token.substring(0, dot));
            given = B64D.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(mac(payload), given)) {
            return Optional.empty();
        }
        String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", 7);
        if (parts.length != 7 || !"v1".equals(parts[0])) {
            return Optional.empty();
        }
        try {
            Source source = switch (parts[1]) {
                case "u" -> Source.USER;
                case "e" -> Source.EMBEDDINGS;
                default -> null;
            };
            int flags = Integer.parseInt(parts[4]);
            long expires = Long.parseLong(parts[5]);
            if (source == null || expires < nowEpochSecond) {
                return Optional.empty();
            }
            UpstreamScenario scenario = new UpstreamScenario(Integer.parseInt(parts[2]), Integer.parseInt(parts[3]),
                    (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, (flags & 8) != 0);
            return Optional.of(new Claims(parts[6], source, scenario, expires));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * A fresh nonce for one call of {@code runId} to {@code source}: 64 random bits and 64 bits of MAC
     * over them, the run id and the source, as 32 hex digits. Only this key can make one, so an answer
     * carrying it proves the body came from GoFit's upstream for that request, whatever the recorder kept.
     */
    public String nonce(String runId, Source source) {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        String head = HexFormat.of().formatHex(random);
        return head + HexFormat.of().formatHex(nonceMac(runId, source, head));
    }

    /** Whether {@code nonce} was made by {@link #nonce} with this key for this run and source. */
    public boolean issued(String runId, Source source, String nonce) {
        if (nonce == null || nonce.length() != 32 || runId == null) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(nonce.substring(16));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(nonceMac(runId, source, nonce.substring(0, 16)), given);
    }

    private byte[] nonceMac(String runId, Source source, String head) {
        byte[] full = macs.get().doFinal(("n|" + source.key() + "|" + runId + "|" + head).getBytes(StandardCharsets.UTF_8));
        byte[] cut = new byte[8];
        System.arraycopy(full, 0, cut, 0, 8);
        return cut;
    }

    private byte[] mac(byte[] payload) {
        byte[] full = macs.get().doFinal(payload);
        byte[] cut = new byte[MAC_BYTES];
        System.arraycopy(full, 0, cut, 0, MAC_BYTES);
        return cut;
    }
}
