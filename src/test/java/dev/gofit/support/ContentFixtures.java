package dev.gofit.support;

import dev.gofit.content.ContentLoader;
import dev.gofit.system.GoFitConfig;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import java.nio.file.Path;
import java.util.Optional;

/** A {@link ContentLoader} over any directory, built the way the app builds it, without booting Quarkus. */
public final class ContentFixtures {

    private ContentFixtures() {
    }

    public static ContentLoader loader(Path contentDir) {
        Validator validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        return new ContentLoader(configWithContentDir(contentDir), validator);
    }

    private static GoFitConfig configWithContentDir(Path contentDir) {
        return new GoFitConfig() {
            @Override
            public String dataDir() {
                return contentDir.resolve("data").toString();
            }

            @Override
            public String contentDir() {
                return contentDir.toString();
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
    }
}
