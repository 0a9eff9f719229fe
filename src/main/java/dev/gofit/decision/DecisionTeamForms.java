package dev.gofit.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;

/** The page forms of a decision's people and comments, with the same rules as their JSON requests. */
public final class DecisionTeamForms {

    private DecisionTeamForms() {
    }

    /** The people form: ticked staff per MADR 4 role (ids). */
    public record People(@RestForm("decisionMakers") @Size(max = 20) List<@NotNull @StaffId(decides = true) Long> decisionMakers,
                         @RestForm("consulted") @Size(max = 50) List<@NotNull @StaffId Long> consulted,
                         @RestForm("informed") @Size(max = 50) List<@NotNull @StaffId Long> informed) {

        public PeopleRequest request() {
            return new PeopleRequest(decisionMakers, consulted, informed, null);
        }
    }

    /** A comment on the current revision. */
    public record Comment(@RestForm @NotBlank(message = "Write a comment first.")
                          @Size(max = DecisionRequest.MAX_TEXT, message = "Keep a comment under " + DecisionRequest.MAX_TEXT
                                  + " characters.") String body) {
    }
}
