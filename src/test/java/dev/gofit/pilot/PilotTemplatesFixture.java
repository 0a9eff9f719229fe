package dev.gofit.pilot;

import dev.gofit.content.ContentLoader;
import dev.gofit.system.GoFitConfig;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import java.util.Optional;

/** Loads content/pilot.yaml the way the app does, without booting Quarkus. */
final class PilotTemplatesFixture {

    private PilotTemplatesFixture() {
    }

    static ContentLoader loader(String dir) {
        Validator validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        GoFitConfig config = new GoFitConfig() {
            @Override
            public String dataDir() {
                return "target/data";
            }

            @Override
            public String contentDir() {
                return dir;
            }

            @Override
            public String publicUrl() {
                return "http://localhost:8080";
            }

            @Override
            public Admin admin() {
                return new Admin() {
                    @Override
                    public String email() {
                        return "admin@localhost";
                    }

                    @Override
                    public Optional<String> password() {
                        return Optional.empty();
                    }
                };
            }
        };
        return new ContentLoader(config, validator);
    }

    static PilotContent content() {
        return new PilotContent(loader("content"));
    }
}
