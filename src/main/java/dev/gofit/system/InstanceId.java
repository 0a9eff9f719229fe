package dev.gofit.system;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The name of this GoFit process among the replicas sharing one database ({@code gofit.instance-id},
 * {@code GOFIT_INSTANCE_ID}). It must stay the same across restarts of one replica (a restart takes
 * back only that replica's running reviews) and differ between replicas; by default the host name
 * and HTTP port.
 */
@ApplicationScoped
public class InstanceId {

    private final String id;

    public InstanceId(@ConfigProperty(name = "gofit.instance-id") Optional<String> configured,
                      @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
        this.id = configured.map(String::strip).filter(s -> !s.isEmpty())
                .orElseGet(() -> Optional.ofNullable(System.getenv("HOSTNAME")).filter(h -> !h.isBlank()).orElse("localhost")
                        + ":" + port);
        if (id.length() > 120) {
            throw new IllegalArgumentException("gofit.instance-id is longer than 120 characters: " + id);
        }
    }

    public String get() {
        return id;
    }
}
