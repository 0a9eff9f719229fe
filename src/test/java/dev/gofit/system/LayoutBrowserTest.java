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
}
