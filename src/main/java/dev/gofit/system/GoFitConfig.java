package dev.gofit.system;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.util.Optional;

/** The typed view of every {@code gofit.*} setting (names are public: see the README "Configuration"). */
@ConfigMapping(prefix = "gofit")
public interface GoFitConfig {

    /** Directory holding the H2 file database and its backups. */
    @WithName("data-dir")
    @WithDefault("./data")
    String dataDir();

    /** Directory holding the editable domain content (YAML / Markdown). */
    @WithName("content-dir")
    @WithDefault("./content")
    String contentDir();

    /** Base of invite links and of the upstream URLs handed to candidate endpoints. */
    @WithName("public-url")
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** The first administrator, created on an empty database. */
    Admin admin();

    interface Admin {
        /** Login e-mail of the bootstrap admin. */
        @WithDefault("admin@localhost")
        String email();

        /** Its password; when absent a random one is generated and logged once. */
        Optional<String> password();
    }
}
