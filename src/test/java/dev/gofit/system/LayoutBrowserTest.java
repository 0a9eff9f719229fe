package dev.gofit.system;

import dev.gofit.support.Browser;
import dev.gofit.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout at desktop and phone width: nothing wider than the screen, navigation reachable;
 * screenshots of home, login and the user list go to target/screenshots for a person to look at.
 */
@QuarkusTest
class LayoutBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private static long overflow(Browser browser) {
        Object width = ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return ((Number) width).longValue();
    }

    @Test
    void pagesFitAPhoneScreen() {
        try (Browser phone = Browser.open(base.toString(), 390, 844)) {
            phone.go("/").waitForText("Decide", 15);
            assertThat(overflow(phone)).as("home scrolls sideways").isLessThanOrEqualTo(0);
            phone.screenshot("home-phone");
            phone.go("/login").waitForText("Log in", 15);
            assertThat(overflow(phone)).isLessThanOrEqualTo(0);
            phone.screenshot("login-phone");
            phone.login(TestUsers.admin()).waitForText("Log out", 15);
            phone.go("/admin/users").waitForText("Staff accounts", 15);
            assertThat(overflow(phone)).as("user list scrolls sideways").isLessThanOrEqualTo(0);
            phone.screenshot("admin-users-phone");
            phone.go("/admin/users/new").waitForText("Initial password", 15);
            phone.screenshot("admin-user-form-phone");
        }
    }

    @Test
    void desktopScreenshots() {
        try (Browser desktop = Browser.open(base.toString())) {
            desktop.go("/").waitForText("Decide", 15);
            desktop.screenshot("home-desktop");
            desktop.go("/login").waitForText("Log in", 15);
            desktop.screenshot("login-desktop");
            desktop.login(TestUsers.admin()).waitForText("Log out", 15);
            desktop.screenshot("home-admin-desktop");
            desktop.go("/no-such-page").waitForText("404", 15);
            desktop.screenshot("error-desktop");
        }
    }

    /** WCAG contrast of an element's text on its background, in its current state (hover, focus). */
    private static double contrast(Browser browser, String css) {
        Object ratio = ((JavascriptExecutor) browser.driver()).executeScript("""
                const el = document.querySelector(arguments[0]);
                const cs = getComputedStyle(el);
                const rgb = s => s.match(/[\\d.]+/g).slice(0, 3).map(Number);
                const lum = c => { const [r, g, b] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                                   return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
                const a = lum(rgb(cs.color)), b = lum(rgb(cs.backgroundColor));
                return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);""", css);
        return ((Number) ratio).doubleValue();
    }

    @Test
    void secondaryButtonsStayReadableOnHoverAndFocusIsVisible() {
        try (Browser desktop = Browser.open(base.toString())) {
            desktop.go("/").waitForText("Decide", 15);
            String secondary = "a.button.secondary";
            assertThat(contrast(desktop, secondary)).as("secondary button at rest").isGreaterThanOrEqualTo(4.5);
            new org.openqa.selenium.interactions.Actions(desktop.driver()).moveToElement(desktop.find(secondary)).perform();
            assertThat(contrast(desktop, secondary)).as("secondary button on hover").isGreaterThanOrEqualTo(4.5);
            desktop.screenshot("secondary-button-hover");
            assertThat(contrast(desktop, "a.button:not(.secondary)")).as("primary button").isGreaterThanOrEqualTo(4.5);
            // Keyboard focus draws an outline.
            desktop.go("/").waitForText("Decide", 15);
            new org.openqa.selenium.interactions.Actions(desktop.driver()).sendKeys(org.openqa.selenium.Keys.TAB).perform();
            Object outline = ((JavascriptExecutor) desktop.driver()).executeScript(
                    "const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth;");
            assertThat(String.valueOf(outline)).as("focus outline").doesNotStartWith("none").doesNotEndWith(" 0px");
        }
    }
}
