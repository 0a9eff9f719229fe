package dev.gofit.account;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Who am I: lets a script check its credentials and roles. */
@Path("/api/me")
@Tag(name = "Account")
@Authenticated
public class MeApiResource {

    @Inject
    CurrentUser currentUser;

    public record Me(Long id, String email, String displayName, List<String> roles) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Me me() {
        User user = currentUser.user();
        return new Me(user.id, user.email, user.displayName, user.roles.stream().map(Enum::name).sorted().toList());
    }
}
