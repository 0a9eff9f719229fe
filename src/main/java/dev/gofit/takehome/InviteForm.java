package dev.gofit.takehome;

import io.quarkus.qute.TemplateData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

import java.time.LocalDate;

/** The invite form as posted (and shown again with the user's input when it is rejected). */
@TemplateData
public record InviteForm(
        @RestForm @NotBlank(message = InviteRequest.NAME) @Size(max = 120, message = "The name is longer than 120 characters.") String candidateName,
        @RestForm @NotNull(message = InviteRequest.EMAIL) @Size(max = 254, message = InviteRequest.EMAIL)
        @Pattern(regexp = InviteRequest.EMAIL_PATTERN, message = InviteRequest.EMAIL) String candidateEmail,
        @RestForm @Pattern(regexp = "\\s*([1-9][0-9]{0,17})?\\s*", message = "The checklist is a number (its id), or leave it empty.")
        @VisibleChecklist String checklistId,
        @RestForm @Pattern(regexp = "\\s*(\\d{4}-\\d{2}-\\d{2})?\\s*", message = "Give the date as YYYY-MM-DD.") String deadline,
        @RestForm String formKey) {

    /** The fields as typed, never null. */
    public InviteForm orBlank() {
        return new InviteForm(candidateName == null ? "" : candidateName, candidateEmail == null ? "" : candidateEmail,
                checklistId == null ? "" : checklistId, deadline == null ? "" : deadline, formKey);
    }

    /** The same invite as the API would take it; call only on a valid form. */
    public InviteRequest toRequest() {
        return new InviteRequest(candidateName, candidateEmail,
                checklistId == null || checklistId.isBlank() ? null : Long.valueOf(checklistId.strip()),
                deadline == null || deadline.isBlank() ? null : LocalDate.parse(deadline.strip()));
    }
}
