package dev.gofit.hiring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** {@code POST /api/candidates}: a candidate for a checklist; the e-mail is optional here. */
public record NewCandidate(
        @NotNull @Positive Long checklistId,
        @NotBlank(message = CandidateRequest.NAME) @Size(max = 200, message = CandidateRequest.NAME) String name,
        @Size(max = 254, message = CandidateRequest.EMAIL)
        @Pattern(regexp = "\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*", message = CandidateRequest.EMAIL) String email) {

    CandidateRequest toRequest() {
        return new CandidateRequest(name, email == null ? "" : email);
    }
}
