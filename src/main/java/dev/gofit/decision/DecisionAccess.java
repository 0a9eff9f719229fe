package dev.gofit.decision;

import dev.gofit.system.Problem;
import dev.gofit.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may do what with a decision of the shared log: every staff member who reaches decisions reads any current
 * (not archived) one; its owner and its named decision-makers edit it; they and the consulted comment on it.
 */
@ApplicationScoped
public class DecisionAccess {

    /** A decision the user may read: in the shared log, or a draft of theirs to decide; else 404 (unknown, archived). */
    public Decision visible(long id, Long userId) {
        return readable(id, userId).orElseThrow(() -> ProblemException.notFound("Decision " + id));
    }

    /** As {@link #visible}, empty instead of 404 (exports answer their own 404). */
    public java.util.Optional<Decision> readable(long id, Long userId) {
        return Decision.findCurrent(id).filter(d -> d.status != DecisionStatus.DRAFT || canEdit(d, userId));
    }

    /** A decision the user may edit: 404 when it is not in the log, 403 when it is someone else's to decide. */
    public Decision editable(long id, long userId) {
        Decision d = visible(id, userId);
        return allowed(d, canEdit(d, userId), "Only the owner and the decision-makers of decision "
                + id + " can change it.");
    }

    /** A decision the user may comment on: 404 when it is not in the log, 403 when they are not among its people. */
    public Decision commentable(long id, long userId) {
        Decision d = visible(id, userId);
        return allowed(d, canComment(d, userId), "Only the owner, the decision-makers and the consulted of decision "
                + id + " can comment on it.");
    }

    private static Decision allowed(Decision d, boolean allowed, String why) {
        if (!allowed) {
            throw new ProblemException(Problem.of(403, "Forbidden", why));
        }
        return d;
    }

    public static boolean canEdit(Decision d, Long userId) {
        return userId != null && (d.owner.id.equals(userId) || d.decisionMakerIds().contains(userId));
    }

    public static boolean canComment(Decision d, Long userId) {
        return canEdit(d, userId) || userId != null && d.consultedIds().contains(userId);
    }
}
