package dev.gofit.system;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** User Markdown keeps its text but loses what could make a viewer or a renderer fetch or run something. */
class MarkdownTest {

    private static final String HOSTILE = """
            See ![chart](http://127.0.0.1:18999/x.png) and ![secret](file:///etc/passwd).

            ![ref][img] [click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [file](file:///etc/passwd)
            [site](https://go.dev/doc) [mail](mailto:lead@example.com) <http://example.com/auto>

            <img src="http://127.0.0.1:18999/raw.png"> <link rel="stylesheet" href="http://127.0.0.1:18999/s.css">
            <style>@import url(http://127.0.0.1:18999/i.css); body { background: url(http://127.0.0.1:18999/b.png) }</style>

            [img]: http://127.0.0.1:18999/ref.png
            """;

    @Test
    void userMarkdownHasNoImagesAndOnlyWebAndMailLinks() {
        Document html = Jsoup.parseBodyFragment(Markdown.userHtml(HOSTILE));
        assertThat(html.select("img, link, style, script, object, embed, iframe")).isEmpty();
        assertThat(html.select("[src]")).isEmpty();
        assertThat(html.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("http://") || h.startsWith("https://")
                || h.startsWith("mailto:")).contains("https://go.dev/doc", "mailto:lead@example.com", "http://example.com/auto");
        assertThat(html.text()).contains("See chart and secret.", "ref", "click", "data", "file", "site", "mail")
                .contains("<img src=");
    }

    @Test
    void rendersGithubTables() {
        String html = Markdown.userHtml("| metric | target |\n|---|---|\n| p95 | 80 ms |\n");
        assertThat(html).contains("<table>").contains("<td>p95</td>").contains("<td>80 ms</td>");
    }

    @Test
    void userTextCannotInjectHtml() {
        assertThat(Markdown.userHtml("Payments <script>alert(1)</script>")).doesNotContain("<script>");
    }

    @Test
    void operatorContentMayUseHtml() {
        assertThat(Markdown.trustedHtml("<abbr title=\"Application Programming Interface\">API</abbr>"))
                .contains("<abbr");
    }

    @Test
    void operatorContentKeepsItsImages() {
        assertThat(Markdown.trustedHtml("![logo](/img/gofit.svg)")).contains("<img src=\"/img/gofit.svg\"");
    }
}
