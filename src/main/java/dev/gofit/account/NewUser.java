package dev.gofit.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** A staff account an admin asks to create, from the form or the JSON API. */
public record NewUser(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 120) String displayName,
        @NotEmpty(message = "choose at least one role") Set<@NotNull(message = "must be a role, not null") Role> roles,
        @NotNull @Size(min = 12, max = 72, message = "must be 12 to 72 characters") @PasswordBytes String password) {

    /** The fields as the form shows them again after a failed post. */
    public boolean hasRole(String role) {
        return roles != null && roles.stream().anyMatch(r -> r.name().equals(role));
    }
}
