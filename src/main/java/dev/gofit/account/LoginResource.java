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
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
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
        static native TemplateInstance login(boolean failed, boolean loggedOut, String email, boolean returning);
    }

    /**
     * The login form. {@code redirect} (a path of this site, e.g. from an htmx request whose session
     * ran out) is where the login leads back to; anything else is ignored.
     */
    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public Response login(@QueryParam("error") boolean error, @QueryParam("bye") boolean bye,
                          @QueryParam("redirect") String redirect, @CookieParam(LoginReturn.EMAIL_COOKIE) String email,
                          @Context UriInfo uri) {
        String origin = uri.getBaseUri().getScheme() + "://" + uri.getBaseUri().getRawAuthority();
        java.util.Optional<String> back = LoginReturn.samePath(redirect, origin);
        if (!identity.isAnonymous()) {
            return Response.seeOther(URI.create(back.orElse("/"))).build();
        }
        Response.ResponseBuilder page = Response.ok(Templates.login(error, bye, error ? LoginReturn.email(email) : "",
                back.isPresent()));
        if (email != null) {
            page.cookie(new NewCookie.Builder(LoginReturn.EMAIL_COOKIE).path("/login").maxAge(0).httpOnly(true)
                    .sameSite(NewCookie.SameSite.STRICT).value("").build());
        }
        // Quarkus' form login returns to the location in this cookie; it checks that it is on this site too.
        // Written by hand: NewCookie would quote a value with ':' and '/', which Quarkus then cannot read back.
        back.ifPresent(path -> page.header("Set-Cookie", LoginReturn.LOCATION_COOKIE + "=" + origin + path
                + "; Path=/; HttpOnly; SameSite=Strict" + ("https".equals(uri.getBaseUri().getScheme()) ? "; Secure" : "")));
        return page.build();
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
