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

    /** A decision of the shared log, else 404 (unknown or archived). */
    public Decision visible(long id) {
        return Decision.findInLog(id).orElseThrow(() -> ProblemException.notFound("Decision " + id));
    }

    /** A decision the user may edit: 404 when it is not in the log, 403 when it is someone else's to decide. */
    public Decision editable(long id, long userId) {
        Decision d = visible(id);
        return allowed(d, canEdit(d, userId), "Only the owner and the decision-makers of decision "
                + id + " can change it.");
    }

    /** A decision the user may comment on: 404 when it is not in the log, 403 when they are not among its people. */
    public Decision commentable(long id, long userId) {
        Decision d = visible(id);
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
