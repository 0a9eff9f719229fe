package dev.gofit.matrix;

import dev.gofit.content.ContentException;
import dev.gofit.content.ContentLoader;

import java.util.List;

/** Finds the line of a {@code key: value} entry in a content file, so cross-check errors say file:line too. */
public final class ContentLines {

    private ContentLines() {
    }

    /** A problem reported at the first line containing {@code key: <value>}, or without a line when absent. */
    public static ContentException problem(ContentLoader loader, String file, String keyValue, String problem) {
        List<String> lines = loader.text(file).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("- ", "").trim();
            if (line.matches("key:\\s*\"?" + java.util.regex.Pattern.quote(keyValue) + "\"?\\s*(#.*)?")) {
                return new ContentException(file, i + 1, problem);
            }
        }
        return loader.problem(file, problem);
    }
}
