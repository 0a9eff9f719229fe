package dev.gofit.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.Map;

/** A staff member's own account: changing their password. */
@Path("/account")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AccountResource {

    @Inject
    PasswordChange passwordChange;

    @Inject
    SessionStamp stamps;

    @Inject
    CurrentUser currentUser;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance password(Map<String, String> errors, boolean changed);
    }

    @GET
    @Path("password")
    public TemplateInstance passwordForm(@QueryParam("changed") boolean changed) {
        return Templates.password(Map.of(), changed);
    }

    @POST
    @Path("password")
    public Response changePassword(@RestForm String currentPassword, @RestForm String password,
                                   @RestForm String confirmation, @Context HttpServerRequest request) {
        Map<String, String> errors = passwordChange.changeOwn(currentUser.id(), currentPassword,
                password == null ? "" : password, confirmation == null ? "" : confirmation,
                request.remoteAddress().hostAddress());
        if (!errors.isEmpty()) {
            // Passwords are never sent back: the form is shown empty with the messages.
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(Templates.password(errors, false)).build();
        }
        // The new hash ended every session of this account, this one included: stamp it afresh.
        User user = currentUser.user();
        return Response.seeOther(URI.create("/account/password?changed=true"))
                .cookie(stamps.cookie(user.email, user.passwordHash, user.sessionGeneration, request.isSSL())).build();
    }
}
