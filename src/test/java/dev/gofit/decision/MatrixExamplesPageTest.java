package dev.gofit.decision;

import dev.gofit.support.FormSession;
import dev.gofit.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The guide's worked examples and the Go vs Java note on the /matrix page, with the verdicts the rules give them. */
@QuarkusTest
class MatrixExamplesPageTest {

    @Test
    void workedExamplesShowTheirFiguresSourceAndVerdict() {
        FormSession s = FormSession.login(TestUsers.leader());
        Document page = Jsoup.parse(s.get("/matrix").asString());
        Element gateway = page.select("article.worked-example:has(h3:contains(Fintech payment gateway))").first();
        assertThat(gateway).isNotNull();
        assertThat(gateway.text()).contains("10,000 concurrent requests at sub-50 ms latency", "Source: The Go-fit guide",
                VerdictRules.verdict(new Answers(true, true, true, true, false, false)).label());
        Element mlops = page.select("article.worked-example:has(h3:contains(MLOps orchestrator))").first();
        assertThat(mlops.text()).contains("P95 latency cut by 60%", Verdict.GO_WITH_CAVEATS.label(), "alternative: Python");
        assertThat(page.select("section.comparison h2").eachText()).contains("Go vs Java");
        assertThat(page.select("section.comparison li").text()).contains("CGO_ENABLED=0");
        assertThat(Jsoup.parse(s.get("/decisions/new").asString()).select("a[href=/matrix#examples]")).hasSize(1);
    }
}
