package dev.gofit.system;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.List;

/**
 * Markdown to HTML, with GitHub tables (ADRs and pilot charters use them). Two flavours:
 * {@link #userHtml} escapes raw HTML because the text holds what users typed;
 * {@link #trustedHtml} keeps it, for the operator's own content files.
 */
public final class Markdown {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer ESCAPING = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();
    private static final HtmlRenderer TRUSTING = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    private Markdown() {
    }

    public static String userHtml(String markdown) {
        return ESCAPING.render(PARSER.parse(markdown));
    }

    public static String trustedHtml(String markdown) {
        return TRUSTING.render(PARSER.parse(markdown));
    }
}
