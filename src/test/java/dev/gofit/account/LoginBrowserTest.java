package dev.gofit.account;

import dev.gofit.support.Browser;
import dev.gofit.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class LoginBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void leaderLogsInAndOut() {
        try (Browser browser = Browser.open(base.toString())) {
            browser.login(TestUsers.leader()).waitForText("Log out", 10);
            assertThat(browser.text()).contains("Decide").contains("leader");
            browser.screenshot("home-logged-in");
            browser.logout().waitForText("You are logged out", 10);
            assertThat(browser.path()).isEqualTo("/login");
        }
    }
}
