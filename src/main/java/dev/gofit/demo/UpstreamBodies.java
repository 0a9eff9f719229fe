package dev.gofit.demo;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * The bodies the demo upstreams serve, in the shapes of the Go stub: deterministic content per id
 * or query plus a fresh random {@code nonce}, so an answer cannot be hard-coded or mixed up.
 */
public final class UpstreamBodies {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(SecureRandom::new);
    private static final String[] HISTORY = {"login", "reset-password", "view-billing", "update-email",
            "contact-support", "download-invoice", "enable-2fa", "logout"};

    private UpstreamBodies() {
    }

    /** 128 random bits as 32 hex digits. */
    public static String nonce() {
        byte[] b = new byte[16];
        RANDOM.get().nextBytes(b);
        char[] out = new char[32];
        for (int i = 0; i < 16; i++) {
            out[2 * i] = HEX[(b[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[b[i] & 0xf];
        }
        return new String(out);
    }

    /** {@code {"userId":id,"name":"User id","history":[...],"nonce":nonce}} */
    public static String user(String id, String nonce) {
        long h = fnv(id);
        int n = 2 + (int) Long.remainderUnsigned(h, 4);
        StringBuilder sb = new StringBuilder(160);
        sb.append("{\"userId\":\"").append(quote(id)).append("\",\"name\":\"User ").append(quote(id))
                .append("\",\"history\":[");
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append('"').append(HISTORY[(int) Long.remainderUnsigned(h >>> (5 * i), HISTORY.length)]).append('"');
        }
        return sb.append("],\"nonce\":\"").append(nonce).append("\"}").toString();
    }

    /** {@code {"query":q,"vector":[8 numbers],"nonce":nonce}} */
    public static String embeddings(String query, String nonce) {
        long h = fnv(query);
        StringBuilder sb = new StringBuilder(200);
        sb.append("{\"query\":\"").append(quote(query)).append("\",\"vector\":[");
        for (int i = 0; i < 8; i++) {
            h = h * 6364136223846793005L + 1442695040888963407L;
            long v = (h >>> 11) % 2_000_000L - 1_000_000L;
            if (i > 0) {
                sb.append(',');
            }
            sb.append(v / 1e6);
        }
        return sb.append("],\"nonce\":\"").append(nonce).append("\"}").toString();
    }

    /** {@code {"error":"...","nonce":nonce}} for an injected failure status. */
    public static String error(String message, String nonce) {
        return "{\"error\":\"" + quote(message) + "\",\"nonce\":\"" + nonce + "\"}";
    }

    /** A 200 body that is deliberately not JSON (still unique per call). */
    public static String notJson(String nonce) {
        return "<html><body>definitely not JSON " + nonce + "</body></html>\n";
    }

    private static String quote(String s) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(s));
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
