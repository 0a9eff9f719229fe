package dev.gofit.system;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.inject.Instance;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The home page: what GoFit is and its three journeys, or the signed-in user's dashboard. */
@Path("/")
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home();
    }

    private final SecurityIdentity identity;
    private final Instance<HomeDashboard> dashboard;

    public HomeResource(SecurityIdentity identity, Instance<HomeDashboard> dashboard) {
        this.identity = identity;
        this.dashboard = dashboard;
    }

    /** The public page for visitors; after login, the user's own dashboard when a feature provides one. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        if (!identity.isAnonymous() && dashboard.isResolvable()) {
            return dashboard.get().render();
        }
        return Templates.home();
    }
}
