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

    @Test
    void leaderScopesAPilotFromADecisionMeasuresItAndSeesTheDecisionRecordUpdated() {
        String leader = TestUsers.leader();
        long decision = PilotFixtures.decision(leader, "Payments gateway in Go", true, true, false, false);
        try (Browser browser = Browser.open(base.toString())) {
            browser.login(leader).waitForText("Log out", 10);
            // The decision wizard's result page links to the pilot scope.
            browser.go("/decisions/" + decision).waitForText("Scope a 2-week pilot", 10);
            browser.clickText("Scope a 2-week pilot").waitForText("Payments gateway in Go", 10);
            assertThat(browser.path()).isEqualTo("/pilots/new");
            browser.type("#f-service", "Payment authorization API").type("#f-owner", "Ana Lima")
                    .type("#f-team", "Payments squad (3 engineers)");
            fullPage(browser, "pilot-scope-desktop");
            browser.clickText("Draft the pilot").waitForText("Edit the charter", 15);
            assertThat(browser.find("#f-hypothesis").getAttribute("value"))
                    .startsWith("If we build Payment authorization API in Go").contains("under 60 ms");
            fullPage(browser, "pilot-edit-desktop");
            browser.clickText("Save the charter").waitForText("The charter is saved.", 15);

            // The form proposes the charter's concurrency N (100): only a run at N counts against the targets.
            assertThat(browser.find("#f-concurrency").getAttribute("value")).isEqualTo("100");
            browser.type("#f-endpoint", base + "q/health/ready").type("#f-requests", "60");
            browser.clickText("Run the measurement").waitForText("The measurement is recorded", 40);
            assertThat(browser.find("table.load").getText()).contains("60 of 60 at 100 concurrent");
            assertThat(browser.find(".confirmation").getText()).contains("Confirmed by a two-week pilot")
                    .contains("Payment authorization API").contains("60 of 60 requests at 100 concurrent");
            fullPage(browser, "pilot-show-desktop");

            browser.clickText("Go: accept the decision").waitForText("the decision's status updated", 15);
            assertThat(browser.find("#close").getText()).contains("Outcome: Go");
            browser.go("/pilots").waitForText("Payment authorization API", 10);
            fullPage(browser, "pilot-list-desktop");

            // The decision's ADR (decision feature) now carries the pilot's results under "Confirmation".
            browser.go("/decisions/" + decision + "/print").waitForText("Confirmation", 10);
            assertThat(browser.text()).contains("Confirmed by a two-week pilot").contains("Payment authorization API")
                    .contains("Pilot outcome: Go").contains("60 of 60 requests at 100 concurrent");
            fullPage(browser, "pilot-adr-desktop");
        }
        assertThat(PilotFixtures.status(decision)).isEqualTo(DecisionStatus.ACCEPTED);
        assertThat(confirmation.confirmationMarkdown(decision)).get().asString()
                .contains("Pilot outcome: Go").contains("- p95 latency: **").contains("(baseline 250, minimum 150, target ≤ 60 ms)");
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
            fullPage(browser, "pilot-edit-phone");
            browser.clickText("Save the charter").waitForText("The charter is saved.", 15);
            browser.type("#fig-memory-footprint", "70").type("#fig-startup-time", "180");
            browser.clickText("Record the figures").waitForText("The figures are recorded.", 15);
            fullPage(browser, "pilot-show-phone");
            browser.go("/pilots/new").type("#f-startDate", "x").clickText("Draft the pilot").waitForText("Please check the form", 10);
            fullPage(browser, "pilot-scope-errors-phone");
            browser.go("/pilots").waitForText("Search API", 10);
            fullPage(browser, "pilot-list-phone");
        }
    }
}
