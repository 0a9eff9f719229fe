package dev.gofit.decision;

import dev.gofit.support.DecisionWizard;
import dev.gofit.account.Role;
import dev.gofit.support.Browser;
import dev.gofit.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A leader completes the wizard in a real Chromium, changes a weight, exports the ADR; every page is captured. */
@QuarkusTest
class DecisionBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void leaderCompletesTheWizardChangesAWeightAndExportsTheAdr() {
        String email = TestUsers.ensure("journey@test.gofit", Role.LEADER);
        try (Browser b = Browser.open(base.toString())) {
            b.login(email).waitForText("Log out", 10);
            b.go("/decisions").waitForText("No decisions yet", 10);
            shot(b, "decision-list-empty", 1280);
            b.clickText("New decision").waitForText("Start a decision", 10);
            b.type("#f-title", "Payments gateway")
                    .type("#f-description", "Authorise card payments for the web shop: 2,000 requests per second at peak, p99 under 80 ms.")
                    .type("#f-teamContext", "Six backend engineers, mostly Java; two know Go.");
            shot(b, "decision-about", 1280);
            b.click("main form button[type=submit]");

            b.waitForText("Step 2 of 6", 10);
            b.click("input[name=answer][value=yes]").type("#f-note", "Thousands of concurrent card-network calls");
            shot(b, "decision-question", 1280);
            b.click("button[value=next]").waitForText("Step 3 of 6", 10);
            b.click("input[name=answer][value=yes]").click("button[value=next]").waitForText("Step 4 of 6", 10);
            // Back keeps the answer given on step 3.
            b.click("button[value=back]").waitForText("Step 3 of 6", 10);
            assertThat(b.find("input[name=answer][value=yes]").isSelected()).isTrue();
            b.click("button[value=next]").waitForText("Step 4 of 6", 10);
            // Next without an answer: the message, the page stays.
            b.click("button[value=next]").waitForText("Choose yes or no", 10);
            shot(b, "decision-question-error", 1280);
            b.click("input[name=answer][value=no]").click("button[value=next]").waitForText("Step 5 of 6", 10);
            b.click("input[name=answer][value=yes]").click("button[value=next]").waitForText("Step 6 of 6", 10);
            b.click("input[name=mlPrototyping][value=no]").click("input[name=lowLevelMemoryControl][value=yes]");
            shot(b, "decision-cautions", 1280);
            b.click("button[value=next]").waitForText("Decision matrix", 10);

            assertThat(b.find("#verdict-h").getText()).isEqualTo("Go fits, with caveats");
            assertThat(b.text()).contains("Rust, for Absolute low-level memory control");
            shot(b, "decision-result", 1280);

            // Change a weight: htmx swaps the matrix fragment, no page load.
            String before = b.find("table.matrix tfoot").getText();
            b.driver().findElement(By.tagName("body")).click();
            WebElement memory = b.find("#w-memory-control");
            assertThat(memory.getAttribute("value")).isEqualTo("5");
            ((ChromeDriver) b.driver()).executeScript("window.__samePage = true");
            memory.sendKeys(Keys.chord(Keys.CONTROL, "a"), "0", Keys.TAB);
            new WebDriverWait(b.driver(), Duration.ofSeconds(10))
                    .until(d -> !d.findElement(By.cssSelector("table.matrix tfoot")).getText().equals(before));
            assertThat(b.find("#w-memory-control").getAttribute("value")).isEqualTo("0");
            assertThat(((ChromeDriver) b.driver()).executeScript("return window.__samePage === true")).isEqualTo(true);
            assertThat(b.find("#matrix").getText()).contains("Reset to the weights from your answers");
            shot(b, "decision-result-weight-changed", 1280);

            // Export the ADR: the Markdown answer, as the browser fetches it.
            String path = b.path();
            Object adr = ((ChromeDriver) b.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('ERROR ' + e));", path + "/adr.md");
            assertThat((String) adr).startsWith("---\nstatus: proposed").contains("# Payments gateway", "## Decision Outcome",
                    "Systems and memory control 0", "(adjusted by the deciders)", "Thousands of concurrent card-network calls");

            b.clickText("Print view").waitForText("Decision Drivers", 10);
            assertThat(b.text()).contains("Decision Drivers", "Pros and Cons of the Options");
            shot(b, "decision-print", 1280);

            b.go("/decisions");
            shot(b, "decision-list", 1280);
            b.go("/matrix").waitForText("How GoFit rates", 10);
            shot(b, "decision-matrix-page", 1280);
        }
    }

    @Test
    void pagesReadWellOnAPhone() {
        String email = TestUsers.ensure("phone@test.gofit", Role.LEADER);
        try (Browser b = Browser.open(base.toString(), 390, 844)) {
            b.login(email).waitForText("Log out", 10);
            b.go("/decisions/new").waitForText("Start a decision", 10);
            b.type("#f-title", "Search API");
            shot(b, "phone-decision-about", 390);
            b.click("main form button[type=submit]").waitForText("Step 2 of 6", 10);
            shot(b, "phone-decision-question", 390);
            for (int i = 0; i < 4; i++) {
                b.click("input[name=answer][value=yes]").click("button[value=next]");
                b.waitForText(i < 3 ? "Step " + (i + 3) + " of 6" : "Step 6 of 6", 10);
            }
            shot(b, "phone-decision-cautions", 390);
            b.click("input[name=mlPrototyping][value=yes]").click("input[name=lowLevelMemoryControl][value=no]");
            b.click("button[value=next]").waitForText("Decision matrix", 10);
            shot(b, "phone-decision-result", 390);
            b.clickText("Print view").waitForText("Decision Drivers", 10);
            shot(b, "phone-decision-print", 390);
            b.go("/decisions");
            shot(b, "phone-decision-list", 390);
            b.go("/matrix").waitForText("How GoFit rates", 10);
            shot(b, "phone-decision-matrix-page", 390);
        }
    }

    @Test
    void aFlipOfFourWeightsAndTheHiringHandoverReadWell() {
        String email = TestUsers.ensure("long-flip@test.gofit", Role.LEADER);
        long id = DecisionWizard.complete(dev.gofit.support.FormSession.login(email), "Edge proxy",
                java.util.List.of("yes", "no", "yes", "yes"), "no", "no");
        try (Browser b = Browser.open(base.toString(), 390, 844)) {
            b.login(email).waitForText("Log out", 10);
            b.go("/decisions/" + id).waitForText("What would flip the ranking", 10);
            assertThat(b.find(".flip li").getText()).contains("steps in all");
            assertThat(b.find(".hiring-handover").getText()).contains("A hiring manager builds the checklist");
            shot(b, "phone-decision-result-long-flip", 390);
            shot(b, "decision-result-long-flip", 1280);
        }
    }

    /** A full-page screenshot at {@code width} (phones emulated as mobile) under target/screenshots. */
    static void shot(Browser b, String name, int width) {
        b.shotAt(name, width);
    }
}
