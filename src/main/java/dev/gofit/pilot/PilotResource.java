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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.gofit.pilot.PilotPages.nz;

/** The pilot pages: list, scope a new pilot, the pilot page with its measure, figures and close forms. */
@Path("/pilots")
@RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class PilotResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<PilotView> pilots, Long archived);

        static native TemplateInstance scope(PilotForms.ScopeForm form, Map<String, String> errors, String decisionTitle);
    }

    private final PilotService pilots;
    private final PilotPage page;
    private final PilotValidation validation;
    private final PilotClock clock;
    private final CurrentUser currentUser;

    public PilotResource(PilotService pilots, PilotPage page, PilotValidation validation, PilotClock clock,
                         CurrentUser currentUser) {
        this.pilots = pilots;
        this.page = page;
        this.validation = validation;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** @param archived the pilot just archived, to offer its undo */
    @GET
    public TemplateInstance list(@QueryParam("archived") Long archived) {
        return Templates.list(pilots.list(currentUser.id()), archived);
    }

    @GET
    @Path("/new")
    public Response scopeForm(@QueryParam("decision") String decision) {
        String start = PilotPages.nextMonday(clock.today()).toString();
        PilotForms.ScopeForm form = new PilotForms.ScopeForm(nz(decision).strip(), "", "", "", start);
        if (form.decision().isEmpty()) {
            return Response.ok(Templates.scope(form, Map.of(), null)).build();
        }
        Map<String, String> errors = new HashMap<>();
        String invalid = validation.problems(form).get("decision");
        if (invalid != null) {
            errors.put("decision", invalid);
        }
        String title = errors.isEmpty() ? pilots.decisionTitle(form.decisionId(), currentUser.id()).orElse(null) : null;
        if (title == null) {
            errors.putIfAbsent("decision", unknownDecision(form.decision()));
            return Response.status(404).entity(Templates.scope(form, errors, null)).build();
        }
        return Response.ok(Templates.scope(new PilotForms.ScopeForm(form.decision(), title, "", "", start),
                Map.of(), title)).build();
    }

    @POST
    public Response create(@BeanParam PilotForms.ScopeForm form) {
        Map<String, String> errors = new LinkedHashMap<>(validation.problems(form));
        String title = null;
        if (!errors.containsKey("decision") && form.decisionId() != null) {
            title = pilots.decisionTitle(form.decisionId(), currentUser.id()).orElse(null);
            if (title == null) {
                errors.put("decision", unknownDecision(form.decision()));
            }
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(Templates.scope(form, errors, title)).build();
        }
        PilotView pilot = pilots.create(currentUser.id(), new PilotService.Scope(form.decisionId(), form.service().strip(),
                nz(form.owner()), nz(form.team()), PilotChecks.date(form.startDate()))).orElseThrow();
        return Response.seeOther(URI.create("/pilots/" + pilot.id() + "/edit?drafted=1")).build();
    }

    private static String unknownDecision(String decision) {
        return "Decision " + decision.strip() + " does not exist, or it is not yours.";
    }

    @GET
    @Path("/{id}")
    public Response show(@RestPath long id, @QueryParam("done") String done, @QueryParam("run") Long run) {
        Optional<PilotView> found = pilots.find(id, currentUser.id());
        if (found.isEmpty()) {
            return PilotPages.notFound(id);
        }
        PilotView pilot = found.get();
        String flash = switch (nz(done)) {
            case "saved" -> "The charter is saved.";
            case "measured" -> "The measurement is queued; its progress shows below.";
            case "figures" -> "The figures are recorded.";
            case "scheduled" -> pilot.scheduleHour() == null ? "Scheduled measurements are off."
                    : "GoFit measures the endpoint every working day of the pilot at " + pilot.scheduleHour() + ":00.";
            case "restored" -> "The pilot is back in your list.";
            case "closed" -> "The outcome is recorded" + (pilot.decisionId() != null ? " and the decision's status updated." : ".");
            default -> null;
        };
        PilotRunView following = run == null ? null : pilots.run(id, currentUser.id(), run).orElse(null);
        return Response.ok(page.show(pilot, currentUser.id(), flash, following)).build();
    }

    @POST
    @Path("/{id}/close")
    public Response close(@RestPath long id, @BeanParam PilotForms.CloseForm form) {
        Optional<PilotView> found = pilots.find(id, currentUser.id());
        if (found.isEmpty()) {
            return PilotPages.notFound(id);
        }
        PilotView p = found.get();
        Map<String, String> problems = validation.problems(form);
        if (!problems.isEmpty()) {
            return closeRefused(400, p, problems.values().iterator().next(), form.reason());
        }
        try {
            pilots.close(id, currentUser.id(), "GO".equals(form.outcome()), form.reason());
        } catch (PilotService.CloseRefused e) {
            return closeRefused(409, p, e.getMessage(), form.reason());
        }
        return Response.seeOther(URI.create("/pilots/" + id + "?done=closed#close")).build();
    }

    private Response closeRefused(int status, PilotView p, String message, String reason) {
        return Response.status(status).entity(page.refused(p, currentUser.id(), null, null, Map.of("outcome", message),
                reason)).build();
    }

    /** Archives after the page's confirmation; the list then offers to undo it. */
    @POST
    @Path("/{id}/archive")
    public Response archive(@RestPath long id) {
        if (!pilots.archive(id, currentUser.id())) {
            return PilotPages.notFound(id);
        }
        return Response.seeOther(URI.create("/pilots?archived=" + id)).build();
    }

    @POST
    @Path("/{id}/restore")
    public Response restore(@RestPath long id) {
        if (!pilots.restore(id, currentUser.id())) {
            return PilotPages.notFound(id);
        }
        return Response.seeOther(URI.create("/pilots/" + id + "?done=restored")).build();
    }
}
