package dev.gofit.system;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Markdown to HTML, with GitHub tables (ADRs and pilot charters use them). Two flavours:
 * {@link #userHtml} is for what users typed: raw HTML is escaped, images become their alt text
 * (nothing a user writes makes a browser or the PDF renderer fetch anything), and a link keeps
 * its target only when it is an absolute {@code http}, {@code https} or {@code mailto} address
 * (any other link, {@code javascript:}, {@code file:}, {@code data:} or relative, becomes its
 * text). {@link #trustedHtml} keeps everything, for the operator's own content files.
 */
public final class Markdown {

    private static final List<String> LINK_SCHEMES = List.of("http://", "https://", "mailto:");
    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final Parser USER_PARSER = Parser.builder().extensions(EXTENSIONS)
            .postProcessor(Markdown::defang).build();
    private static final HtmlRenderer ESCAPING = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();
    private static final HtmlRenderer TRUSTING = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    private Markdown() {
    }

    public static String userHtml(String markdown) {
        return ESCAPING.render(USER_PARSER.parse(markdown));
    }

    public static String trustedHtml(String markdown) {
        return TRUSTING.render(PARSER.parse(markdown));
    }

    /**
     * Text a user typed, embedded in generated Markdown as plain text on one line: line breaks become spaces
     * and the characters Markdown would read as structure (headings, emphasis, links, tables, HTML) are escaped.
     */
    public static String inline(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.strip().replaceAll("\\s*\\R\\s*", " ").toCharArray()) {
            if ("\\`*_[]<>#|!~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Whether a link target may stay a link in user Markdown. */
    public static boolean allowedLink(String destination) {
        if (destination == null) {
            return false;
        }
        String d = destination.strip().toLowerCase(Locale.ROOT);
        return LINK_SCHEMES.stream().anyMatch(s -> d.startsWith(s) && d.length() > s.length());
    }

    /** Replaces every image, and every link to a refused target, by its own text. */
    private static Node defang(Node document) {
        List<Node> unwrap = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                unwrap.add(image);
                visitChildren(image);
            }

            @Override
            public void visit(Link link) {
                if (!allowedLink(link.getDestination())) {
                    unwrap.add(link);
                }
                visitChildren(link);
            }
        });
        for (Node node : unwrap) {
            Node child = node.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                node.insertBefore(child);
                child = next;
            }
            node.unlink();
        }
        return document;
    }
}
