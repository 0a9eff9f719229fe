package dev.gofit.pilot;

import dev.gofit.account.User;
import dev.gofit.decision.Decision;
import dev.gofit.decision.DecisionStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Decisions for pilot tests, created the way the decision wizard stores them. */
final class PilotFixtures {

    private PilotFixtures() {
    }

    static long decision(String ownerEmail, String title, boolean concurrency, boolean io, boolean deploy,
                         boolean services) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Decision d = new Decision();
            d.owner = User.findByEmail(ownerEmail).orElseThrow();
            d.title = title;
            d.concurrency = concurrency;
            d.ioPerformance = io;
            d.simpleDeployment = deploy;
            d.servicesOrTooling = services;
            d.mlPrototyping = false;
            d.lowLevelMemoryControl = false;
            d.status = DecisionStatus.PROPOSED;
            d.persist();
            return d.id;
        });
    }

    /** Puts a decision somewhere else in its lifecycle, as the decision pages would. */
    static void setStatus(long decisionId, DecisionStatus status) {
        QuarkusTransaction.requiringNew().run(() -> Decision.<Decision>findById(decisionId).status = status);
    }

    /** Waits until the pilot has no queued or running measurement (runs are background jobs). */
    static void awaitMeasured(long pilotId) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> PilotRun.count("pilot.id = ?1 and status in ?2", pilotId,
                        java.util.List.of(PilotRun.Status.QUEUED, PilotRun.Status.RUNNING)) == 0));
    }

    /** Sets a decision's evidence note of a question, as the wizard stores it. */
    static void note(long decisionId, String key, String note) {
        QuarkusTransaction.requiringNew().run(() -> Decision.<Decision>findById(decisionId).note(key, note));
    }

    static DecisionStatus status(long decisionId) {
        return QuarkusTransaction.requiringNew().call(() -> Decision.<Decision>findById(decisionId).status);
    }
}
