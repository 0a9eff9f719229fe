package dev.gofit.takehome;

import dev.gofit.hiring.TakeHomeResults;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Feeds finished take-home reviews to the hiring summary as "concurrency mastery" evidence. */
@ApplicationScoped
public class ReviewTakeHomeResults implements TakeHomeResults {

    @Override
    @Transactional
    public List<Result> forCandidate(String candidateEmail, long checklistId) {
        List<Result> results = new ArrayList<>();
        for (Invite invite : Invite.findByCandidate(candidateEmail, checklistId)) {
            for (Review r : Review.listForInvite(invite.id)) {
                if (r.status != ReviewStatus.DONE) {
                    continue;
                }
                List<String> evidence = r.report().checks().stream()
                        .map(c -> c.name() + ": " + c.outcome() + " — " + c.evidence()).toList();
                results.add(new Result(r.id, r.endpoint, r.score == null ? 0 : r.score,
                        r.kind() + " " + r.status.name(), evidence, "/reviews/" + r.id));
            }
        }
        results.sort(Comparator.comparingLong(Result::reviewId).reversed());
        return results;
    }
}
