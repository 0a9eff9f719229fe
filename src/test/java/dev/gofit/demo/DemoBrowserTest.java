package dev.gofit.demo;

import dev.gofit.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo page in headless Chromium: an htmx run on a desktop and on a phone, with screenshots. */
@QuarkusTest
class DemoBrowserTest {

    @TestHTTPResource("/")
    URL base;
    @Inject
    DemoRateLimiter limiter;

    @BeforeEach
    void freshLimits() {
        limiter.reset();
    }

    private static void showResult(Browser browser) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelector('.demo-result').scrollIntoView({block: 'start'})");
    }

    @Test
    void desktopRunShowsBothTimelinesWithoutLeavingThePage() {
        try (Browser browser = Browser.open(base.toString())) {
            browser.go("/demo").type("#f-userDelay", "200").type("#f-embeddingsDelay", "350");
            browser.click("form.demo-form button[type=submit]").waitForText("What the upstream APIs saw", 20);
            assertThat(browser.driver().findElements(By.cssSelector("svg.timeline"))).hasSize(2);
            assertThat(browser.text()).contains("Concurrent took");
            assertThat(browser.driver().getCurrentUrl()).contains("/demo?run=");
            browser.screenshot("demo-desktop-form");
            showResult(browser);
            browser.screenshot("demo-desktop");
        }
    }

    @Test
    void phoneRunWithAFailureShowsTheAbandonedCall() {
        try (Browser browser = Browser.open(base.toString(), 390, 844)) {
            browser.go("/demo").type("#f-userDelay", "40").type("#f-embeddingsDelay", "900");
            new Select(browser.find("#f-failure")).selectByValue(DemoFailure.USER_500.name());
            browser.click("form.demo-form button[type=submit]").waitForText("What the upstream APIs saw", 20);
            assertThat(browser.text()).contains("502 Bad Gateway").contains("abandoned (caller hung up)");
            showResult(browser);
            browser.screenshot("demo-phone");
        }
    }
}
