package dev.gofit.pilot;

import dev.gofit.account.CurrentUser;
import dev.gofit.account.Role;
import dev.gofit.system.Problem;
import dev.gofit.system.ProblemException;
import dev.gofit.outbound.TargetRefusedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The pilot JSON API (shared/api.md): scope a pilot, read it, measure it, record figures and the outcome. */
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

    /** The body of POST /api/pilots; {@code metrics} optionally overrides drafted figures by key. */
    public record CreatePilot(Long decisionId, String service, String owner, String team, String startDate,
                              List<MetricTargets> metrics) {
    }

    public record MetricTargets(String key, Double baseline, Double minimum, Double target) {
    }

    public record Measure(String endpoint, String method, String body, String contentType, Integer concurrency,
                          Integer requests) {
    }

    public record Outcome(String outcome) {
    }

    @POST
    @Operation(summary = "Scope a pilot", description = "Drafts a 2-week pilot (10 working days, metrics, risks) "
            + "from a decision's answers or on its own.")
    public Response create(CreatePilot body) {
        if (body == null) {
            throw ProblemException.badRequest("body", "Send a JSON object with service and startDate.");
        }
        PilotInput in = new PilotInput();
        String service = in.text("service", body.service(), true, 200);
        String owner = in.text("owner", body.owner(), false, 120);
        String team = in.text("team", body.team(), false, 200);
        var start = in.date("startDate", body.startDate());
        List<MetricTargets> overrides = body.metrics() == null ? List.of() : body.metrics();
        for (int i = 0; i < overrides.size(); i++) {
            MetricTargets m = overrides.get(i);
            String f = "metrics[" + i + "]";
            if (m == null || m.key() == null || m.key().isBlank()) {
                in.error(f + ".key", "Name the metric by its key, e.g. p95-latency.");
                continue;
            }
            if (m.minimum() == null) {
                in.error(f + ".minimum", "A metric needs a minimum.");
            }
            if (m.target() == null) {
                in.error(f + ".target", "A metric needs a target.");
            }
        }
        if (!in.ok()) {
            throw badRequest(in.errors());
        }
        if (body.decisionId() != null && pilots.decisionTitle(body.decisionId(), currentUser.id()).isEmpty()) {
            throw ProblemException.notFound("decision " + body.decisionId());
        }
        PilotView pilot = pilots.create(currentUser.id(),
                        new PilotService.Scope(body.decisionId(), service, owner, team, start))
                .orElseThrow(() -> ProblemException.notFound("decision " + body.decisionId()));
        if (!overrides.isEmpty()) {
            Map<String, PilotService.Targets> targets = new HashMap<>();
            for (int i = 0; i < overrides.size(); i++) {
                MetricTargets m = overrides.get(i);
                PilotView.Metric known = pilot.metrics().stream().filter(x -> x.key().equals(m.key())).findFirst()
                        .orElse(null);
                if (known == null) {
                    in.error("metrics[" + i + "].key", "Unknown metric \"" + m.key() + "\".");
                    continue;
                }
                in.consistent("metrics[" + i + "].target", known.better(), m.minimum(), m.target());
                targets.put(m.key(), new PilotService.Targets(m.baseline() != null ? m.baseline() : known.baseline(),
                        m.minimum(), m.target()));
            }
            if (!in.ok()) {
                pilots.delete(pilot.id(), currentUser.id());
                throw badRequest(in.errors());
            }
            pilot = pilots.updateTargets(pilot.id(), currentUser.id(), targets).orElseThrow();
        }
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
    @Operation(summary = "Run a bounded load measurement of the pilot's endpoint",
            description = "concurrency and requests default to the charter's. Only a run at the charter's concurrency N "
                    + "fills p95 latency and throughput; another one is recorded with counts=false and a note. "
                    + "422 when the endpoint is refused (the reason is in detail); 400 for wrong fields.")
    public Response measure(@RestPath long id, Measure body) {
        if (body == null) {
            throw ProblemException.badRequest("body", "Send a JSON object with endpoint.");
        }
        PilotView pilot = get(id);
        PilotMeasuring.Request request = new PilotMeasuring.Request(body.endpoint(), body.method(), body.body(),
                body.contentType(), Integer.toString(body.concurrency() == null ? pilot.concurrency() : body.concurrency()),
                Integer.toString(body.requests() == null ? pilot.requests() : body.requests()));
        try {
            PilotView measured = measuring.measure(id, currentUser.id(), request)
                    .orElseThrow(() -> ProblemException.notFound("pilot " + id));
            return Response.status(201).entity(measured).build();
        } catch (PilotMeasuring.InvalidRequest e) {
            throw badRequest(e.errors);
        } catch (PilotMeasuring.Busy e) {
            throw ProblemException.tooManyRequests(e.getMessage());
        } catch (TargetRefusedException e) {
            throw ProblemException.unprocessable(e.getMessage(), List.of(new Problem.FieldError("endpoint", e.getMessage())));
        }
    }

    @PUT
    @Path("/{id}/figures")
    @Operation(summary = "Record figures by metric key, e.g. {\"memory-footprint\": 96}; null clears one")
    public PilotView figures(@RestPath long id, Map<String, Double> figures) {
        PilotView pilot = get(id);
        PilotInput in = new PilotInput();
        if (figures == null || figures.isEmpty()) {
            in.error("body", "Send an object of metric key to figure.");
        } else {
            figures.forEach((key, value) -> {
                if (pilot.metrics().stream().noneMatch(m -> m.key().equals(key))) {
                    in.error(key, "Unknown metric.");
                } else if (value != null && (value < 0 || !Double.isFinite(value))) {
                    in.error(key, "A figure is a number of 0 or more.");
                }
            });
        }
        if (!in.ok()) {
            throw badRequest(in.errors());
        }
        return pilots.recordFigures(id, currentUser.id(), figures).orElseThrow();
    }

    @POST
    @Path("/{id}/outcome")
    @Operation(summary = "Record GO or NO_GO; the pilot's decision becomes ACCEPTED or REJECTED",
            description = "409 when the pilot is already closed the other way, or its decision is not proposed "
                    + "(only a proposed decision can be accepted or rejected). Repeating the same outcome changes nothing.")
    public PilotView outcome(@RestPath long id, Outcome body) {
        String outcome = body == null ? null : body.outcome();
        if (!"GO".equals(outcome) && !"NO_GO".equals(outcome)) {
            throw ProblemException.badRequest("outcome", "Use GO or NO_GO.");
        }
        try {
            return pilots.close(id, currentUser.id(), "GO".equals(outcome))
                    .orElseThrow(() -> ProblemException.notFound("pilot " + id));
        } catch (PilotService.CloseRefused e) {
            throw ProblemException.conflict(e.getMessage());
        }
    }

    private static ProblemException badRequest(Map<String, String> errors) {
        List<Problem.FieldError> list = errors.entrySet().stream()
                .map(e -> new Problem.FieldError(e.getKey(), e.getValue())).toList();
        return ProblemException.badRequest(String.join(" ", list.stream()
                .map(e -> e.field() + ": " + e.message()).toList()), list);
    }
}
