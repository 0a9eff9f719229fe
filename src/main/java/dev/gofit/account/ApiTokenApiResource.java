package dev.gofit.account;

import dev.gofit.system.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.util.List;

/**
 * Personal API tokens of the caller (README "API tokens"): create one (the secret is in this
 * answer only), list them, revoke one. Scripts then send {@code Authorization: Bearer <token>}.
 */
@Path("/api/tokens")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API tokens")
public class ApiTokenApiResource {

    @Inject
    ApiTokens tokens;

    @Inject
    CurrentUser currentUser;

    /** A token to create: a name (one line) and, optionally, days until it expires. */
    public record NewToken(@NotBlank @Size(max = 60) @Pattern(regexp = "[^\\r\\n]*", message = "must be one line") String name,
                           @Min(1) @Max(3650) Integer expiresInDays) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApiToken", summary = "Create a personal API token (the token is shown only in this answer)")
    public Response create(@Valid @NotNull NewToken request) {
        ApiTokens.Created created = tokens.create(currentUser.id(), request.name(), request.expiresInDays());
        return Response.created(URI.create("/api/tokens/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listApiTokens", summary = "List your API tokens (never their secrets)")
    public List<ApiTokens.Listed> list() {
        return tokens.list(currentUser.id());
    }

    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}")
    @Operation(operationId = "revokeApiToken", summary = "Revoke one of your API tokens; it gets 401 from then on")
    public Response revoke(@RestPath long id) {
        if (!tokens.revoke(id, currentUser.id())) {
            throw ProblemException.notFound("API token " + id);
        }
        return Response.noContent().build();
    }
}
