package dev.gofit.account;

import dev.gofit.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

/**
 * Login throttling over HTTP, per account and per client address, for the login form and Basic.
 * Resets the throttle before and after, so other tests from 127.0.0.1 are not locked out.
 */
@QuarkusTest
class LoginRateLimitTest {

    @Inject
    LoginThrottle throttle;

    @ConfigProperty(name = "gofit.login.account-failures", defaultValue = "5")
    int accountLimit;

    @ConfigProperty(name = "gofit.login.address-failures", defaultValue = "20")
    int addressLimit;

    @BeforeEach
    @AfterEach
    void forgetFailures() {
        throttle.reset();
    }

    private static int basic(String email, String password) {
        return given().auth().preemptive().basic(email, password).get("/api/me").statusCode();
    }

    @Test
    void anAccountIsLockedAfterItsFailuresEvenWithTheRightPassword() {
        String victim = TestUsers.ensure("throttled@test.gofit", Role.LEADER);
        for (int i = 0; i < accountLimit; i++) {
            given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                    .formParam("j_username", victim).formParam("j_password", "guess " + i)
                    .post("/j_security_check").then().statusCode(302).header("Location", endsWith("/login?error=true"));
        }
        assertThat(basic(victim, TestUsers.PASSWORD)).isEqualTo(401);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", victim).formParam("j_password", TestUsers.PASSWORD)
                .post("/j_security_check").then().statusCode(302).header("Location", endsWith("/login?error=true"));
        // Other accounts from the same address are not affected.
        assertThat(basic(TestUsers.leader(), TestUsers.PASSWORD)).isEqualTo(200);
    }

    @Test
    void anAddressIsLockedAfterItsFailuresAcrossAccounts() {
        for (int i = 0; i < addressLimit; i++) {
            assertThat(basic("nobody" + i + "@test.gofit", "wrong")).isEqualTo(401);
        }
        // A valid account from the locked address is refused too.
        assertThat(basic(TestUsers.leader(), TestUsers.PASSWORD)).isEqualTo(401);
        throttle.reset();
        assertThat(basic(TestUsers.leader(), TestUsers.PASSWORD)).isEqualTo(200);
    }
}
