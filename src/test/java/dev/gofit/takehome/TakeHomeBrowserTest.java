package dev.gofit.takehome;

import dev.gofit.support.Browser;
import dev.gofit.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.net.URL;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The journey in a real browser: a hiring manager creates an invite, the candidate opens the
 * link, submits their endpoint, watches the progress move, reads the report; the hiring manager
 * reads it too and re-runs it.
 */
@QuarkusTest
class TakeHomeBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Vertx vertx;

    /** The progress values the page showed until {@code doneText} appeared (htmx replaces the bar, so re-find it). */
    private static Set<Integer> watchProgress(Browser page, String doneText, int seconds) {
        Set<Integer> seen = new TreeSet<>();
        // The poll may swap the fragment between finding and reading an element: read the new one next round.
        await("'" + doneText + "' appears").atMost(Duration.ofSeconds(seconds)).pollInterval(Duration.ofMillis(200))
                .ignoreExceptionsInstanceOf(StaleElementReferenceException.class).until(() -> {
                    readBars(page, seen);
                    if (!page.text().contains(doneText)) {
                        return false;
                    }
                    // The poll may have swapped in the finished report between reading the bar and the text.
                    readBars(page, seen);
                    return true;
                });
        return seen;
    }

    private static void readBars(Browser page, Set<Integer> seen) {
        for (WebElement bar : page.driver().findElements(By.id("review-progress"))) {
            seen.add(Integer.parseInt(bar.getAttribute("value")));
        }
    }

    @Test
    void hiringManagerInvitesCandidateSubmitsAndBothReadTheReport() throws Exception {
        try (FakeCandidates fakes = FakeCandidates.start(vertx)) {
            String link;
            try (Browser hm = Browser.open(base.toString())) {
                hm.login(TestUsers.hiringManager()).waitForText("Log out", 15);
                hm.go("/invites/new?name=Ada&email=ada.browser@example.com");
                hm.screenshot("takehome-invite-form");
                hm.clickText("Create the invite link").waitForText("The invite link", 15);
                link = hm.find("#invite-link").getText();
                hm.screenshot("takehome-invite-created");
            }
            String path = link.substring(link.indexOf("/t/"));
            try (Browser candidate = Browser.open(base.toString(), 390, 844)) {
                candidate.go(path).waitForText("Hello Ada", 15);
                candidate.screenshot("takehome-candidate-phone");
                candidate.type("#f-endpoint", fakes.url("correct"));
                candidate.clickText("Final submission");
                candidate.waitForText("Progress:", 15);
                assertThat(candidate.driver().findElements(By.cssSelector("progress#review-progress"))).hasSize(1);
                Set<Integer> progress = watchProgress(candidate, "Finished in", 90);
                assertThat(progress).as("the progress bar moves").hasSizeGreaterThan(1).contains(100);
                // The score element itself: the page also says "Progress: 100%" and "/ 100" whatever the score.
                assertThat(candidate.find(".score-value").getText()).isEqualTo("100");
                assertThat(candidate.text()).contains("PASS").doesNotContain("Log out")
                        .doesNotContain("Side by side with the reference");
                candidate.screenshot("takehome-candidate-report-phone");
                candidate.go(path).waitForText("Your final submission is in", 10);
            }
            try (Browser hm = Browser.open(base.toString())) {
                hm.login(TestUsers.hiringManager()).waitForText("Log out", 15);
                hm.go("/invites").waitForText("ada.browser@example.com", 10);
                hm.screenshot("takehome-invites");
                hm.driver().findElement(By.partialLinkText("final")).click();
                hm.waitForText("Side by side with the reference", 20);
                assertThat(hm.find(".score-value").getText()).isEqualTo("100");
                assertThat(hm.text()).contains("Fetches both sources concurrently").contains("Evidence");
                hm.screenshot("takehome-report-desktop");
                hm.go(hm.path() + "#check-concurrency");
                hm.screenshot("takehome-report-timeline");
                hm.go(hm.path() + "#check-load");
                hm.screenshot("takehome-report-load");
                hm.go(hm.path());
                // The page polled while it loaded; its forms must still carry a valid CSRF token.
                hm.clickText("Re-run").waitForText("Progress:", 15);
                assertThat(hm.path()).matches("/reviews/\\d+");
                hm.waitForText("Side by side with the reference", 90);
                hm.screenshot("takehome-rerun-desktop");
            }
        }
    }
}
