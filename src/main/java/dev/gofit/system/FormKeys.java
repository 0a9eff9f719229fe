package dev.gofit.system;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.net.URI;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * One-time form keys against duplicates from Back or a double click. A create form carries
 * {@code <input type="hidden" name="formKey" value="{inject:formKeys.issue}">}; its POST asks {@link #firstResult}
 * and, when the key was used, answers 303 to where the first post led; after creating, it calls {@link #remember}.
 * Kept in the database, so every replica knows the key.
 */
@Named("formKeys")
@ApplicationScoped
public class FormKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A fresh key for one rendering of a form. */
    public String issue() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Where the first post with this key led, if it was used. */
    public Optional<URI> firstResult(String key) {
        if (key == null || key.isBlank() || key.length() > 64) {
            return Optional.empty();
        }
        List<?> rows = QuarkusTransaction.joiningExisting().call(() -> Panache.getEntityManager()
                .createNativeQuery("select location from form_key where form_key = ?1").setParameter(1, key).getResultList());
        return rows.isEmpty() ? Optional.empty() : Optional.of(URI.create(rows.get(0).toString()));
    }

    /** Records where the post with this key led (a key used twice at the same moment keeps the first). */
    public void remember(String key, URI location) {
        if (key == null || key.isBlank() || key.length() > 64) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                    .createNativeQuery("insert into form_key (form_key, location, created_at) values (?1, ?2, ?3)")
                    .setParameter(1, key).setParameter(2, location.toString())
                    .setParameter(3, Timestamp.from(Instant.now())).executeUpdate());
        } catch (RuntimeException alreadyThere) {
            // The other post won; its result stands.
        }
    }
}
