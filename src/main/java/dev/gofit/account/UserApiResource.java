package dev.gofit.account;

import dev.gofit.system.Problem;
import dev.gofit.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Staff account administration for scripts: list, add, disable and enable users, set passwords (ADMIN only). */
@Path("/api/users")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class UserApiResource {

    @Inject
    UserAdmin admin;

    @Inject
    CurrentUser currentUser;

    @Inject
    PasswordChange passwordChange;

    /** A new password an admin sets for an account. */
    public record PasswordReset(String password) {
    }

    /** A staff account as the API shows it (never the password hash). */
    public record UserView(Long id, String email, String displayName, List<String> roles, boolean enabled,
                           Instant createdAt) {
        static UserView of(User u) {
            return new UserView(u.id, u.email, u.displayName, u.roles.stream().map(Enum::name).sorted().toList(),
                    u.enabled, u.createdAt);
        }
    }

    @GET
    @Operation(summary = "List staff accounts, by e-mail")
    public List<UserView> list() {
        return User.listByEmail().stream().map(UserView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One staff account")
    public UserView get(@PathParam("id") long id) {
        return User.<User>findByIdOptional(id).map(UserView::of).orElseThrow(() -> ProblemException.notFound("user " + id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a staff account", description = "Roles: ADMIN, LEADER, HIRING_MANAGER. Password 12-72 characters and at most 72 bytes in UTF-8 (bcrypt reads no more).")
    public Response create(NewUser body) {
        if (body == null) {
            throw ProblemException.badRequest("body", "a JSON object with email, displayName, roles and password is required");
        }
        Map<String, String> problems = admin.problems(body);
        if (!problems.isEmpty()) {
            throw invalid("The user cannot be added: " + String.join(", ", problems.keySet())
                    + (problems.size() == 1 ? " is" : " are") + " invalid.", problems);
        }
        User user = admin.create(body);
        return Response.created(URI.create("/api/users/" + user.id)).entity(UserView.of(user)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/disable")
    @Operation(summary = "Disable an account: it cannot log in and its sessions stop at once")
    public UserView disable(@PathParam("id") long id) {
        return UserView.of(admin.setEnabled(id, false, currentUser.id()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/enable")
    @Operation(summary = "Enable an account again")
    public UserView enable(@PathParam("id") long id) {
        return UserView.of(admin.setEnabled(id, true, currentUser.id()));
    }

    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set an account's password",
            description = "Body {\"password\": \"...\"}, 12-72 characters, at most 72 bytes in UTF-8. The account's open login sessions end at "
                    + "their next request. Answers 204.")
    @APIResponse(responseCode = "204", description = "The password is set")
    @APIResponse(responseCode = "400", description = "The password breaks the rules (errors list)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such user", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response setPassword(@PathParam("id") long id, PasswordReset body) {
        Map<String, String> problems = passwordChange.reset(id, body == null ? null : body.password(), null);
        if (!problems.isEmpty()) {
            throw invalid("The password was not set: it " + problems.get("password") + ".", problems);
        }
        return Response.noContent().build();
    }

    /** A 400 problem listing each field → message of {@code problems}. */
    private static ProblemException invalid(String detail, Map<String, String> problems) {
        return ProblemException.badRequest(detail, problems.entrySet().stream()
                .map(e -> new Problem.FieldError(e.getKey(), e.getValue())).toList());
    }
}
