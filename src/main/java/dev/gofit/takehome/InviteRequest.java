package dev.gofit.takehome;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A new invite from the JSON API; {@code checklistId} names a hiring checklist (optional); {@code deadline} is the
 * last day the link works (optional, default {@code gofit.review.invite-days} from now).
 */
public record InviteRequest(
        @NotBlank(message = InviteRequest.NAME) @Size(max = 120, message = "The name is longer than 120 characters.") String candidateName,
        @NotNull(message = InviteRequest.EMAIL) @Size(max = 254, message = InviteRequest.EMAIL)
        @Pattern(regexp = InviteRequest.EMAIL_PATTERN, message = InviteRequest.EMAIL) String candidateEmail,
        @VisibleChecklist Long checklistId,
        @Future(message = "must be a date after today") LocalDate deadline) {

    static final String NAME = "Give the candidate's name.";
    static final String EMAIL = "Give a valid e-mail address, e.g. ada@example.com.";
    static final String EMAIL_PATTERN = "\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*";
}
