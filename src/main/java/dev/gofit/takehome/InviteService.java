package dev.gofit.takehome;

import dev.gofit.system.GoFitConfig;
import dev.gofit.system.MailSender;
import dev.gofit.system.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Creates and revokes invites; the token exists only in the returned link (its hash is stored). */
@ApplicationScoped
public class InviteService {

    /** A new invite, its one-time link and what became of its e-mail. */
    public record Created(Invite invite, String url, MailSender.Outcome email) {
    }

    private final GoFitConfig gofit;
    private final ReviewConfig config;
    private final InviteMail mail;
    private final Clock clock;

    public InviteService(GoFitConfig gofit, ReviewConfig config, InviteMail mail, Clock clock) {
        this.gofit = gofit;
        this.config = config;
        this.mail = mail;
        this.clock = clock;
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
            i.expiresAt = request.deadline() == null ? clock.instant().plus(Duration.ofDays(config.inviteDays()))
                    : endOf(request.deadline());
            i.persist();
            return i;
        });
        // The invite is saved first: a failed send never loses it, and can be retried (see resend).
        return new Created(invite, link(token), send(invite.id, link(token)));
    }

    /**
     * Sends the invite again with a fresh link (the token is stored only as a hash, so the old link cannot be
     * re-sent; it stops working). Used when the first send failed.
     */
    public Created resend(long inviteId) {
        String token = Invite.newToken();
        Invite invite = QuarkusTransaction.requiringNew().call(() -> {
            Invite i = Invite.findById(inviteId);
            i.tokenHash = Invite.hash(token);
            return i;
        });
        return new Created(invite, link(token), send(inviteId, link(token)));
    }

    private MailSender.Outcome send(long inviteId, String link) {
        MailSender.Outcome outcome = QuarkusTransaction.requiringNew().call(() -> mail.invite(Invite.findById(inviteId), link));
        QuarkusTransaction.requiringNew().run(() -> {
            Invite i = Invite.findById(inviteId);
            i.emailStatus = outcome.status().name();
            i.emailDetail = outcome.detail();
        });
        return outcome;
    }

    public String link(String token) {
        String base = gofit.publicUrl().endsWith("/") ? gofit.publicUrl().substring(0, gofit.publicUrl().length() - 1)
                : gofit.publicUrl();
        return base + "/t/" + token;
    }

    /** The default deadline date for the form: {@code gofit.review.invite-days} from today. */
    public LocalDate defaultDeadline() {
        return LocalDate.now(clock).plusDays(config.inviteDays());
    }

    /** The link works until the end of that day (UTC). */
    static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(60);
    }

    /** Moves the deadline to the end of {@code day}, which must be later than today and than the current deadline. */
    public Invite extend(long inviteId, LocalDate day) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Invite i = Invite.findById(inviteId);
            Instant until = endOf(day);
            if (!until.isAfter(i.expiresAt) || !until.isAfter(clock.instant())) {
                throw ProblemException.badRequest("deadline", "Choose a day after the current deadline (" + i.expiresText() + ").");
            }
            i.expiresAt = until;
            return i;
        });
    }

    /** Archives (true) or restores (false) an invite; an archived invite's link says so. */
    public void archive(long inviteId, boolean archived) {
        QuarkusTransaction.requiringNew().run(() -> {
            Invite i = Invite.findById(inviteId);
            i.archivedAt = archived ? clock.instant() : null;
        });
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
