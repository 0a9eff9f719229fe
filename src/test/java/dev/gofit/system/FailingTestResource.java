package dev.gofit.system;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test-only endpoints that fail in ways the app does not expect. */
@Path("/")
public class FailingTestResource {

    @GET
    @Path("api/test-failure")
    @Produces(MediaType.APPLICATION_JSON)
    public String api() {
        throw new IllegalStateException("secret internal detail: connection string jdbc:h2:secret");
    }

    @GET
    @Path("test-failure")
    @Produces(MediaType.TEXT_HTML)
    public String page() {
        throw new NullPointerException("secret internal detail in a page");
    }
}
