package dev.gofit.takehome;

import dev.gofit.outbound.TargetRefusedException;
import dev.gofit.outbound.TargetGuard;
import dev.gofit.account.CurrentUser;
import dev.gofit.account.Role;
import dev.gofit.system.Problem;
import dev.gofit.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The review JSON API: start a review of an endpoint, read its progress and report. */
@Path("/api/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.HIRING_MANAGER_NAME, Role.ADMIN_NAME})
@Tag(name = "Take-home reviews")
public class ReviewApiResource {

    /** What to review. */
    public record NewReview(@NotBlank @Size(max = TargetGuard.MAX_URL_LENGTH) String endpoint, @Size(max = 120) String label) {
    }

    private final ReviewService service;
    private final CurrentUser currentUser;

    public ReviewApiResource(ReviewService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @POST
    @Operation(summary = "Queue a review of an endpoint (202); 422 when the guard refuses the target")
    public Response create(@Valid @NotNull NewReview body) {
        try {
            Review review = service.submit(body.endpoint(), body.label(), currentUser.id());
            return Response.accepted(Map.of("id", review.id, "status", review.status.name()))
                    .location(URI.create("/api/reviews/" + review.id)).build();
        } catch (TargetRefusedException e) {
            throw ProblemException.unprocessable(e.getMessage(), List.of(new Problem.FieldError("endpoint", e.getMessage())));
        }
    }

    @GET
    @Operation(summary = "Your reviews, newest first")
    public List<ReviewJson> list() {
        return Review.listVisible(currentUser.id(), currentUser.isAdmin(), 200).stream().map(ReviewJson::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A review's status, progress, checks and load figures")
    public ReviewJson get(long id) {
        return ReviewJson.of(Review.findVisible(id, currentUser.id(), currentUser.isAdmin())
                .orElseThrow(() -> ProblemException.notFound("review " + id)));
    }
}
