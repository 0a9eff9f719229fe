package dev.gofit.account;

import dev.gofit.support.Browser;
import dev.gofit.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session that ends while someone works: an htmx weight change and a wizard answer both lead to
 * the login page and, after logging in, back to the same page with what was typed; no CSP error.
 */
@QuarkusTest
class LoginReturnBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void anHtmxChangeAfterTheSessionEndedLogsInAgainAndComesBackWithTheChange() {
        String leader = TestUsers.ensure("expiry-htmx@test.gofit", Role.LEADER);
        long id = given().auth().preemptive().basic(leader, TestUsers.PASSWORD).contentType("application/json").body("""
                {"title": "Session expiry", "answers": {"concurrency": true, "ioPerformance": true,
                 "simpleDeployment": false, "servicesOrTooling": true},
                 "cautions": {"mlPrototyping": false, "lowLevelMemoryControl": false}}""")
                .post("/api/decisions").then().statusCode(201).extract().jsonPath().getLong("id");
        try (Browser browser = Browser.open(base.toString())) {
            browser.login(leader).waitForText("Log out", 30);
            browser.go("/decisions/" + id).waitForText("Decision matrix", 30);
            // A change that works while logged in: the htmx swap logs no CSP violation.
            setWeight(browser, "1");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> browser.text().contains("Reset to the weights"));
            assertThat(browser.consoleErrors()).as("console after an htmx matrix update").isEmpty();

            browser.driver().manage().deleteCookieNamed(LoginResource.SESSION_COOKIE);
            setWeight(browser, "0");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> browser.path().equals("/login"));
            assertThat(browser.driver().getCurrentUrl()).contains("redirect=%2Fdecisions%2F" + id);
            assertThat(browser.text()).contains("Log in again");

            browser.type("#j_username", leader).type("#j_password", TestUsers.PASSWORD);
            browser.click("form[action='/j_security_check'] button[type=submit]");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> browser.path().equals("/decisions/" + id));
            browser.waitForText("Decision matrix", 20);
            // The typed weight is back and sent: after a reload the server has it.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
                browser.driver().navigate().refresh();
                return "0".equals(browser.find("#w-performance").getDomProperty("value"));
            });
            assertThat(browser.consoleErrors()).as("console").isEmpty();
        }
    }

    @Test
    void aWizardAnswerSentAfterTheSessionEndedIsStillThereAfterLoggingIn() {
        String leader = TestUsers.ensure("expiry-wizard@test.gofit", Role.LEADER);
        try (Browser browser = Browser.open(base.toString(), 390, 844)) {
            browser.login(leader).waitForText("Log out", 30);
            browser.go("/decisions/new");
            browser.type("#f-title", "Typed before the session ended");
            browser.click("form[data-draft] button[type=submit]");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(d -> browser.path().matches("/decisions/\\d+/questions/1"));
            String question = browser.path();
            browser.click("input[name=answer][value=yes]");
            browser.type("#f-note", "We serve 40k requests a second at peak");
            browser.driver().manage().deleteCookieNamed(LoginResource.SESSION_COOKIE);
            browser.click("button[name=nav][value=next]");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> browser.path().equals("/login"));

            browser.type("#j_username", leader).type("#j_password", TestUsers.PASSWORD);
            browser.click("form[action='/j_security_check'] button[type=submit]");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> browser.path().equals(question));
            assertThat(browser.find("#f-note").getDomProperty("value")).isEqualTo("We serve 40k requests a second at peak");
            assertThat(browser.find("input[name=answer][value=yes]").isSelected()).isTrue();
            browser.screenshot("session-expired-wizard-restored-phone");
            assertThat(browser.consoleErrors()).as("console").isEmpty();
        }
    }

    private static void setWeight(Browser browser, String value) {
        // As typed and left: the value, then the change event htmx listens to (in one step, so a swap
        // of the matrix between the two cannot leave a stale element behind).
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
                const input = document.querySelector('#w-performance');
                input.value = arguments[0];
                input.dispatchEvent(new Event('input', {bubbles: true}));
                input.dispatchEvent(new Event('change', {bubbles: true}));""", value);
    }
}
