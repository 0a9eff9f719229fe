package dev.gofit.content;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: the editable content is there and the files loaded at start-up passed validation
 * (a broken file stops the start, so every file listed here is valid). The datasource check
 * that Quarkus adds covers the database.
 */
@Readiness
@ApplicationScoped
public class ContentHealthCheck implements HealthCheck {

    private final ContentLoader content;

    public ContentHealthCheck(ContentLoader content) {
        this.content = content;
    }

    /** Says once at start where content is read from (system's start-up report knows no feature). */
    void reportSource(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent event) {
        org.jboss.logging.Logger.getLogger(ContentHealthCheck.class).infof("GoFit content from: %s", content.source());
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("content")
                .status(content.available())
                .withData("source", content.source())
                .withData("files", String.join(", ", content.loaded()))
                .build();
    }
}
