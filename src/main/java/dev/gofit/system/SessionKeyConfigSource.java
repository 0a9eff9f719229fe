package dev.gofit.system;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * Supplies the session-cookie key: {@code GOFIT_SESSION_KEY} when set, else a random key made
 * once per process. Quarkus would otherwise make its own temporary key and write it to the log,
 * where anyone reading the log could forge sessions. Ordinal below application.properties, so
 * a profile value there (tests) still wins.
 */
public class SessionKeyConfigSource implements ConfigSource {

    static final String SESSION_KEY = "quarkus.http.auth.session.encryption-key";
    static final String ENV = "GOFIT_SESSION_KEY";

    private static final boolean GENERATED = blank(System.getenv(ENV)) && blank(System.getProperty("gofit.session-key"));
    private static final String KEY = GENERATED ? random() : firstSet(System.getProperty("gofit.session-key"), System.getenv(ENV));

    /** True when no key was configured, so sessions end at restart and are not shared. */
    public static boolean generated() {
        return GENERATED;
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(SESSION_KEY);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(SESSION_KEY, KEY);
    }

    @Override
    public String getValue(String propertyName) {
        return SESSION_KEY.equals(propertyName) ? KEY : null;
    }

    @Override
    public String getName() {
        return "gofit-session-key";
    }

    @Override
    public int getOrdinal() {
        return 200;
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String firstSet(String a, String b) {
        return blank(a) ? b : a;
    }
}
