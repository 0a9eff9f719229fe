package dev.gofit.support;

import dev.gofit.content.ContentLoader;
import dev.gofit.matrix.Matrix;
import dev.gofit.matrix.MatrixDefinition;
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

    /** The repository's own content folder, as the app ships it. */
    public static final Path CONTENT = Path.of("content");

    /** The matrix the app ships with. */
    public static MatrixDefinition realMatrix() {
        return Matrix.load(loader(CONTENT));
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
