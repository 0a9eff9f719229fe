package dev.gofit.hiring;

import dev.gofit.support.TestChecklists;
import dev.gofit.account.Role;
import dev.gofit.support.Browser;
import dev.gofit.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three accounts in Chromium: the hiring manager assigns two interviewers, each submits blind, the manager reads
 * the summary; on a desktop and on a 390 px phone, with a screenshot of each dashboard.
 */
@QuarkusTest
class HiringTeamBrowserTest {

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
        String hm = TestUsers.ensure("hm." + device + "@test.gofit", Role.HIRING_MANAGER);
        String ben = TestUsers.ensure("ben." + device + "@test.gofit", Role.INTERVIEWER);
        String cy = TestUsers.ensure("cy." + device + "@test.gofit", Role.INTERVIEWER);
        long checklist = TestChecklists.create(hm, Map.of("role", "Team role " + device,
                "skills", List.of("concurrency", "stdlib", "systems-design")));
        long id = TestUsers.api(hm).body(Map.of("checklistId", checklist, "name", "Tess Team", "email", "tess@example.com"))
                .post("/api/candidates").then().statusCode(201).extract().jsonPath().getLong("id");
        long benId = TestUsers.id(ben);
        long cyId = TestUsers.id(cy);

        try (Browser browser = Browser.open(base.toString(), width, height)) {
            browser.login(hm).waitForText("Log out", 10);
            browser.waitForText("Candidates with missing scorecards", 10);
            browser.screenshot("dashboard-hiring-manager-" + device);
            browser.go("/hiring/candidates/" + id).waitForText("Interview loop", 10);
            browser.click("#add-screen option[value='screen:" + benId + "']");
            browser.click("#add-design option[value='design:" + cyId + "']");
            browser.click("#loop button[type=submit]");
            browser.waitForText("Still missing", 10);
            assertThat(browser.text()).contains(ben.substring(0, ben.indexOf('@')) + " · Technical screen");
            assertNoOverflow(browser, "candidate page (manager)");
            browser.screenshot("candidate-manager-" + device);
            browser.go("/hiring/checklists/" + checklist + "/kit").waitForText("Technical screen", 10);
            assertNoOverflow(browser, "kit page");
            browser.logout();

            submitBlind(browser, ben, id, "screen", Map.of("concurrency", "3", "stdlib", "4"), "YES", device);
            submitBlind(browser, cy, id, "design", Map.of("concurrency", "2", "systems-design", "2"), "NO", device);

            browser.login(hm).waitForText("Log out", 10);
            browser.go("/hiring/candidates/" + id).waitForText("Summary across interviewers", 10);
            assertThat(browser.text()).contains("Split: 1 yes, 1 no").doesNotContain("Still missing");
            assertNoOverflow(browser, "candidate summary (manager)");
            browser.screenshot("candidate-summary-" + device);
            browser.logout();
        }
    }

    private void submitBlind(Browser browser, String email, long id, String stage, Map<String, String> ratings,
                             String overall, String device) {
        browser.login(email).waitForText("My interviews", 10);
        browser.screenshot("dashboard-interviewer-" + email.substring(0, 3) + "-" + device);
        browser.click("#dash-interviews a").waitForText("Your scorecard", 10);
        assertThat(browser.find("#blind").getText()).contains("Submit your own scorecard");
        assertNoOverflow(browser, "candidate page (interviewer)");
        browser.screenshot("candidate-interviewer-blind-" + email.substring(0, 3) + "-" + device);
        ratings.forEach((skill, value) -> new Select(browser.find("#rating-" + skill)).selectByValue(skill + ":" + value));
        browser.click("input[name=overall][value=" + overall + "]");
        browser.click("#scorecard form button[type=submit]");
        browser.waitForText("Scorecard saved.", 10);
        assertThat(browser.text()).contains("Summary across interviewers").contains("Amend your scorecard");
        browser.logout();
    }

    private static void assertNoOverflow(Browser browser, String what) {
        Object overflow = ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as(what + " overflows horizontally").isLessThanOrEqualTo(0);
    }
}
