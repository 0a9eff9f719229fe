package dev.gofit.content;

import dev.gofit.support.ContentFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A broken content file is reported as file:line: problem, so the start stops with a useful message. */
class ContentLoaderTest {

    @TempDir
    Path dir;

    ContentLoader loader;

    @BeforeEach
    void setUp() {
        loader = ContentFixtures.loader(dir);
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text);
    }

    @Test
    void bindsAValidFileToTheRecord() throws IOException {
        write("sample.yaml", """
                title: Languages
                items:
                  - key: go
                    rating: 5
                  - key: python
                    rating: 3
                """);
        SampleContent content = loader.yaml("sample.yaml", SampleContent.class);
        assertThat(content.title()).isEqualTo("Languages");
        assertThat(content.items()).extracting(SampleContent.Item::key).containsExactly("go", "python");
        assertThat(loader.loaded()).containsExactly("sample.yaml");
        assertThat(loader.available()).isTrue();
    }

    @Test
    void yamlSyntaxErrorNamesFileAndLine() throws IOException {
        write("broken.yaml", """
                title: Languages
                items:
                  - key: go
                    rating: 5
                  - key: "python
                    rating: 3
                """);
        assertThatThrownBy(() -> loader.yaml("broken.yaml", SampleContent.class))
                .isInstanceOf(ContentException.class)
                .hasMessageStartingWith("broken.yaml:")
                .hasMessageContaining("not valid YAML")
                .message().matches("broken\\.yaml:[5-7]: .*");
        assertThat(loader.loaded()).isEmpty();
    }

    @Test
    void unknownFieldNamesFileLineAndField() throws IOException {
        write("typo.yaml", """
                title: Languages
                items:
                  - key: go
                    ratng: 5
                """);
        assertThatThrownBy(() -> loader.yaml("typo.yaml", SampleContent.class))
                .isInstanceOf(ContentException.class)
                .hasMessage("typo.yaml:4: items[0].ratng: unknown field (check the spelling against content/README.md)");
    }

    @Test
    void validationFailureNamesFileLineAndRule() throws IOException {
        write("invalid.yaml", """
                title: Languages
                items:
                  - key: go
                    rating: 5
                  - key: rust
                    rating: 9
                """);
        assertThatThrownBy(() -> loader.yaml("invalid.yaml", SampleContent.class))
                .isInstanceOf(ContentException.class)
                .hasMessage("invalid.yaml:6: items[1].rating must be less than or equal to 5");
    }

    @Test
    void missingRequiredValueIsReportedAtItsParent() throws IOException {
        write("blank.yaml", """
                items:
                  - key: go
                    rating: 2
                """);
        assertThatThrownBy(() -> loader.yaml("blank.yaml", SampleContent.class))
                .hasMessage("blank.yaml:1: title must not be blank");
    }

    @Test
    void missingNumberIsRequired() throws IOException {
        write("short.yaml", """
                title: Languages
                items:
                  - key: go
                """);
        assertThatThrownBy(() -> loader.yaml("short.yaml", SampleContent.class))
                .hasMessage("short.yaml:3: items[0].rating: is required");
    }

    @Test
    void wrongTypeNamesTheField() throws IOException {
        write("type.yaml", """
                title: Languages
                items:
                  - key: go
                    rating: five
                """);
        assertThatThrownBy(() -> loader.yaml("type.yaml", SampleContent.class))
                .message().startsWith("type.yaml:4: items[0].rating:");
    }

    @Test
    void missingAndEmptyFilesAreReported() throws IOException {
        assertThatThrownBy(() -> loader.yaml("absent.yaml", SampleContent.class))
                .hasMessageStartingWith("absent.yaml: is missing from");
        write("empty.yaml", "");
        assertThatThrownBy(() -> loader.yaml("empty.yaml", SampleContent.class)).hasMessage("empty.yaml: the file is empty");
    }

    @Test
    void filesOutsideTheContentDirectoryAreRefused() {
        assertThatThrownBy(() -> loader.text("../etc/passwd")).hasMessageContaining("outside the content directory");
    }

    @Test
    void markdownIsRenderedToHtml() throws IOException {
        write("brief.md", "# Brief\n\nBuild *one* endpoint.\n");
        assertThat(loader.markdownHtml("brief.md")).contains("<h1>Brief</h1>").contains("<em>one</em>");
    }
}
