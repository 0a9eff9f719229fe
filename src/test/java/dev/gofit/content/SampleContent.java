package dev.gofit.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

import java.util.List;

/** A content record shaped like the real ones, for testing the loader. */
public record SampleContent(@NotBlank String title, @NotEmpty List<@Valid Item> items) {

    public record Item(@Pattern(regexp = "[a-z][a-z0-9-]*") String key, @Min(1) @Max(5) int rating) {
    }
}
