package dev.gofit.takehome;

import org.hibernate.annotations.CreationTimestamp;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * An invitation for a candidate to take the take-home. The 256-bit token is shown once and
 * stored only as its SHA-256; the invite expires and can be revoked.
 */
@Entity
@Table(name = "takehome_invite")
public class Invite extends PanacheEntityBase {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    public String tokenHash;

    @Column(name = "candidate_name", nullable = false, length = 120)
    public String candidateName;

    @Column(name = "candidate_email", nullable = false, length = 254)
    public String candidateEmail;

    @Column(name = "checklist_id")
    public Long checklistId;

    @Column(name = "created_by", nullable = false)
    public Long createdBy;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** When it was archived (soft-deleted, can be restored); null while in use. */
    @Column(name = "archived_at")
    public Instant archivedAt;

    /** What became of the invite e-mail: SENT, FAILED or OFF (null before any attempt). */
    @Column(name = "email_status", length = 10)
    public String emailStatus;

    /** Why the e-mail failed (or why it is off). */
    @Column(name = "email_detail", length = 500)
    public String emailDetail;

    /** A fresh 256-bit token, URL-safe (43 characters). */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The invite whose token this is, when it is still usable (not revoked, not expired). */
    public static Optional<Invite> findUsable(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        Optional<Invite> invite = find("tokenHash", hash(token)).firstResultOptional();
        return invite.filter(Invite::usable);
    }

    /** The expiry for people: "2026-12-11 13:33 UTC". */
    public String expiresText() {
        return Review.utc(expiresAt);
    }

    public boolean usable() {
        return revokedAt == null && archivedAt == null && Instant.now().isBefore(expiresAt);
    }

    /** "active", "archived", "revoked" or "expired". */
    public String state() {
        return archivedAt != null ? "archived" : revokedAt != null ? "revoked"
                : Instant.now().isBefore(expiresAt) ? "active" : "expired";
    }

    /** As {@link #findVisibleAny}, without archived invites. */
    public static Optional<Invite> findVisible(long id, Long userId, boolean admin) {
        return findVisibleAny(id, userId, admin).filter(i -> i.archivedAt == null);
    }

    public static Optional<Invite> findVisibleAny(long id, Long userId, boolean admin) {
        Invite i = findById(id);
        return i != null && (admin || i.createdBy.equals(userId)) ? Optional.of(i) : Optional.empty();
    }

    public static List<Invite> listVisible(Long userId, boolean admin) {
        return admin ? list("archivedAt is null order by id desc")
                : list("createdBy = ?1 and archivedAt is null order by id desc", userId);
    }

    public static List<Invite> findByCandidate(String email, long checklistId) {
        return list("lower(candidateEmail) = ?1 and checklistId = ?2", email.trim().toLowerCase(), checklistId);
    }
}
