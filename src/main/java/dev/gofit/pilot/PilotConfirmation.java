package dev.gofit.pilot;

import dev.gofit.decision.DecisionConfirmation;
import dev.gofit.system.GoFitConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** Gives a decision's ADR its "Confirmation" section: what the decision's latest pilot showed. */
@ApplicationScoped
public class PilotConfirmation implements DecisionConfirmation {

    private final PilotService pilots;
    private final GoFitConfig config;

    public PilotConfirmation(PilotService pilots, GoFitConfig config) {
        this.pilots = pilots;
        this.config = config;
    }

    @Override
    public Optional<String> confirmationMarkdown(long decisionId) {
        return pilots.latestForDecision(decisionId)
                .map(p -> PilotMarkdown.confirmation(p, PilotResource.pilotUrl(config, p.id())));
    }
}
