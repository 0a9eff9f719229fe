package dev.gofit.pilot;

import dev.gofit.account.CurrentUser;
import dev.gofit.account.Role;
import dev.gofit.outbound.TargetRefusedException;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The pilot page's figures: queue a measurement and follow it, schedule them, enter figures by hand. */
@Path("/pilots/{id}")
@RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class PilotMeasureResource {

    private final PilotService pilots;
    private final PilotMeasuring measuring;
    private final PilotPage page;
    private final PilotValidation validation;
    private final CurrentUser currentUser;

    public PilotMeasureResource(PilotService pilots, PilotMeasuring measuring, PilotPage page,
                                PilotValidation validation, CurrentUser currentUser) {
        this.pilots = pilots;
        this.measuring = measuring;
        this.page = page;
        this.validation = validation;
        this.currentUser = currentUser;
    }

    @POST
    @Path("/measure")
    public Response measure(@RestPath long id, @BeanParam PilotForms.MeasureForm form) {
        Optional<PilotView> found = pilots.find(id, currentUser.id());
        if (found.isEmpty()) {
            return PilotPages.notFound(id);
        }
        PilotView p = found.get();
        Map<String, String> errors = validation.problems(form);
        if (!errors.isEmpty()) {
            return Response.status(400).entity(page.refused(p, currentUser.id(), form, null, errors, null)).build();
        }
        try {
            PilotRun run = measuring.submit(id, currentUser.id(), form.request()).orElseThrow();
            return Response.seeOther(URI.create("/pilots/" + id + "?done=measured&run=" + run.id + "#measure")).build();
        } catch (TargetRefusedException e) {
            return Response.status(422).entity(page.refused(p, currentUser.id(), form, null,
                    Map.of("endpoint", "GoFit will not measure this endpoint: " + e.getMessage()), null)).build();
        }
    }

    /** The run's progress fragment; once it ends, htmx reloads the page (HX-Refresh) to show the new figures. */
    @GET
    @Path("/runs/{runId}")
    public Response run(@RestPath long id, @RestPath long runId) {
        Optional<PilotRunView> run = pilots.run(id, currentUser.id(), runId);
        if (run.isEmpty()) {
            return PilotPages.notFound(id);
        }
        Response.ResponseBuilder answer = Response.ok(page.run(run.get()));
        return run.get().active() ? answer.build() : answer.header("HX-Refresh", "true").build();
    }

    /** Daily measurements at the given hour over the pilot's working days; an empty hour stops them. */
    @POST
    @Path("/schedule")
    public Response schedule(@RestPath long id, @BeanParam PilotForms.ScheduleForm form) {
        Optional<PilotView> found = pilots.find(id, currentUser.id());
        if (found.isEmpty()) {
            return PilotPages.notFound(id);
        }
        Map<String, String> errors = validation.problems(form);
        Integer h = errors.isEmpty() ? form.hourOfDay() : null;
        if (h != null && found.get().endpoint() == null) {
            errors = Map.of("hour", "Measure the endpoint once first: the schedule measures the same endpoint.");
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(page.refused(found.get(), currentUser.id(), null, null, errors, null))
                    .build();
        }
        pilots.schedule(id, currentUser.id(), h);
        return Response.seeOther(URI.create("/pilots/" + id + "?done=scheduled#measure")).build();
    }

    @POST
    @Path("/figures")
    public Response figures(@RestPath long id, @BeanParam PilotForms.FiguresForm form) {
        Optional<PilotView> found = pilots.find(id, currentUser.id());
        if (found.isEmpty()) {
            return PilotPages.notFound(id);
        }
        PilotView p = found.get();
        List<PilotForms.FigureInput> rows = form.rows();
        Map<String, String> problems = validation.problems(new PilotForms.Rows<>(rows));
        Map<String, String> typed = new HashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Double> values = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            PilotForms.FigureInput row = rows.get(i);
            if (p.metrics().stream().noneMatch(m -> m.key().equals(row.key()))) {
                continue;
            }
            typed.put(row.key(), row.figure());
            values.put(row.key(), PilotChecks.figure(row.figure()));
            String problem = problems.get("rows[" + i + "].figure");
            if (problem != null) {
                errors.put("figure-" + row.key(), problem);
            }
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(page.refused(p, currentUser.id(), null,
                    PilotPage.figureRows(p, typed, errors), errors, null)).build();
        }
        pilots.recordFigures(id, currentUser.id(), values);
        return Response.seeOther(URI.create("/pilots/" + id + "?done=figures#results")).build();
    }
}
