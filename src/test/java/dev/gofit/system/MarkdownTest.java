package dev.gofit.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTest {

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
}
