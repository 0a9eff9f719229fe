package dev.gofit.decision;

import dev.gofit.account.Role;
import dev.gofit.support.Browser;
import dev.gofit.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10's journey in Chromium (it replaces the shorter one that ended at accepting): a leader with a Python team runs the wizard with context, sees the divergence
 * explained, adds Java, names a hiring manager as consulted and accepts with a rationale; the hiring manager finds
 * the decision in the shared log, comments on it and starts a checklist from it. Result and log pages are captured
 * at 1366 and 390 px.
 */
@QuarkusTest
class DecisionLogBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void leaderDecidesWithContextAndAHiringManagerStartsAChecklistFromTheLog() {
        String leader = TestUsers.ensure("journey-python@test.gofit", Role.LEADER);
        String hiring = TestUsers.ensure("journey-hiring@test.gofit", Role.HIRING_MANAGER);
        String decisionPath;
        try (Browser b = Browser.open(base.toString())) {
            b.login(leader).waitForText("Log out", 10);
            b.go("/decisions/new").waitForText("Start a decision", 10);
            b.type("#f-title", "Checkout events API");
            new Select(b.find("#fam-python")).selectByValue("EXPERT");
            new Select(b.find("#fam-go")).selectByValue("LEARNING");
            new Select(b.find("#f-timeline")).selectByValue("WEEKS");
            new Select(b.find("#f-hiring")).selectByValue("HARD");
            b.click("main form button[type=submit]").waitForText("Step 2 of 6", 10);
            for (int step = 3; step <= 6; step++) {
                b.click("input[name=answer][value=" + (step == 5 ? "no" : "yes") + "]").click("button[value=next]")
                        .waitForText("Step " + step + " of 6", 10);
            }
            b.click("input[name=mlPrototyping][value=no]").click("input[name=lowLevelMemoryControl][value=no]");
            b.click("button[value=next]").waitForText("Decision matrix", 10);
            decisionPath = b.path();

            assertThat(b.find("#verdict-h").getText()).isEqualTo("Go is a top contender");
            assertThat(b.find(".divergence").getText()).contains("Python ranks first in the matrix although the verdict is",
                    "Team familiarity");

            b.click("input[name=option][value=java]").click(".options-form button[type=submit]").waitForText("Options saved", 10);
            assertThat(b.driver().findElements(By.cssSelector("svg.chart rect"))).hasSize(4);

            b.click("input[name=consulted][value='" + userId(b, hiring) + "']").click(".people-form button[type=submit]")
                    .waitForText("People saved", 10);
            assertThat(b.find("dl.people").getText()).contains("journey-hiring");

            new Select(b.find("#chosenOption")).selectByValue("java");
            b.type("#rationale", "The team ships Python today; Java's hiring pool and our JVM platform decide it.");
            b.click("button[name=status][value=ACCEPTED]").waitForText("Decision accepted", 10);
            assertThat(b.find(".chosen").getText()).startsWith("Chosen option: Java");
            String adr = (String) ((ChromeDriver) b.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('ERROR ' + e));", b.path() + "/adr.md");
            assertThat(adr).contains("Chosen option: \"Java\", because the deciders chose it although the matrix ranks",
                    "Divergence: Python ranks first", "consulted: journey-hiring");
            b.shotAt("issue10-result-accepted-1366", 1366);
            b.shotAt("issue10-result-accepted-390", 390);
            b.shotOf("issue10-status-people-390", 390, "#status-h");
            assertThat(b.overflowsAt(390)).as("result page at 390 px").isFalse();
            b.logout();

            b.login(hiring).waitForText("Log out", 10);
            b.clickText("Decision log").waitForText("Every Go-fit decision of the team", 10);
            new Select(b.find("#chosen")).selectByValue("java");
            b.click(".log-filters button[type=submit]").waitForText("Checkout events API", 10);
            b.shotAt("issue10-log-1366", 1366);
            b.shotAt("issue10-log-390", 390);
            assertThat(b.overflowsAt(390)).as("log page at 390 px").isFalse();

            b.clickText("Checkout events API").waitForText("shared log", 10);
            assertThat(b.path()).isEqualTo(decisionPath);
            assertThat(b.driver().findElements(By.cssSelector("form[action$='/status']"))).isEmpty();
            b.type("#comment-body", "We can hire two Java engineers this quarter; Go would take longer.")
                    .click(".comment-form button[type=submit]").waitForText("Comment added", 10);
            assertThat(b.find("#comments").getText()).contains("Revision 1 (current)", "journey-hiring");
            b.shotAt("issue10-result-readonly-390", 390);
            b.shotOf("issue10-people-comments-390", 390, "#people");
            b.shotOf("issue10-people-comments-1366", 1366, "#people");
            assertThat(b.overflowsAt(390)).as("read-only result at 390 px").isFalse();

            b.clickText("Build a hiring checklist").waitForText("Checkout events API", 10);
            b.clickText("Save checklist").waitForText("Checklist saved.", 15);
            assertThat(b.path()).startsWith("/hiring/checklists/");
            assertThat(b.consoleErrors()).isEmpty();
        }
    }

    /** The id of a staff member as the people form's "Consulted" checkboxes list them. */
    private static String userId(Browser b, String email) {
        return b.driver().findElements(By.cssSelector("form.people-form input[name=consulted]")).stream()
                .filter(i -> i.findElement(By.xpath("..")).getText().contains(email)).findFirst().orElseThrow()
                .getAttribute("value");
    }
}
