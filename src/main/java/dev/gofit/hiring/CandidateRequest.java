package dev.gofit.hiring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/** A candidate to add to a checklist: the JSON body of the API, and what the page's form is checked as. */
public record CandidateRequest(
        @NotBlank(message = CandidateRequest.NAME) @Size(max = 200, message = CandidateRequest.NAME) String name,
        @NotNull(message = CandidateRequest.EMAIL) @Size(max = 254, message = CandidateRequest.EMAIL)
        @Pattern(regexp = "\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*", message = CandidateRequest.EMAIL) String email) {

    static final String NAME = "Give the candidate's name (up to 200 characters).";
    static final String EMAIL = "Give an e-mail address such as ana@example.com.";

    /** The add-candidate form as posted; checked as the {@link CandidateRequest} it describes. */
    public record Form(@RestForm String name, @RestForm String email, @RestForm String formKey) {
        public CandidateRequest toRequest() {
            return new CandidateRequest(name, email);
        }
    }

    /** The fields as typed, never null (for re-rendering the form). */
    public CandidateRequest orBlank() {
        return new CandidateRequest(name == null ? "" : name.trim(), email == null ? "" : email.trim());
    }
}
