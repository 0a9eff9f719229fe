package dev.gofit.matrix;

import dev.gofit.account.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The matrix criteria and their 1-5 ratings as JSON (README "Decide"; `/q/openapi`). */
@Path("/api/matrix")
@Tag(name = "Decisions")
@RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
public class MatrixApiResource {

    /** The body of GET /api/matrix. */
    public record MatrixJson(List<String> languages, List<CriterionJson> criteria) {
    }

    /** One criterion: ratings per language, the notes behind them, and its weight when every answer is "no". */
    public record CriterionJson(String key, String label, String description, Map<String, Integer> ratings,
                                Map<String, String> notes, int baseWeight, Map<String, Integer> weightIfYes) {
    }

    private final Matrix matrix;

    public MatrixApiResource(Matrix matrix) {
        this.matrix = matrix;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The decision matrix: languages, criteria and 1-5 ratings from content/matrix.yaml")
    public MatrixJson get() {
        MatrixDefinition def = matrix.definition();
        List<CriterionJson> criteria = def.criteria().stream().map(c -> {
            Map<String, Integer> ratings = new LinkedHashMap<>();
            Map<String, String> notes = new LinkedHashMap<>();
            for (String language : def.languageKeys()) {
                ratings.put(language, c.score(language));
                notes.put(language, c.note(language));
            }
            return new CriterionJson(c.key(), c.label(), c.description(), ratings, notes, c.weight().base(),
                    new LinkedHashMap<>(c.weight().ifYes()));
        }).toList();
        return new MatrixJson(def.languageKeys(), criteria);
    }
}
