package dev.gofit.decision;

import dev.gofit.account.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The people around a decision: comments kept per revision (not in the ADR). Callers have checked who may write. */
@ApplicationScoped
public class DecisionTeam {

    /** A comment as the page and the API show it. */
    public record Comment(long id, int revision, DecisionLog.Person author, String body, Instant createdAt) {
        public String when() {
            return DecisionResultView.DAY.format(createdAt);
        }
    }

    /** The comments made on one revision. */
    public record RevisionComments(int revision, boolean current, List<Comment> comments) {
    }

    /** Comments on the decision's current revision. */
    @Transactional
    public Comment comment(Decision d, long authorId, String body) {
        DecisionComment c = new DecisionComment();
        c.decisionId = d.id;
        c.revision = d.revision;
        c.author = User.findById(authorId);
        c.body = body.strip();
        c.persist();
        DecisionComment.flush();
        return of(c);
    }

    /** The decision's comments, newest revision first. */
    public List<Comment> comments(Decision d) {
        return DecisionComment.listFor(d.id).stream().map(DecisionTeam::of).toList();
    }

    /** The comments grouped by the revision they were made on, newest revision first. */
    public List<RevisionComments> byRevision(Decision d) {
        Map<Integer, List<Comment>> groups = new LinkedHashMap<>();
        comments(d).forEach(c -> groups.computeIfAbsent(c.revision(), r -> new ArrayList<>()).add(c));
        return groups.entrySet().stream()
                .map(g -> new RevisionComments(g.getKey(), g.getKey() == d.revision, g.getValue())).toList();
    }

    private static Comment of(DecisionComment c) {
        return new Comment(c.id, c.revision, new DecisionLog.Person(c.author.id, c.author.displayName, c.author.email),
                c.body, c.createdAt);
    }
}
