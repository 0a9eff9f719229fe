package dev.gofit.account;

import dev.gofit.system.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The admin's user pages: list staff accounts, add one, disable and enable them, set their password. */
@Path("/admin/users")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class UserAdminResource {

    @Inject
    UserAdmin admin;

    @Inject
    CurrentUser currentUser;

    @Inject
    PasswordChange passwordChange;

    /** What each role may do, as the form explains it. */
    public record RoleChoice(String name, String label, String hint) {
    }

    static final List<RoleChoice> ROLES = List.of(
            new RoleChoice(Role.LEADER_NAME, "Leader", "decides on Go, weighs the matrix, scopes pilots"),
            new RoleChoice(Role.HIRING_MANAGER_NAME, "Hiring manager", "builds checklists, invites and grades candidates"),
            new RoleChoice(Role.INTERVIEWER_NAME, "Interviewer", "interviews assigned candidates and records their own scorecards"),
            new RoleChoice(Role.ADMIN_NAME, "Admin", "manages users and may do everything"));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<User> users, Long me, String message, String problem);

        static native TemplateInstance form(NewUser form, Map<String, String> errors, List<RoleChoice> roles);

        static native TemplateInstance password(User user, Map<String, String> errors);
    }

    @GET
    public TemplateInstance list(@QueryParam("added") Long added, @QueryParam("disabled") Long disabled,
                                 @QueryParam("enabled") Long enabled, @QueryParam("self") boolean self,
                                 @QueryParam("password") Long password) {
        String message = added != null ? describe(added, "was added")
                : disabled != null ? describe(disabled, "is disabled: it can no longer log in")
                : enabled != null ? describe(enabled, "is enabled again")
                : password != null ? describe(password, "has a new password: their open sessions are logged out") : null;
        String problem = self ? "You cannot disable your own account." : null;
        return Templates.list(User.listByEmail(), currentUser.id(), message, problem);
    }

    @GET
    @Path("new")
    public TemplateInstance newUser() {
        return Templates.form(new NewUser("", "", EnumSet.of(Role.LEADER), ""), Map.of(), ROLES);
    }

    @POST
    public Response create(@RestForm String email, @RestForm String displayName, @RestForm List<String> roles,
                           @RestForm String password) {
        Map<String, String> errors = new TreeMap<>();
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        for (String role : roles == null ? List.<String>of() : roles) {
            try {
                chosen.add(Role.valueOf(role));
            } catch (IllegalArgumentException e) {
                errors.put("roles", "unknown role " + role);
            }
        }
        NewUser form = new NewUser(trim(email), trim(displayName), chosen, password == null ? "" : password);
        admin.problems(form).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            // The password is not sent back: the admin types it again.
            NewUser shown = new NewUser(form.email(), form.displayName(), chosen, "");
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.form(shown, errors, ROLES)).build();
        }
        User user = admin.create(form);
        return Response.seeOther(URI.create("/admin/users?added=" + user.id)).build();
    }

    @POST
    @Path("{id}/disable")
    public Response disable(@PathParam("id") long id) {
        try {
            admin.setEnabled(id, false, currentUser.id());
        } catch (ProblemException e) {
            if (e.problem().status() == 409) {
                return Response.seeOther(URI.create("/admin/users?self=true")).build();
            }
            throw e;
        }
        return Response.seeOther(URI.create("/admin/users?disabled=" + id)).build();
    }

    @POST
    @Path("{id}/enable")
    public Response enable(@PathParam("id") long id) {
        admin.setEnabled(id, true, currentUser.id());
        return Response.seeOther(URI.create("/admin/users?enabled=" + id)).build();
    }

    @GET
    @Path("{id}/password")
    public Response passwordForm(@PathParam("id") long id) {
        if (id == currentUser.id()) {
            // Their own password: the self-service page asks for the current one and keeps the session.
            return Response.seeOther(URI.create("/account/password")).build();
        }
        return Response.ok(Templates.password(find(id), Map.of())).build();
    }

    @POST
    @Path("{id}/password")
    public Response setPassword(@PathParam("id") long id, @RestForm String password, @RestForm String confirmation) {
        if (id == currentUser.id()) {
            return Response.seeOther(URI.create("/account/password")).build();
        }
        Map<String, String> errors = passwordChange.reset(id, password == null ? "" : password,
                confirmation == null ? "" : confirmation);
        if (!errors.isEmpty()) {
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(Templates.password(find(id), errors)).build();
        }
        return Response.seeOther(URI.create("/admin/users?password=" + id)).build();
    }

    private static User find(long id) {
        return User.<User>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("user " + id));
    }

    private static String describe(long id, String what) {
        return User.<User>findByIdOptional(id).map(u -> u.email + " " + what + ".").orElse(null);
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
