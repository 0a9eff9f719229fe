package dev.gofit.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The login form (posted to Quarkus' {@code /j_security_check}) and logout. */
@Path("/")
public class LoginResource {

    /** Name of the encrypted session cookie written by Quarkus form authentication. */
    static final String SESSION_COOKIE = "quarkus-credential";

    @Inject
    SecurityIdentity identity;

    @Inject
    SessionStamp stamps;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean loggedOut);
    }

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public Object login(@QueryParam("error") boolean error, @QueryParam("bye") boolean bye) {
        if (!identity.isAnonymous()) {
            return Response.seeOther(URI.create("/")).build();
        }
        return Templates.login(error, bye);
    }

    @POST
    @Path("logout")
    public Response logout() {
        if (!identity.isAnonymous()) {
            stamps.endSessions(identity.getPrincipal().getName());
        }
        NewCookie expired = new NewCookie.Builder(SESSION_COOKIE).path("/").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).value("").build();
        return Response.seeOther(URI.create("/login?bye=true")).cookie(expired, SessionStamp.expired()).build();
    }
}
