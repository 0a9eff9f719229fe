package dev.gofit.hiring;

import dev.gofit.account.Role;
import dev.gofit.account.User;
import dev.gofit.support.Browser;
import dev.gofit.support.TestChecklists;
import dev.gofit.support.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymised review in Chromium, on a desktop and a 390 px phone: the manager turns it on, the interviewer sees a
 * candidate code, the manager reveals the name; screenshots of each page for a person to look at.
 */
@QuarkusTest
class AnonymisedReviewBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void onADesktop() {
        journey(1366, 900, "desktop");
    }

    @Test
    void onAPhone() {
        journey(390, 844, "phone");
    }

    private void journey(int width, int height, String device) {
        String hm = TestUsers.ensure("hm.anon." + device + "@test.gofit", Role.HIRING_MANAGER);
        String ivy = TestUsers.ensure("ivy.anon." + device + "@test.gofit", Role.INTERVIEWER);
        long checklist = TestChecklists.create(hm, "Anonymised role " + device);
        long id = TestUsers.api(hm)
                .body(Map.of("checklistId", checklist, "name", "Rania Masked", "email", "rania.masked@example.com"))
                .post("/api/candidates").then().statusCode(201).extract().jsonPath().getLong("id");
        long ivyId = TestUsers.id(ivy);
        String stage = QuarkusTransaction.requiringNew().call(() -> Checklist.<Checklist>findById(checklist).stages.get(0).stageKey);
        TestUsers.api(hm)
                .body(Map.of("assignments", List.of(Map.of("stage", stage, "interviewerId", ivyId))))
                .post("/api/candidates/" + id + "/loop").then().statusCode(200);
        String code = QuarkusTransaction.requiringNew().call(() -> Candidate.<Candidate>findById(id).code());

        try (Browser browser = Browser.open(base.toString(), width, height)) {
            browser.login(hm).waitForText("Log out", 10);
            browser.go("/hiring/checklists/" + checklist + "#anonymity").waitForText("Anonymised review", 10);
            assertThat(browser.find("#anonymity input[name=anonymised]").isSelected()).isFalse();
            browser.click("#anonymity input[name=anonymised]");
            browser.click("#anonymity button[type=submit]");
            browser.go("/hiring/checklists/" + checklist + "#anonymity").waitForText("Anonymised review", 10);
            assertThat(browser.find("#anonymity input[name=anonymised]").isSelected()).isTrue();
            assertNoOverflow(browser, "checklist page");
            browser.screenshot("anonymised-checklist-" + device);
            browser.go("/hiring/candidates/" + id).waitForText("Rania Masked", 10);
            assertThat(browser.find("#anonymity").getText()).contains("Candidate " + code);
            assertNoOverflow(browser, "candidate page (manager)");
            browser.screenshot("anonymised-candidate-manager-" + device);
            browser.logout();

            browser.login(ivy).waitForText("My interviews", 10);
            assertThat(browser.text()).contains("Candidate " + code).doesNotContain("Rania");
            browser.screenshot("anonymised-dashboard-interviewer-" + device);
            browser.go("/hiring/candidates/" + id).waitForText("Candidate " + code, 10);
            assertThat(browser.text()).doesNotContain("Rania").doesNotContain("rania.masked");
            assertNoOverflow(browser, "candidate page (interviewer)");
            browser.screenshot("anonymised-candidate-interviewer-" + device);
            browser.logout();

            browser.login(hm).waitForText("Log out", 10);
            browser.go("/hiring/candidates/" + id).waitForText("Reveal the name", 10);
            browser.clickText("Reveal the name to the interviewers").waitForText("was revealed", 10);
            browser.logout();
            browser.login(ivy).waitForText("My interviews", 10);
            browser.go("/hiring/candidates/" + id).waitForText("Rania Masked", 10);
        }
    }

    private static void assertNoOverflow(Browser browser, String what) {
        assertThat(browser.horizontalOverflow()).as(what + " overflows horizontally").isLessThanOrEqualTo(0);
    }
}
