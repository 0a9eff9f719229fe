package dev.gofit.takehome;

import dev.gofit.system.GoFitConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;

/** Creates and revokes invites; the token exists only in the returned link (its hash is stored). */
@ApplicationScoped
public class InviteService {

    /** A new invite and its one-time link. */
    public record Created(Invite invite, String url) {
    }

    private final GoFitConfig gofit;
    private final ReviewConfig config;

    public InviteService(GoFitConfig gofit, ReviewConfig config) {
        this.gofit = gofit;
        this.config = config;
    }

    public Created create(String name, String email, Long checklistId, long createdBy) {
        String token = Invite.newToken();
        Invite invite = QuarkusTransaction.requiringNew().call(() -> {
            Invite i = new Invite();
            i.tokenHash = Invite.hash(token);
            i.candidateName = name.strip();
            i.candidateEmail = email.strip().toLowerCase();
            i.checklistId = checklistId;
            i.createdBy = createdBy;
            i.expiresAt = Instant.now().plus(Duration.ofDays(config.inviteDays()));
            i.persist();
            return i;
        });
        return new Created(invite, link(token));
    }

    public String link(String token) {
        String base = gofit.publicUrl().endsWith("/") ? gofit.publicUrl().substring(0, gofit.publicUrl().length() - 1)
                : gofit.publicUrl();
        return base + "/t/" + token;
    }

    public void revoke(long inviteId) {
        QuarkusTransaction.requiringNew().run(() -> {
            Invite i = Invite.findById(inviteId);
            if (i.revokedAt == null) {
                i.revokedAt = Instant.now();
            }
        });
    }

    /** Validates the invite form; returns the field errors (empty when valid). */
    public static java.util.Map<String, String> validate(String name, String email, String checklist) {
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            errors.put("candidateName", "Give the candidate's name.");
        } else if (name.strip().length() > 120) {
            errors.put("candidateName", "The name is longer than 120 characters.");
        }
        if (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.strip().length() > 254) {
            errors.put("candidateEmail", "Give a valid e-mail address, e.g. ada@example.com.");
        }
        if (checklist != null && !checklist.isBlank() && !checklist.strip().matches("[1-9][0-9]{0,17}")) {
            errors.put("checklistId", "The checklist is a number (its id), or leave it empty.");
        }
        return errors;
    }
}
