package dev.gofit.pilot;

import dev.gofit.account.CurrentUser;
import dev.gofit.account.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.gofit.pilot.PilotPages.nz;

/** Editing a drafted charter: every field, the ten days' focus, the metrics' figures and the risks. */
@Path("/pilots/{id}/edit")
@RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class PilotCharterResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(PilotView pilot, PilotForms.CharterPage form, Map<String, String> errors);
    }

    private final PilotService pilots;
    private final PilotValidation validation;
    private final CurrentUser currentUser;

    public PilotCharterResource(PilotService pilots, PilotValidation validation, CurrentUser currentUser) {
        this.pilots = pilots;
        this.validation = validation;
        this.currentUser = currentUser;
    }

    @GET
    public Response edit(@RestPath long id) {
        Optional<PilotView> found = pilots.find(id, currentUser.id());
        if (found.isEmpty()) {
            return PilotPages.notFound(id);
        }
        PilotView p = found.get();
        PilotForms.CharterRequest typed = new PilotForms.CharterRequest(p.service(), nz(p.owner()), nz(p.team()),
                p.startDate().toString(), p.hypothesis(), String.join("\n", p.scopeIn()), String.join("\n", p.scopeOut()),
                String.join("\n", p.criteria()), Integer.toString(p.concurrency()), Integer.toString(p.requests()),
                p.days().stream().map(PilotView.Day::focus).toList(),
                p.metrics().stream().map(m -> new PilotForms.MetricInput(m.key(),
                        m.baseline() == null ? "" : m.baselineText(), m.minimumText(), m.targetText())).toList(),
                p.risks().stream().map(r -> new PilotForms.RiskInput(r.risk(), r.mitigation())).toList());
        return Response.ok(Templates.edit(p, page(p, typed, Map.of()), Map.of())).build();
    }

    @POST
    public Response save(@RestPath long id, @BeanParam PilotForms.CharterForm form) {
        Optional<PilotView> found = pilots.find(id, currentUser.id());
        if (found.isEmpty()) {
            return PilotPages.notFound(id);
        }
        PilotView p = found.get();
        PilotForms.CharterRequest request = form.request();
        Map<String, String> problems = validation.problems(request);
        if (!problems.isEmpty()) {
            PilotForms.CharterPage page = page(p, request, problems);
            return Response.status(400).entity(Templates.edit(p, page, summary(page, problems))).build();
        }
        pilots.updateCharter(id, currentUser.id(), charter(p, request));
        return Response.seeOther(URI.create("/pilots/" + id + "?done=saved")).build();
    }

    /** The page's rows as typed, each with its messages; one empty risk row to add a risk. */
    private static PilotForms.CharterPage page(PilotView p, PilotForms.CharterRequest r, Map<String, String> problems) {
        List<PilotForms.DayRow> days = new ArrayList<>();
        for (PilotView.Day d : p.days()) {
            int i = d.day() - 1;
            days.add(new PilotForms.DayRow(d.day(), PilotMarkdown.DAY.format(d.date()), d.label(),
                    i < r.focus().size() ? r.focus().get(i) : "", problems.get("focus[" + i + "]")));
        }
        List<PilotForms.MetricRow> metrics = new ArrayList<>();
        for (PilotView.Metric m : p.metrics()) {
            int i = indexOf(r.metrics(), m.key());
            PilotForms.MetricInput in = i < 0 ? new PilotForms.MetricInput(m.key(), "", "", "") : r.metrics().get(i);
            metrics.add(new PilotForms.MetricRow(m.key(), m.name(), m.unit(), m.better(), in.baseline(), in.minimum(),
                    in.target(), rowError(problems, "metrics[" + i + "].")));
        }
        List<PilotForms.RiskRow> risks = new ArrayList<>();
        for (int i = 0; i < r.risks().size(); i++) {
            PilotForms.RiskInput in = r.risks().get(i);
            risks.add(new PilotForms.RiskRow(i + 1, in.risk(), in.mitigation(), rowError(problems, "risks[" + i + "].")));
        }
        risks.add(new PilotForms.RiskRow(risks.size() + 1, "", "", null));
        return new PilotForms.CharterPage(r.service(), r.owner(), r.team(), r.startDate(), r.hypothesis(), r.scopeIn(),
                r.scopeOut(), r.criteria(), r.concurrency(), r.requests(), days, metrics, risks);
    }

    /** The messages above the form: plain fields by name, rows by what they are ("p95 latency: ..."). */
    private static Map<String, String> summary(PilotForms.CharterPage page, Map<String, String> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach((field, message) -> {
            if (!field.contains("[")) {
                errors.put(field, message);
            }
        });
        page.days().stream().filter(d -> d.error() != null).forEach(d -> errors.put("focus" + d.day(),
                "Day " + d.day() + ": " + d.error()));
        page.metrics().stream().filter(m -> m.error() != null).forEach(m -> errors.put("metric-" + m.key(),
                m.name() + ": " + m.error()));
        page.risks().stream().filter(r -> r.error() != null).forEach(r -> errors.put("risk" + r.index(),
                "Risk " + r.index() + ": " + r.error()));
        return errors;
    }

    private static String rowError(Map<String, String> problems, String prefix) {
        List<String> messages = problems.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .map(Map.Entry::getValue).distinct().toList();
        return messages.isEmpty() ? null : String.join(" ", messages);
    }

    private static int indexOf(List<PilotForms.MetricInput> metrics, String key) {
        for (int i = 0; i < metrics.size(); i++) {
            if (key.equals(metrics.get(i).key())) {
                return i;
            }
        }
        return -1;
    }

    /** The checked request as the service takes it. */
    private static PilotService.Charter charter(PilotView p, PilotForms.CharterRequest r) {
        Map<String, PilotService.Targets> targets = new LinkedHashMap<>();
        for (PilotForms.MetricInput m : r.metrics()) {
            targets.put(m.key(), new PilotService.Targets(PilotChecks.figure(m.baseline()), m.minimumFigure(),
                    m.targetFigure()));
        }
        return new PilotService.Charter(r.service().strip(), r.owner().strip(), r.team().strip(),
                PilotChecks.date(r.startDate()), r.hypothesis().strip(), PilotLines.of(r.scopeIn()),
                PilotLines.of(r.scopeOut()), PilotLines.of(r.criteria()), PilotChecks.whole(r.concurrency()),
                PilotChecks.whole(r.requests()), r.focus().stream().map(String::strip).toList(), targets,
                r.risks().stream().map(x -> new PilotDraft.Risk(x.risk(), x.mitigation())).toList());
    }
}
