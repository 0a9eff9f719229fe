package dev.gofit.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The account page of personal API tokens: create one (shown once), see when each was last used, revoke. */
@Path("/account/tokens")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ApiTokenResource {

    @Inject
    ApiTokens tokens;

    @Inject
    CurrentUser currentUser;

    /** The create form: a name and, optionally, days until expiry (blank: never). */
    public record TokenForm(@RestForm String name, @RestForm String expiresInDays) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tokens(List<ApiTokens.Listed> tokens, ApiTokens.Created created,
                                              TokenForm form, Map<String, String> errors, boolean revoked);
    }

    @GET
    public Response page(@jakarta.ws.rs.QueryParam("revoked") boolean revoked) {
        return noStore(200, Templates.tokens(tokens.list(currentUser.id()), null, new TokenForm("", ""), Map.of(), revoked));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam TokenForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > 60 || name.contains("\n") || name.contains("\r")) {
            errors.put("name", "Name the token in one line of 1 to 60 characters (what will use it, e.g. \"ci\").");
        }
        Integer days = null;
        String d = form.expiresInDays() == null ? "" : form.expiresInDays().strip();
        if (!d.isEmpty()) {
            try {
                days = Integer.valueOf(d);
            } catch (NumberFormatException e) {
                days = -1;
            }
            if (days < 1 || days > 3650) {
                errors.put("expiresInDays", "Give a number of days from 1 to 3650, or leave it empty for no expiry.");
            }
        }
        if (!errors.isEmpty()) {
            return noStore(400, Templates.tokens(tokens.list(currentUser.id()), null, form, errors, false));
        }
        ApiTokens.Created created = tokens.create(currentUser.id(), name, days);
        return noStore(200, Templates.tokens(tokens.list(currentUser.id()), created, new TokenForm("", ""), Map.of(), false));
    }

    @POST
    @Path("/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@RestPath long id) {
        tokens.revoke(id, currentUser.id());
        return Response.seeOther(URI.create("/account/tokens?revoked=true")).build();
    }

    private static Response noStore(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store").entity(page).build();
    }
}
