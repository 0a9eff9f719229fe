package dev.gofit.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The "ops" security policy of {@code /q/metrics} and Swagger UI ({@code quarkus.http.auth.permission.ops}):
 * role ADMIN (login session, API token or HTTP Basic) unless {@code gofit.api.ops-public} opens them to anyone.
 * Health and the OpenAPI document stay public.
 */
@ApplicationScoped
public class OpsAccess implements HttpSecurityPolicy {

    private final boolean open;

    public OpsAccess(ApiConfig config) {
        this.open = config.opsPublic();
    }

    @Override
    public String name() {
        return "ops";
    }

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
                                            AuthorizationRequestContext context) {
        if (open) {
            return CheckResult.permit();
        }
        return identity.map(id -> !id.isAnonymous() && id.hasRole(Role.ADMIN_NAME) ? CheckResult.PERMIT : CheckResult.DENY);
    }
}
