package dev.gofit.pilot;

import dev.gofit.system.Download;
import dev.gofit.system.Markdown;
import dev.gofit.account.CurrentUser;
import dev.gofit.account.Role;
import dev.gofit.system.ErrorMappers;
import dev.gofit.system.GoFitConfig;
import dev.gofit.system.PdfRenderer;
import dev.gofit.system.ProblemException;
import dev.gofit.outbound.TargetRefusedException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The pilot pages: scope, edit the drafted charter, measure, record figures, close, export. */
@Path("/pilots")
@RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
public class PilotResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<PilotView> pilots);

        static native TemplateInstance scope(PilotForms.ScopeForm form, Map<String, String> errors, String decisionTitle);

        static native TemplateInstance edit(PilotView pilot, PilotForms.CharterForm form, Map<String, String> errors);

        static native TemplateInstance show(PilotView pilot, PilotForms.MeasureForm measure,
                                            List<PilotForms.FigureRow> figures, Map<String, String> errors,
                                            String confirmationHtml, String flash, PilotConfig.Measure caps);

        static native TemplateInstance pdf(PilotView pilot, String generated);
    }

    private final PilotService pilots;
    private final PilotMeasuring measuring;
    private final PilotContent content;
    private final CurrentUser currentUser;
    private final GoFitConfig config;
    private final PdfRenderer pdf;

    public PilotResource(PilotService pilots, PilotMeasuring measuring, PilotContent content, CurrentUser currentUser,
                         GoFitConfig config, PdfRenderer pdf) {
        this.pilots = pilots;
        this.measuring = measuring;
        this.content = content;
        this.currentUser = currentUser;
        this.config = config;
        this.pdf = pdf;
    }

    static String pilotUrl(GoFitConfig config, long id) {
        return config.publicUrl().replaceAll("/+$", "") + "/pilots/" + id;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        return Templates.list(pilots.list(currentUser.id()));
    }

    @GET
    @Path("/new")
    @Produces(MediaType.TEXT_HTML)
    public Response scopeForm(@QueryParam("decision") String decision) {
        PilotForms.ScopeForm form = new PilotForms.ScopeForm(decision == null ? "" : decision, "", "", "",
                nextMonday().toString());
        Map<String, String> errors = new HashMap<>();
        String title = null;
        if (decision != null && !decision.isBlank()) {
            PilotInput in = new PilotInput();
            Long id = in.optionalId("decision", decision);
            title = id == null ? null : pilots.decisionTitle(id, currentUser.id()).orElse(null);
            if (title == null) {
                errors.put("decision", in.ok() ? "Decision " + decision.strip() + " does not exist, or it is not yours."
                        : in.errors().get("decision"));
                return Response.status(404).entity(Templates.scope(form, errors, null)).build();
            }
            form = new PilotForms.ScopeForm(decision.strip(), title, "", "", nextMonday().toString());
        }
        return Response.ok(Templates.scope(form, errors, title)).build();
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response create(@RestForm String decision, @RestForm String service, @RestForm String owner,
                           @RestForm String team, @RestForm String startDate) {
        PilotForms.ScopeForm form = new PilotForms.ScopeForm(decision, service, owner, team, startDate);
        PilotInput in = new PilotInput();
        Long decisionId = in.optionalId("decision", decision);
        String s = in.text("service", service, true, 200);
        String o = in.text("owner", owner, false, 120);
        String t = in.text("team", team, false, 200);
        LocalDate start = in.date("startDate", startDate);
        String title = null;
        if (decisionId != null) {
            title = pilots.decisionTitle(decisionId, currentUser.id()).orElse(null);
            if (title == null) {
                in.error("decision", "Decision " + decisionId + " does not exist, or it is not yours.");
            }
        }
        if (!in.ok()) {
            return Response.status(400).entity(Templates.scope(form, in.errors(), title)).build();
        }
        PilotView pilot = pilots.create(currentUser.id(), new PilotService.Scope(decisionId, s, o, t, start))
                .orElseThrow(() -> ProblemException.notFound("decision " + decisionId));
        return Response.seeOther(URI.create("/pilots/" + pilot.id() + "/edit?drafted=1")).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response show(@RestPath long id, @QueryParam("done") String done) {
        Optional<PilotView> found = pilots.find(id, currentUser.id());
        if (found.isEmpty()) {
            return notFound(id);
        }
        PilotView pilot = found.get();
        String flash = switch (done == null ? "" : done) {
            case "saved" -> "The charter is saved.";
            case "measured" -> "The measurement is recorded against the targets.";
            case "figures" -> "The figures are recorded.";
            case "closed" -> "The outcome is recorded" + (pilot.decisionId() != null ? " and the decision's status updated." : ".");
            default -> null;
        };
        return Response.ok(showPage(pilot, measureForm(pilot), figureRows(pilot, Map.of(), Map.of()), Map.of(), flash))
                .build();
    }

    @GET
    @Path("/{id}/edit")
    @Produces(MediaType.TEXT_HTML)
    public Response edit(@RestPath long id) {
        Optional<PilotView> found = pilots.find(id, currentUser.id());
        if (found.isEmpty()) {
            return notFound(id);
        }
        PilotView p = found.get();
        List<PilotForms.DayRow> days = p.days().stream()
                .map(d -> new PilotForms.DayRow(d.day(), PilotMarkdown.DAY.format(d.date()), d.label(), d.focus(), null))
                .toList();
        List<PilotForms.MetricRow> metrics = p.metrics().stream()
                .map(m -> new PilotForms.MetricRow(m.key(), m.name(), m.unit(), m.better(),
                        m.baseline() == null ? "" : m.baselineText(), m.minimumText(), m.targetText(), null)).toList();
        List<PilotForms.RiskRow> risks = new ArrayList<>();
        for (PilotView.Risk r : p.risks()) {
            risks.add(new PilotForms.RiskRow(risks.size() + 1, r.risk(), r.mitigation(), null));
        }
        risks.add(new PilotForms.RiskRow(risks.size() + 1, "", "", null));
        PilotForms.CharterForm form = new PilotForms.CharterForm(p.service(), nz(p.owner()), nz(p.team()),
                p.startDate().toString(), p.hypothesis(), String.join("\n", p.scopeIn()), String.join("\n", p.scopeOut()),
                String.join("\n", p.criteria()), Integer.toString(p.concurrency()), Integer.toString(p.requests()),
                days, metrics, risks);
        return Response.ok(Templates.edit(p, form, Map.of())).build();
    }

    @POST
    @Path("/{id}/edit")
    @Produces(MediaType.TEXT_HTML)
    public Response saveCharter(@RestPath long id, @RestForm String service, @RestForm String owner,
                                @RestForm String team, @RestForm String startDate, @RestForm String hypothesis,
                                @RestForm String scopeIn, @RestForm String scopeOut, @RestForm String criteria,
                                @RestForm String concurrency, @RestForm String requests,
                                @RestForm List<String> focus, @RestForm List<String> metricKey,
                                @RestForm List<String> baseline, @RestForm List<String> minimum,
                                @RestForm List<String> target, @RestForm List<String> risk,
                                @RestForm List<String> mitigation) {
        Optional<PilotView> found = pilots.find(id, currentUser.id());
        if (found.isEmpty()) {
            return notFound(id);
        }
        PilotView p = found.get();
        PilotConfig.Measure caps = measuring.caps();
        PilotInput in = new PilotInput();
        String s = in.text("service", service, true, 200);
        String o = in.text("owner", owner, false, 120);
        String t = in.text("team", team, false, 200);
        LocalDate start = in.date("startDate", startDate);
        String h = in.text("hypothesis", hypothesis, true, 4000);
        List<String> sIn = in.lines("scopeIn", scopeIn, true, 4000);
        List<String> sOut = in.lines("scopeOut", scopeOut, true, 4000);
        List<String> crit = in.lines("criteria", criteria, true, 4000);
        int conc = in.whole("concurrency", concurrency, 1, caps.maxConcurrency());
        int reqs = in.whole("requests", requests, 1, caps.maxRequests());

        List<String> focuses = PilotInput.orEmpty(focus);
        List<PilotForms.DayRow> dayRows = new ArrayList<>();
        for (PilotView.Day d : p.days()) {
            String f = d.day() - 1 < focuses.size() ? focuses.get(d.day() - 1) : "";
            String field = "focus" + d.day();
            in.text(field, f, true, 1000);
            dayRows.add(new PilotForms.DayRow(d.day(), PilotMarkdown.DAY.format(d.date()), d.label(), f,
                    in.errors().get(field)));
        }

        Map<String, PilotService.Targets> targets = new LinkedHashMap<>();
        List<PilotForms.MetricRow> metricRows = new ArrayList<>();
        List<String> keys = PilotInput.orEmpty(metricKey);
        for (PilotView.Metric m : p.metrics()) {
            int i = keys.indexOf(m.key());
            String b = at(baseline, i);
            String mi = at(minimum, i);
            String ta = at(target, i);
            PilotInput row = new PilotInput();
            Double bv = row.figure("baseline", b, false, "baseline");
            Double mv = row.figure("minimum", mi, true, "minimum");
            Double tv = row.figure("target", ta, true, "target");
            row.consistent("target", m.better(), mv, tv);
            String error = row.ok() ? null : String.join(" ", row.errors().values());
            if (error != null) {
                in.error("metric-" + m.key(), m.name() + ": " + error);
            } else {
                targets.put(m.key(), new PilotService.Targets(bv, mv, tv));
            }
            metricRows.add(new PilotForms.MetricRow(m.key(), m.name(), m.unit(), m.better(), b, mi, ta, error));
        }

        List<PilotDraft.Risk> risks = new ArrayList<>();
        List<PilotForms.RiskRow> riskRows = new ArrayList<>();
        List<String> riskTexts = PilotInput.orEmpty(risk);
        for (int i = 0; i < riskTexts.size(); i++) {
            String r = nz(riskTexts.get(i)).strip();
            String mit = nz(at(mitigation, i)).strip();
            String error = null;
            if (r.isEmpty() && mit.isEmpty()) {
                continue;
            }
            if (r.isEmpty() || mit.isEmpty()) {
                error = r.isEmpty() ? "Describe the risk, or clear its mitigation." : "Give this risk a mitigation.";
            } else if (r.length() > 1000 || mit.length() > 1000) {
                error = "Keep the risk and its mitigation under 1000 characters each.";
            }
            if (error != null) {
                in.error("risk" + (i + 1), "Risk " + (i + 1) + ": " + error);
            } else {
                risks.add(new PilotDraft.Risk(r, mit));
            }
            riskRows.add(new PilotForms.RiskRow(riskRows.size() + 1, r, mit, error));
        }
        if (!in.ok()) {
            riskRows.add(new PilotForms.RiskRow(riskRows.size() + 1, "", "", null));
            PilotForms.CharterForm form = new PilotForms.CharterForm(service, owner, team, startDate, hypothesis, scopeIn,
                    scopeOut, criteria, concurrency, requests, dayRows, metricRows, riskRows);
            return Response.status(400).entity(Templates.edit(p, form, in.errors())).build();
        }
        pilots.updateCharter(id, currentUser.id(), new PilotService.Charter(s, o, t, start, h, sIn, sOut, crit, conc, reqs,
                dayRows.stream().map(d -> d.focus().strip()).toList(), targets, risks));
        return Response.seeOther(URI.create("/pilots/" + id + "?done=saved")).build();
    }

    @POST
    @Path("/{id}/measure")
    @Produces(MediaType.TEXT_HTML)
    public Response measure(@RestPath long id, @RestForm String endpoint, @RestForm String method,
                            @RestForm String body, @RestForm String contentType, @RestForm String concurrency,
                            @RestForm String requests) {
        Optional<PilotView> found = pilots.find(id, currentUser.id());
        if (found.isEmpty()) {
            return notFound(id);
        }
        PilotView p = found.get();
        PilotForms.MeasureForm form = new PilotForms.MeasureForm(endpoint, method, body, contentType, concurrency, requests);
        try {
            measuring.measure(id, currentUser.id(), new PilotMeasuring.Request(endpoint, method, body, contentType,
                    concurrency, requests)).orElseThrow(() -> ProblemException.notFound("pilot " + id));
        } catch (PilotMeasuring.InvalidRequest e) {
            return Response.status(400).entity(showPage(p, form, figureRows(p, Map.of(), Map.of()), e.errors, null)).build();
        } catch (PilotMeasuring.Busy e) {
            return Response.status(429).entity(showPage(p, form, figureRows(p, Map.of(), Map.of()),
                    Map.of("endpoint", e.getMessage()), null)).build();
        } catch (TargetRefusedException e) {
            return Response.status(422).entity(showPage(p, form, figureRows(p, Map.of(), Map.of()),
                    Map.of("endpoint", "GoFit will not measure this endpoint: " + e.getMessage()), null)).build();
        }
        return Response.seeOther(URI.create("/pilots/" + id + "?done=measured#results")).build();
    }

    @POST
    @Path("/{id}/figures")
    @Produces(MediaType.TEXT_HTML)
    public Response figures(@RestPath long id, @RestForm List<String> figureKey, @RestForm List<String> figure) {
        Optional<PilotView> found = pilots.find(id, currentUser.id());
        if (found.isEmpty()) {
            return notFound(id);
        }
        PilotView p = found.get();
        Map<String, Double> values = new HashMap<>();
        Map<String, String> typed = new HashMap<>();
        PilotInput in = new PilotInput();
        List<String> keys = PilotInput.orEmpty(figureKey);
        for (PilotView.Metric m : p.metrics()) {
            int i = keys.indexOf(m.key());
            if (i < 0) {
                continue;
            }
            String v = at(figure, i);
            typed.put(m.key(), v);
            values.put(m.key(), in.figure("figure-" + m.key(), v, false, "figure"));
        }
        if (!in.ok()) {
            return Response.status(400).entity(showPage(p, measureForm(p), figureRows(p, typed, in.errors()),
                    in.errors(), null)).build();
        }
        pilots.recordFigures(id, currentUser.id(), values);
        return Response.seeOther(URI.create("/pilots/" + id + "?done=figures#results")).build();
    }

    @POST
    @Path("/{id}/close")
    @Produces(MediaType.TEXT_HTML)
    public Response close(@RestPath long id, @RestForm String outcome) {
        Optional<PilotView> found = pilots.find(id, currentUser.id());
        if (found.isEmpty()) {
            return notFound(id);
        }
        PilotView p = found.get();
        if (!"GO".equals(outcome) && !"NO_GO".equals(outcome)) {
            return Response.status(400).entity(showPage(p, measureForm(p), figureRows(p, Map.of(), Map.of()),
                    Map.of("outcome", "Choose go or no-go."), null)).build();
        }
        try {
            pilots.close(id, currentUser.id(), "GO".equals(outcome));
        } catch (PilotService.CloseRefused e) {
            return Response.status(409).entity(showPage(p, measureForm(p), figureRows(p, Map.of(), Map.of()),
                    Map.of("outcome", e.getMessage()), null)).build();
        }
        return Response.seeOther(URI.create("/pilots/" + id + "?done=closed#close")).build();
    }

    @GET
    @Path("/{id}/export.md")
    @Produces("text/markdown;charset=utf-8")
    public Response exportMarkdown(@RestPath long id) {
        Optional<PilotView> found = pilots.find(id, currentUser.id());
        if (found.isEmpty()) {
            return exportNotFound(id);
        }
        PilotView p = found.get();
        return Response.ok(PilotMarkdown.charterAndResults(p, pilotUrl(config, id)))
                .header("Content-Disposition", Download.attachment("pilot-" + id + ".md")).build();
    }

    @GET
    @Path("/{id}/export.pdf")
    @Produces("application/pdf")
    public Response exportPdf(@RestPath long id) {
        Optional<PilotView> found = pilots.find(id, currentUser.id());
        if (found.isEmpty()) {
            return exportNotFound(id);
        }
        PilotView p = found.get();
        String xhtml = Templates.pdf(p, DateTimeFormatter.ISO_LOCAL_DATE.format(LocalDate.now())).render();
        return Response.ok(pdf.render(xhtml))
                .header("Content-Disposition", Download.attachment("pilot-" + id + ".pdf")).build();
    }

    @GET
    @Path("/{id}/checkpoints.ics")
    @Produces("text/calendar;charset=utf-8")
    public Response exportCalendar(@RestPath long id) {
        Optional<PilotView> found = pilots.find(id, currentUser.id());
        if (found.isEmpty()) {
            return exportNotFound(id);
        }
        PilotView p = found.get();
        return Response.ok(PilotCalendar.render(p, content.templates(), config.publicUrl(), Instant.now()))
                .header("Content-Disposition", Download.attachment("pilot-" + id + "-checkpoints.ics")).build();
    }

    /**
     * A plain-text 404 for exports: the HTML error page needs a CSRF token that the CSRF filter
     * only sets on HTML endpoints, so a mapped exception here would end in a 500.
     */
    private static Response exportNotFound(long id) {
        return Response.status(404).type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8"))
                .entity("Pilot " + id + " does not exist.").build();
    }

    private TemplateInstance showPage(PilotView pilot, PilotForms.MeasureForm measure, List<PilotForms.FigureRow> figures,
                                      Map<String, String> errors, String flash) {
        String confirmation = pilot.decisionId() == null ? null : confirmationHtml(pilot);
        return Templates.show(pilot, measure, figures, errors, confirmation, flash, measuring.caps());
    }

    private String confirmationHtml(PilotView pilot) {
        String markdown = PilotMarkdown.confirmation(pilot, pilotUrl(config, pilot.id()));
        return Markdown.userHtml(markdown);
    }

    private static PilotForms.MeasureForm measureForm(PilotView p) {
        return new PilotForms.MeasureForm(nz(p.endpoint()), p.method(), nz(p.requestBody()), "",
                Integer.toString(p.concurrency()), Integer.toString(p.requests()));
    }

    private static List<PilotForms.FigureRow> figureRows(PilotView p, Map<String, String> typed,
                                                         Map<String, String> errors) {
        return p.metrics().stream().filter(PilotView.Metric::manual)
                .map(m -> new PilotForms.FigureRow(m.key(), m.name(), m.unit(),
                        typed.getOrDefault(m.key(), m.actual() == null ? "" : m.actualText()),
                        errors.get("figure-" + m.key())))
                .toList();
    }

    /**
     * Someone else's pilot, or none, is "not found". Answered here rather than thrown: the error
     * page rendered by an exception mapper has no CSRF token for the layout (see the report).
     */
    private static Response notFound(long id) {
        return Response.status(404).type(MediaType.TEXT_HTML_TYPE)
                .entity(ErrorMappers.Templates.error(404, "Not Found", "Pilot " + id + " does not exist.")).build();
    }

    private static LocalDate nextMonday() {
        LocalDate d = LocalDate.now().plusDays(1);
        while (d.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static String at(List<String> values, int i) {
        return values != null && i >= 0 && i < values.size() ? values.get(i) : "";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
