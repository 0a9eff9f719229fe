package dev.gofit.pilot;

import dev.gofit.content.ContentLoader;
import dev.gofit.support.ContentFixtures;

/** Loads content/pilot.yaml the way the app does, without booting Quarkus. */
final class PilotTemplatesFixture {

    private PilotTemplatesFixture() {
    }

    static ContentLoader loader(String dir) {
        return ContentFixtures.loader(java.nio.file.Path.of(dir));
    }

    static PilotContent content() {
        return new PilotContent(loader("content"));
    }
}
