package dev.gofit.decision;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** Used until a feature (the pilot) provides a real {@link DecisionConfirmation}. */
@DefaultBean
@ApplicationScoped
public class NoConfirmation implements DecisionConfirmation {

    @Override
    public Optional<String> confirmationMarkdown(long decisionId) {
        return Optional.empty();
    }
}
