package dev.gofit.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSP allows no inline style or script ({@code style-src 'self'; script-src 'self'}): page
 * templates carry no {@code style} attribute, no {@code <style>} element, no {@code <script>} without
 * {@code src} and no {@code on...=} handler. PDF templates are rendered on the server, not by a
 * browser under the CSP, so they may style inline.
 */
class NoInlineStyleOrScriptTest {

    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\sstyle\\s*=|<style[\\s>]|<script(?![^>]*\\ssrc\\s*=)[^>]*>|\\son[a-z]+\\s*=\\s*[\"']", Pattern.CASE_INSENSITIVE);

    @Test
    void pageTemplatesHaveNoInlineStyleOrScript() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String name = file.getFileName().toString().toLowerCase();
                if (name.contains("pdf")) {
                    continue;
                }
                String text = Files.readString(file);
                Matcher m = FORBIDDEN.matcher(text);
                while (m.find()) {
                    int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                    found.add(file + ":" + line + ": " + m.group().strip());
                }
            }
        }
        assertThat(found).as("inline styles or scripts in page templates").isEmpty();
    }
}
