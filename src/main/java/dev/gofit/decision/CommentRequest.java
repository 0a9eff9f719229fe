package dev.gofit.decision;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.Map;

/** The body of {@code POST /api/decisions/{id}/comments}: a comment on the decision's current revision. */
@KnownFields
@Schema(name = "DecisionComment")
public record CommentRequest(
        @Schema(required = true, maxLength = DecisionRequest.MAX_TEXT, example = "Hiring Go engineers in Lisbon takes us 3 months.")
        @NotBlank @Size(max = DecisionRequest.MAX_TEXT) String body,
        @Schema(hidden = true) @JsonAnySetter Map<String, Object> unknown) implements KnownFields.Body {

    public CommentRequest {
        unknown = unknown == null ? new LinkedHashMap<>() : unknown;
    }
}
