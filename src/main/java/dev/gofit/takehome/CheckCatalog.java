package dev.gofit.takehome;

import dev.gofit.content.ContentLoader;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The candidate brief and the check weights from {@code content/takehome/}, loaded and validated
 * at start-up (a broken file stops the start), and the scoring rule.
 */
@Startup
@ApplicationScoped
public class CheckCatalog {

    static final String FILE = "takehome/checks.yaml";

    /** The check names of the contract, in the order they run. */
    public static final List<String> NAMES = List.of("contract", "concurrency", "upstream-error", "bad-json", "timeout",
            "cancellation", "bad-request", "load");

    /** {@code content/takehome/checks.yaml}. */
    public record ChecksFile(@NotEmpty List<@Valid Check> checks) {
    }

    /** One check: key (one of the contract's names), title, weight 0-100, bonus or not. */
    public record Check(@NotBlank @Pattern(regexp = "[a-z][a-z0-9-]*") String key, @NotBlank String title,
                        @Min(0) @Max(100) int weight, Boolean bonus, @NotBlank String description) {

        public boolean isBonus() {
            return Boolean.TRUE.equals(bonus);
        }
    }

    private final Map<String, Check> checks;
    private final List<Check> ordered;
    private final String briefHtml;

    public CheckCatalog(ContentLoader loader) {
        ChecksFile file = loader.yaml(FILE, ChecksFile.class);
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < file.checks().size(); i++) {
            String key = file.checks().get(i).key();
            if (!keys.add(key)) {
                throw loader.problemAt(FILE, "checks[" + i + "].key", "the check key '" + key + "' appears twice");
            }
            if (!NAMES.contains(key)) {
                throw loader.problemAt(FILE, "checks[" + i + "].key",
                        "'" + key + "' is not a check of the contract; the checks must be exactly " + NAMES);
            }
        }
        if (!keys.equals(Set.copyOf(NAMES))) {
            throw loader.problemAt(FILE, "checks", "the checks must be exactly " + NAMES + " (found " + keys + ")");
        }
        int base = file.checks().stream().filter(c -> !c.isBonus()).mapToInt(Check::weight).sum();
        if (base != 100) {
            throw loader.problemAt(FILE, "checks", "the weights of the non-bonus checks must add up to 100 (they add up to "
                    + base + ")");
        }
        this.checks = file.checks().stream().collect(Collectors.toMap(Check::key, Function.identity()));
        this.ordered = NAMES.stream().map(checks::get).toList();
        this.briefHtml = loader.markdownHtml("takehome/brief.md");
    }

    public Check check(String name) {
        return checks.get(name);
    }

    public List<Check> all() {
        return ordered;
    }

    public String briefHtml() {
        return briefHtml;
    }

    /** Sum of the weights of the passed checks, bonus included, capped at 100. */
    public int score(List<ReviewReport.CheckResult> results) {
        int sum = results.stream().filter(ReviewReport.CheckResult::passed)
                .mapToInt(r -> checks.containsKey(r.name()) ? checks.get(r.name()).weight() : 0).sum();
        return Math.min(100, sum);
    }
}
