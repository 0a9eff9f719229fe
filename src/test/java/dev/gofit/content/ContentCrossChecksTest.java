package dev.gofit.content;

import dev.gofit.hiring.HiringContent;
import dev.gofit.pilot.PilotContent;
import dev.gofit.support.ContentFixtures;
import dev.gofit.takehome.CheckCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The checks each content loader runs after binding (keys, order, references across files) stop the
 * start with file, line and problem: a broken copy of the shipped content per loader (framework.yaml's
 * are in MatrixContentTest).
 */
class ContentCrossChecksTest {

    @TempDir
    Path dir;

    ContentLoader loader;

    @BeforeEach
    void copyShippedContent() throws IOException {
        Path content = Path.of("content");
        try (Stream<Path> files = Files.walk(content)) {
            files.forEach(from -> {
                try {
                    Path to = dir.resolve(content.relativize(from).toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(from, to);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        loader = ContentFixtures.loader(dir);
    }

    /** Replaces {@code from} (once) in a content file and answers the 1-based line the replacement is on. */
    private int breakFile(String file, String from, String to) throws IOException {
        String text = Files.readString(dir.resolve(file));
        int at = text.indexOf(from);
        assertThat(at).as("'%s' in %s", from, file).isNotNegative();
        Files.writeString(dir.resolve(file), text.substring(0, at) + to + text.substring(at + from.length()));
        return (int) text.substring(0, at).lines().count() + (text.substring(0, at).endsWith("\n") ? 1 : 0);
    }

    @Test
    void anUnknownTakeHomeCheckPointsAtItsKey() throws IOException {
        int line = breakFile("takehome/checks.yaml", "  - key: bad-json", "  - key: bad-jsn");
        assertThatThrownBy(() -> new CheckCatalog(loader))
                .isInstanceOf(ContentException.class)
                .hasMessageStartingWith("takehome/checks.yaml:" + line + ": 'bad-jsn' is not a check of the contract");
    }

    @Test
    void pilotDaysOutOfOrderPointAtTheWrongDay() throws IOException {
        int line = breakFile("pilot.yaml", "{ day: 3,", "{ day: 4,");
        assertThatThrownBy(() -> new PilotContent(loader))
                .isInstanceOf(ContentException.class)
                .hasMessage("pilot.yaml:" + line + ": days[2]: expected day 3 but found day 4");
    }

    @Test
    void aSkillCheckNamingAnUnknownStagePointsAtTheStage() throws IOException {
        int line = breakFile("skills.yaml", "        stage: screen", "        stage: pairing");
        assertThatThrownBy(() -> new HiringContent(loader))
                .isInstanceOf(ContentException.class)
                .hasMessageStartingWith("skills.yaml:" + line + ": skills[0].checks[0].stage: check 'concurrency/mutex-vs-channel' "
                        + "names stage 'pairing'");
    }

    @Test
    void aPathTheFileLacksIsReportedAtItsNearestEnclosingNode() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("takehome/checks.yaml"));
        int checks = lines.indexOf("checks:") + 1;
        // The list's node starts at its first item, the line after "checks:".
        assertThat(loader.problemAt("takehome/checks.yaml", "checks[99].key", "p"))
                .hasMessage("takehome/checks.yaml:" + (checks + 1) + ": p");
        assertThat(loader.problemAt("takehome/checks.yaml", "checks[0].key", "p"))
                .hasMessage("takehome/checks.yaml:" + (checks + 1) + ": p");
        assertThat(loader.problemAt("takehome/checks.yaml", "checks[1].weight", "p"))
                .hasMessage("takehome/checks.yaml:" + (lines.indexOf("  - key: concurrency") + 3) + ": p");
    }
}
