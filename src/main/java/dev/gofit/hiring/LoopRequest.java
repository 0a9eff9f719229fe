package dev.gofit.hiring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A candidate's interview loop: each stage of the checklist gets one or more interviewers and a date.
 * It replaces the loop as a whole (an assignment left out is removed).
 */
public record LoopRequest(@NotNull @Size(max = 60) List<@NotNull @Valid Assignment> assignments) {

    /** One interviewer (a staff account with the INTERVIEWER or HIRING_MANAGER role) for one stage. */
    public record Assignment(@NotBlank String stage, @NotNull @Positive Long interviewerId, LocalDate date) {
    }
}
