package dev.gofit.account;

import dev.gofit.support.Browser;
import dev.gofit.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The first journey in a real browser: log in as admin, add a user, log out; the new user logs in. */
@QuarkusTest
class UserAdminBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void adminAddsAUserAndLogsOut() {
        String email = "browser-" + UUID.randomUUID().toString().substring(0, 8) + "@test.gofit";
        try (Browser browser = Browser.open(base.toString())) {
            browser.login(TestUsers.admin()).waitForText("Log out", 15);
            browser.clickText("Users").waitForText("Staff accounts log in", 15);
            browser.clickText("Add a user").waitForText("Initial password", 15);

            // First a mistake: the form comes back with messages and the input kept.
            browser.type("#f-email", email).type("#f-password", "short");
            browser.click("form[action='/admin/users'] button[type=submit]").waitForText("was not added", 15);
            assertThat(browser.find("#f-email").getAttribute("value")).isEqualTo(email);
            assertThat(browser.text()).contains("must not be blank").contains("must be 12 to 72 characters");
            browser.screenshot("admin-user-form-errors");

            browser.type("#f-displayName", "Barbara Liskov").type("#f-password", TestUsers.PASSWORD);
            browser.click("input[name=roles][value=HIRING_MANAGER]");
            browser.click("form[action='/admin/users'] button[type=submit]").waitForText(email + " was added.", 15);
            assertThat(browser.path()).isEqualTo("/admin/users");
            assertThat(browser.text()).contains("Barbara Liskov").contains("HIRING_MANAGER");
            browser.screenshot("admin-users-desktop");

            browser.logout().waitForText("You are logged out", 15);
            browser.login(email).waitForText("Log out", 15);
            assertThat(browser.text()).contains("Barbara Liskov").doesNotContain("Users");
        }
    }
}
