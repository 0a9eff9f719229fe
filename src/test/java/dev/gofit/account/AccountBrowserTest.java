package dev.gofit.account;

import dev.gofit.support.Browser;
import dev.gofit.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/** Changing one's password in a real browser, on a desktop and on a phone, then logging in with it. */
@QuarkusTest
class AccountBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aUserChangesTheirPasswordAndLogsInWithTheNewOne() {
        String email = TestUsers.uniqueLeader();
        try (Browser browser = Browser.open(base.toString())) {
            browser.login(email).waitForText("Log out", 15);
            browser.clickText("Password").waitForText("Current password", 15);

            browser.type("#f-currentPassword", "not my password").type("#f-password", TestUsers.NEW_PASSWORD)
                    .type("#f-confirmation", TestUsers.NEW_PASSWORD);
            browser.click("form[action='/account/password'] button[type=submit]").waitForText("was not changed", 15);
            assertThat(browser.text()).contains("is not your current password");
            assertThat(browser.find("#f-currentPassword").getAttribute("value")).isEmpty();
            browser.screenshot("account-password-errors-desktop");

            browser.type("#f-currentPassword", TestUsers.PASSWORD).type("#f-password", TestUsers.NEW_PASSWORD)
                    .type("#f-confirmation", TestUsers.NEW_PASSWORD);
            browser.click("form[action='/account/password'] button[type=submit]")
                    .waitForText("Your password was changed", 15);
            browser.screenshot("account-password-changed-desktop");

            browser.logout().waitForText("You are logged out", 15);
            browser.type("#j_username", email).type("#j_password", TestUsers.NEW_PASSWORD);
            browser.click("form[action='/j_security_check'] button[type=submit]").waitForText("Log out", 15);
        }
    }

    @Test
    void theFormAndItsMessagesFitAPhone() {
        String email = TestUsers.uniqueLeader();
        try (Browser browser = Browser.open(base.toString(), 390, 844)) {
            browser.login(email).waitForText("Log out", 15);
            browser.go("/account/password").waitForText("Current password", 15);
            browser.screenshot("account-password-phone");
            browser.type("#f-currentPassword", TestUsers.PASSWORD).type("#f-password", "short")
                    .type("#f-confirmation", "shorter");
            browser.click("form[action='/account/password'] button[type=submit]").waitForText("was not changed", 15);
            assertThat(browser.text()).contains("must be 12 to 72 characters").contains("does not match the new password");
            Number overflow = (Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(overflow.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(0);
            browser.screenshot("account-password-errors-phone");
        }
    }

    @Test
    void anAdminOpensAPasswordResetFromTheUsersListOnAPhone() {
        String email = TestUsers.uniqueLeader();
        try (Browser browser = Browser.open(base.toString(), 390, 844)) {
            browser.login(TestUsers.admin()).waitForText("Log out", 15);
            browser.go("/admin/users").waitForText(email, 15);
            browser.screenshot("admin-users-phone");
            browser.click("a[aria-label='Set a new password for " + email + "']").waitForText("Set a new password", 15);
            assertThat(browser.text()).contains(email);
            browser.screenshot("admin-user-password-phone");
        }
    }
}
