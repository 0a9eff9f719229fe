package dev.gofit.decision;

import dev.gofit.matrix.Matrix;
import dev.gofit.matrix.MatrixDefinition;
import dev.gofit.matrix.MatrixView;

import dev.gofit.account.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The matrix page: how GoFit rates each language per criterion, how default weights derive, the guide's worked examples and the "Go vs" notes. */
@Path("/matrix")
@RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class MatrixResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(List<String> languages, List<Row> rows, List<Example> examples,
                                            List<Framework.Comparison> comparisons);
    }

    /** One criterion with its ratings and its weight rule in words. */
    public record Row(String key, String label, String description, List<MatrixView.Cell> cells, String weightRule) {
    }

    /** A worked example with the verdict its answers give and the "yes" answers by title. */
    public record Example(Framework.WorkedExample example, Verdict verdict, List<String> yes, List<String> alternatives) {
    }

    private final Matrix matrix;
    private final DecisionContent content;

    public MatrixResource(Matrix matrix, DecisionContent content) {
        this.matrix = matrix;
        this.content = content;
    }

    @GET
    public TemplateInstance page() {
        MatrixDefinition m = matrix.definition();
        Map<String, String> titles = new LinkedHashMap<>();
        Framework f = content.framework();
        f.questions().forEach(q -> titles.put(q.key(), q.title()));
        f.cautions().forEach(c -> titles.put(c.key(), c.title()));
        List<Row> rows = new ArrayList<>();
        for (MatrixDefinition.Criterion c : m.criteria()) {
            List<MatrixView.Cell> cells = m.languageKeys().stream()
                    .map(l -> new MatrixView.Cell(m.languageName(l), c.score(l), c.note(l))).toList();
            rows.add(new Row(c.key(), c.label(), c.description(), cells, weightRule(c.weight(), titles)));
        }
        List<Example> examples = f.workedExamples().stream().map(x -> new Example(x, VerdictRules.verdict(x.toAnswers()),
                titles.entrySet().stream().filter(t -> Boolean.TRUE.equals(x.answers().get(t.getKey())))
                        .map(Map.Entry::getValue).toList(),
                VerdictRules.alternatives(x.toAnswers()).stream().map(m::languageName).toList())).toList();
        return Templates.page(m.languageKeys().stream().map(m::languageName).toList(), rows, examples, f.comparisons());
    }

    static String weightRule(MatrixDefinition.WeightRule rule, Map<String, String> titles) {
        StringBuilder sb = new StringBuilder().append(rule.base());
        rule.ifYes().forEach((key, delta) -> sb.append(delta >= 0 ? ", +" : ", ").append(delta).append(" if “")
                .append(titles.getOrDefault(key, key)).append("” is yes"));
        return sb.append(rule.ifYes().isEmpty() ? " whatever the answers" : "").append(" (kept within 0–5)").toString();
    }
}
