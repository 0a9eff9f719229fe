package dev.gofit.pilot;

import dev.gofit.decision.DecisionConfirmation;
import dev.gofit.decision.DecisionStatus;
import dev.gofit.support.Browser;
import dev.gofit.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/** The leader's journey in Chromium: scope a pilot from a decision, measure it, close it. */
@QuarkusTest
class PilotBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    DecisionConfirmation confirmation;

    /** Grows the window to the page's height so the screenshot shows the whole page, then restores it. */
    private static void fullPage(Browser browser, String name) {
        org.openqa.selenium.WebDriver.Window window = browser.driver().manage().window();
        org.openqa.selenium.Dimension size = window.getSize();
        Object height = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollHeight");
        window.setSize(new org.openqa.selenium.Dimension(size.getWidth(), ((Number) height).intValue() + 150));
        browser.screenshot(name);
        window.setSize(size);
    }

    /** The page's width in CSS pixels, and the elements that stick out past the window (for the message). */
    private static String overflow(Browser browser) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "const w = document.documentElement.clientWidth; const out = [];"
                        + "document.querySelectorAll('body *').forEach(e => { const r = e.getBoundingClientRect();"
                        + " if (r.right > w + 1 && !e.closest('.table-scroll')) out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right)); });"
                        + "return document.documentElement.scrollWidth + ' ' + out.slice(0, 8).join(', ');");
    }

    @Test
    void leaderDraftsFromEvidenceMeasuresTwiceReadsTheTrendAndClosesWithAReason() {
        String leader = TestUsers.leader();
        long decision = PilotFixtures.decision(leader, "Payments gateway in Go", true, true, false, false);
        PilotFixtures.note(decision, "ioPerformance", "p95 under 50 ms at 1,000 concurrent requests");
        try (Browser browser = Browser.open(base.toString(), 1366, 900)) {
            browser.login(leader).waitForText("Log out", 10);
            // The decision wizard's result page links to the pilot scope.
            browser.go("/decisions/" + decision).waitForText("Scope a 2-week pilot", 10);
            browser.clickText("Scope a 2-week pilot").waitForText("Payments gateway in Go", 10);
            assertThat(browser.path()).isEqualTo("/pilots/new");
            browser.type("#f-service", "Payment authorization API").type("#f-owner", "Ana Lima")
                    .type("#f-team", "Payments squad (3 engineers)");
            browser.clickText("Draft the pilot").waitForText("Edit the charter", 15);
            // The CTO's "p95 under 50 ms" is the target, and the hypothesis says so.
            assertThat(browser.find("#f-hypothesis").getAttribute("value"))
                    .startsWith("If we build Payment authorization API in Go").contains("under 50 ms");
            assertThat(browser.find("#t-p95-latency").getAttribute("value")).isEqualTo("50");
            fullPage(browser, "pilot-edit-desktop");
            browser.clickText("Save the charter").waitForText("The charter is saved.", 15);
            assertThat(browser.text()).contains("From the decision's note on I/O performance: \u201cp95 under 50 ms\u201d.");

            // Two measurements of a local endpoint at the charter's N, each followed live until it ends.
            String n = browser.find("#f-concurrency").getAttribute("value");
            for (int run = 1; run <= 2; run++) {
                browser.type("#f-endpoint", base + "q/health/ready").type("#f-requests", "60");
                browser.clickText("Run the measurement").waitForText("Measurement ", 15);
                browser.waitForText(": Done", 60);
                browser.waitForText("60 of 60 at " + n + " concurrent", 30);
            }
            // The p95 trend has both runs as points against minimum and target.
            assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(".metric:first-child circle.trend-measured")))
                    .hasSize(2);
            assertThat(browser.find(".metric:first-child svg").getText()).contains("target 50").contains("minimum 150");
            fullPage(browser, "pilot-show-desktop");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('results').scrollIntoView()");
            browser.screenshot("pilot-trend-desktop");

            // The day-5 report.
            browser.go("/pilots").clickText("Payment authorization API").waitForText("Day-5 report", 10);
            String pilotPath = browser.path();
            // The report downloads (Content-Disposition): the signed-in browser fetches it as the link would.
            String report = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0]).then(r => r.text()).then(done, e => done(String(e)));",
                    pilotPath + "/report-5.md");
            assertThat(report).startsWith("# Checkpoint report: Payment authorization API")
                    .containsPattern("Recommendation: \\*\\*(NO_GO|INCOMPLETE)\\*\\*").contains(" → ");

            // Go with unmeasured metrics and before the go / no-go day: refused until a reason is written.
            browser.go(pilotPath).waitForText("Close the pilot", 10);
            browser.clickText("Go: accept the decision").waitForText("A written reason is needed to close as Go", 15);
            assertThat(browser.find("#close .error").getText()).contains("metrics have no figure that counts");
            assertThat(PilotFixtures.status(decision)).isEqualTo(DecisionStatus.PROPOSED);
            browser.type("#f-reason", "Latency is proven; the productivity figures come after the rollout.");
            browser.clickText("Go: accept the decision").waitForText("the decision's status updated", 15);
            assertThat(browser.find("#close").getText()).contains("Outcome: Go")
                    .contains("Reason given at the close: Latency is proven");

            // The decision's ADR (decision feature) now carries the pilot's results and the reason.
            browser.go("/decisions/" + decision + "/print").waitForText("Confirmation", 10);
            assertThat(browser.text()).contains("Confirmed by a two-week pilot").contains("Pilot outcome: Go")
                    .contains("Reason given at the close: Latency is proven");
        }
        assertThat(PilotFixtures.status(decision)).isEqualTo(DecisionStatus.ACCEPTED);
    }

    @Test
    void thePilotPagesWorkOnAPhone() {
        String leader = TestUsers.leader();
        long decision = PilotFixtures.decision(leader, "Search service", false, true, true, false);
        try (Browser browser = Browser.open(base.toString(), 390, 844)) {
            browser.login(leader).waitForText("Log out", 10);
            browser.go("/pilots/new?decision=" + decision).waitForText("Search service", 10);
            browser.type("#f-service", "Search API");
            fullPage(browser, "pilot-scope-phone");
            browser.clickText("Draft the pilot").waitForText("Edit the charter", 15);
            assertThat(overflow(browser)).startsWith("390 ");
            fullPage(browser, "pilot-edit-phone");
            browser.clickText("Save the charter").waitForText("The charter is saved.", 15);
            browser.type("#fig-memory-footprint", "70").type("#fig-startup-time", "180");
            browser.clickText("Record the figures").waitForText("The figures are recorded.", 15);
            assertThat(overflow(browser)).startsWith("390 ");
            fullPage(browser, "pilot-show-phone");
            browser.go("/pilots/new").type("#f-startDate", "x").clickText("Draft the pilot").waitForText("Please check the form", 10);
            fullPage(browser, "pilot-scope-errors-phone");
            browser.go("/pilots").waitForText("Search API", 10);
            fullPage(browser, "pilot-list-phone");
        }
    }
}
