package dev.gofit.decision;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A decision's people as MADR 4 names them, by staff user id ({@code GET /api/decisions/staff}): the
 * decision-makers (leaders or admins; they may edit it besides its owner), the consulted (they may comment) and
 * the informed. In {@code POST /api/decisions} as {@code "people"}, and the body of {@code PUT /api/decisions/{id}/people}.
 */
@KnownFields
@Schema(name = "DecisionPeople")
public record PeopleRequest(
        @Schema(description = "User ids of the decision-makers besides the owner (leaders or admins)", example = "[3]")
        @Size(max = 20) List<@NotNull @StaffId(decides = true) Long> decisionMakers,
        @Schema(description = "User ids of the consulted: they may comment", example = "[5, 7]")
        @Size(max = 50) List<@NotNull @StaffId Long> consulted,
        @Schema(description = "User ids of the informed", example = "[9]")
        @Size(max = 50) List<@NotNull @StaffId Long> informed,
        @Schema(hidden = true) @JsonAnySetter Map<String, Object> unknown) implements KnownFields.Body {

    public PeopleRequest {
        decisionMakers = decisionMakers == null ? List.of() : decisionMakers;
        consulted = consulted == null ? List.of() : consulted;
        informed = informed == null ? List.of() : informed;
        unknown = unknown == null ? new LinkedHashMap<>() : unknown;
    }
}
