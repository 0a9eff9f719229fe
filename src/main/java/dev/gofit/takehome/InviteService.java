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

    /** Creates the invite of a valid request. */
    public Created create(InviteRequest request, long createdBy) {
        String name = request.candidateName();
        String email = request.candidateEmail();
        Long checklistId = request.checklistId();
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
}
