package dev.gofit.pilot;

import dev.gofit.account.CurrentUser;
import dev.gofit.account.Role;
import dev.gofit.outbound.TargetRefusedException;
import dev.gofit.system.Problem;
import dev.gofit.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The pilot JSON API (see the README): scope a pilot, read it, measure it, record figures and the outcome. */
@Path("/api/pilots")
@Tag(name = "Pilots")
@RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PilotApiResource {

    private final PilotService pilots;
    private final PilotMeasuring measuring;
    private final CurrentUser currentUser;

    public PilotApiResource(PilotService pilots, PilotMeasuring measuring, CurrentUser currentUser) {
        this.pilots = pilots;
        this.measuring = measuring;
        this.currentUser = currentUser;
    }

    @POST
    @Operation(summary = "Scope a pilot", description = "Drafts a 2-week pilot (10 working days, metrics, risks) "
            + "from a decision's answers or on its own.")
    public Response create(@Valid @NotNull PilotRequests.CreatePilot body) {
        if (body.decisionId() != null && pilots.decisionTitle(body.decisionId(), currentUser.id()).isEmpty()) {
            throw ProblemException.notFound("decision " + body.decisionId());
        }
        Map<String, PilotService.Targets> overrides = new LinkedHashMap<>();
        if (body.metrics() != null) {
            body.metrics().forEach(m -> overrides.put(m.key(), new PilotService.Targets(m.baseline(), m.minimum(),
                    m.target())));
        }
        PilotView pilot = pilots.create(currentUser.id(), new PilotService.Scope(body.decisionId(), body.service().strip(),
                        body.owner(), body.team(), PilotChecks.date(body.startDate())), overrides)
                .orElseThrow(() -> ProblemException.notFound("decision " + body.decisionId()));
        return Response.created(URI.create("/api/pilots/" + pilot.id())).entity(pilot).build();
    }

    @GET
    @Operation(summary = "The caller's pilots")
    public List<PilotView> list() {
        return pilots.list(currentUser.id());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One pilot: charter, metrics with results, latest measurement")
    public PilotView get(@RestPath long id) {
        return pilots.find(id, currentUser.id()).orElseThrow(() -> ProblemException.notFound("pilot " + id));
    }

    @POST
    @Path("/{id}/measurements")
    @Operation(summary = "Queue a bounded load measurement of the pilot's endpoint",
            description = "202 with {id, status: QUEUED}; GET the run for its progress. concurrency and requests "
                    + "default to the charter's. Only a run at the charter's concurrency N fills p95 latency and "
                    + "throughput. 422 when the endpoint is refused (the reason is in detail); 400 for wrong fields.")
    public Response measure(@RestPath long id, @Valid @NotNull PilotRequests.Measure body) {
        try {
            PilotRun run = measuring.submit(id, currentUser.id(), body)
                    .orElseThrow(() -> ProblemException.notFound("pilot " + id));
            return Response.accepted(Map.of("id", run.id, "status", run.status.name()))
                    .location(URI.create("/api/pilots/" + id + "/measurements/" + run.id)).build();
        } catch (TargetRefusedException e) {
            throw ProblemException.unprocessable(e.getMessage(), List.of(new Problem.FieldError("endpoint", e.getMessage())));
        }
    }

    @GET
    @Path("/{id}/measurements/{runId}")
    @Operation(summary = "A measurement run: status QUEUED|RUNNING|DONE|FAILED, progress 0-100, failure when it failed")
    public PilotRunView run(@RestPath long id, @RestPath long runId) {
        return pilots.run(id, currentUser.id(), runId)
                .orElseThrow(() -> ProblemException.notFound("measurement " + runId + " of pilot " + id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Archive a pilot (204); someone else's or an unknown one is 404")
    public Response archive(@RestPath long id) {
        if (!pilots.archive(id, currentUser.id())) {
            throw ProblemException.notFound("pilot " + id);
        }
        return Response.noContent().build();
    }

    @PUT
    @Path("/{id}/figures")
    @Operation(summary = "Record figures by metric key, e.g. {\"memory-footprint\": 96}; null clears one")
    public PilotView figures(@RestPath long id,
                             @NotEmpty(message = "Send an object of metric key to figure.")
                             Map<String, @PositiveOrZero(message = "A figure is a number of 0 or more.") Double> figures) {
        PilotView pilot = get(id);
        List<Problem.FieldError> unknown = figures.keySet().stream()
                .filter(key -> pilot.metrics().stream().noneMatch(m -> m.key().equals(key)))
                .map(key -> new Problem.FieldError(key, "Unknown metric.")).toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.badRequest("Unknown metric: " + String.join(", ", unknown.stream()
                    .map(Problem.FieldError::field).toList()), unknown);
        }
        return pilots.recordFigures(id, currentUser.id(), figures).orElseThrow();
    }

    @POST
    @Path("/{id}/outcome")
    @Operation(summary = "Record GO or NO_GO; the pilot's decision becomes ACCEPTED or REJECTED",
            description = "409 when the pilot is already closed the other way, its decision is not proposed "
                    + "(only a proposed decision can be accepted or rejected), or a reason is needed and missing: closing "
                    + "against GoFit's recommendation, with a metric unmeasured, or before the go / no-go day. "
                    + "Repeating the same outcome changes nothing.")
    public PilotView outcome(@RestPath long id, @Valid @NotNull PilotRequests.Close body) {
        try {
            return pilots.close(id, currentUser.id(), "GO".equals(body.outcome()), body.reason())
                    .orElseThrow(() -> ProblemException.notFound("pilot " + id));
        } catch (PilotService.CloseRefused e) {
            throw ProblemException.conflict(e.getMessage());
        }
    }
}
