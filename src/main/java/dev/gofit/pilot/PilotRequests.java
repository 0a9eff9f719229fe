package dev.gofit.pilot;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The bodies of the pilot JSON API, bound by Jackson and checked with Bean Validation. */
public final class PilotRequests {

    static final String SERVICE_REQUIRED = "Enter the service to build.";
    static final String TOO_LONG = "Keep it under {max} characters.";
    static final String METHOD = "(?i)\\s*(GET|POST)?\\s*";
    static final String METHOD_MESSAGE = "Choose GET or POST.";
    static final String CONTENT_TYPE = "([\\w.+-]+/[\\w.+-]+(;\\s*[\\w-]+=[\\w.-]+)?)?";
    static final String CONTENT_TYPE_MESSAGE = "Enter a media type such as application/json.";

    private PilotRequests() {
    }

    /** POST /api/pilots; {@code metrics} optionally overrides drafted figures by key. */
    public record CreatePilot(
            @Positive Long decisionId,
            @NotBlank(message = SERVICE_REQUIRED) @Size(max = 200, message = TOO_LONG) String service,
            @Size(max = 120, message = TOO_LONG) String owner,
            @Size(max = 200, message = TOO_LONG) String team,
            @PilotChecks.IsoDate String startDate,
            List<@NotNull @Valid MetricTargets> metrics) {
    }

    @PilotChecks.TargetAsDemanding
    public record MetricTargets(
            @NotBlank(message = "Name the metric by its key, e.g. p95-latency.") String key,
            @PositiveOrZero Double baseline,
            @NotNull(message = "A metric needs a minimum.") @PositiveOrZero Double minimum,
            @NotNull(message = "A metric needs a target.") @PositiveOrZero Double target)
            implements PilotChecks.HasTargets {

        @Override
        public Double minimumFigure() {
            return minimum;
        }

        @Override
        public Double targetFigure() {
            return target;
        }
    }

    /** POST /api/pilots/{id}/measurements; concurrency and requests default to the charter's. */
    @PilotChecks.BodyFits
    public record Measure(
            @NotBlank(message = "Enter the endpoint URL.") @Size(max = 2000, message = TOO_LONG) String endpoint,
            @Pattern(regexp = METHOD, message = METHOD_MESSAGE) String method,
            String body,
            @Size(max = 100, message = TOO_LONG) @Pattern(regexp = CONTENT_TYPE, message = CONTENT_TYPE_MESSAGE)
            String contentType,
            @PilotChecks.WithinCap(PilotChecks.Cap.CONCURRENCY) Integer concurrency,
            @PilotChecks.WithinCap(PilotChecks.Cap.REQUESTS) Integer requests) implements PilotChecks.HasBody {
    }

    /** POST /api/pilots/{id}/outcome; a reason is needed when closing against the figures or early. */
    public record Close(
            @NotNull(message = "Use GO or NO_GO.") @Pattern(regexp = "GO|NO_GO", message = "Use GO or NO_GO.")
            String outcome,
            @Size(max = 4000, message = TOO_LONG) String reason) {
    }
}
