package dev.gofit.system;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Says once at start where data and content live and which safety switches are on. */
@ApplicationScoped
public class StartupReport {

    private static final Logger LOG = Logger.getLogger(StartupReport.class);

    void onStart(@Observes StartupEvent event, GoFitConfig config) {
        LOG.infof("GoFit data directory: %s; public URL: %s",
                java.nio.file.Path.of(config.dataDir()).toAbsolutePath().normalize(), config.publicUrl());
        if (SessionKeyConfigSource.generated()) {
            LOG.warn("GOFIT_SESSION_KEY is not set: using a random session key, so logins end when GoFit restarts "
                    + "and replicas cannot share sessions");
        }
    }
}
