package dev.gofit.pilot;

import dev.gofit.decision.DecisionConfirmation;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** Gives a decision's ADR its "Confirmation" section: what the decision's latest pilot showed. */
@ApplicationScoped
public class PilotConfirmation implements DecisionConfirmation {

    private final PilotService pilots;
    private final PilotExports exports;

    public PilotConfirmation(PilotService pilots, PilotExports exports) {
        this.pilots = pilots;
        this.exports = exports;
    }

    @Override
    public Optional<String> confirmationMarkdown(long decisionId) {
        return pilots.latestForDecision(decisionId).map(exports::confirmationMarkdown);
    }
}
