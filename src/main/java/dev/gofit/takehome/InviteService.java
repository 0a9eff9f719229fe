package dev.gofit.takehome;

import dev.gofit.hiring.Checklist;
import dev.gofit.hiring.Viewer;
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

    /**
     * Validates an invite for {@code viewer}: the field errors of {@link #validateShape} plus a {@code checklistId}
     * error when the id names no checklist the viewer may see. The review evidence is filed under that
     * checklist, so an unchecked id would let one manager write into another's candidate summary.
     */
    public java.util.Map<String, String> validate(String name, String email, String checklist, Viewer viewer) {
        java.util.Map<String, String> errors = validateShape(name, email, checklist);
        if (!errors.containsKey("checklistId") && checklist != null && !checklist.isBlank()) {
            long id = Long.parseLong(checklist.strip());
            boolean visible = QuarkusTransaction.requiringNew().call(() -> Checklist.findVisible(id, viewer).isPresent());
            if (!visible) {
                errors.put("checklistId", "There is no checklist " + id + " that you own or that is shared with you.");
            }
        }
        return errors;
    }

    /** Validates the invite form's shape; returns the field errors (empty when valid). */
    private static java.util.Map<String, String> validateShape(String name, String email, String checklist) {
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
