package dev.gofit.account;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The counting rules of the login throttle, without the app. */
class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle(3, 5, Duration.ofMinutes(15));

    @Test
    void locksAnAccountAfterItsLimitOfFailuresFromAnyAddress() {
        throttle.recordFailure("ann@x", "10.0.0.1");
        throttle.recordFailure("ann@x", "10.0.0.2");
        assertThat(throttle.isLocked("ann@x", "10.0.0.9")).isFalse();
        throttle.recordFailure("ann@x", "10.0.0.3");
        assertThat(throttle.isLocked("ann@x", "10.0.0.9")).isTrue();
        assertThat(throttle.isLocked("bob@x", "10.0.0.9")).isFalse();
    }

    @Test
    void locksAnAddressAfterItsLimitAcrossAccounts() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("user" + i + "@x", "10.0.0.7");
        }
        assertThat(throttle.isLocked("someone-else@x", "10.0.0.7")).isTrue();
        assertThat(throttle.isLocked("someone-else@x", "10.0.0.8")).isFalse();
    }

    @Test
    void successForgetsTheAccountsFailuresButNotTheAddresses() {
        throttle.recordFailure("ann@x", "10.0.0.1");
        throttle.recordFailure("ann@x", "10.0.0.1");
        throttle.recordSuccess("ann@x");
        throttle.recordFailure("ann@x", "10.0.0.1");
        assertThat(throttle.isLocked("ann@x", "10.0.0.2")).isFalse();
        throttle.recordFailure("zed@x", "10.0.0.1");
        throttle.recordFailure("zed@x", "10.0.0.1");
        assertThat(throttle.isLocked("new@x", "10.0.0.1")).as("5 failures from 10.0.0.1 in all").isTrue();
    }

    @Test
    void failuresAreForgottenAfterTheLockout() throws InterruptedException {
        LoginThrottle quick = new LoginThrottle(1, 1, Duration.ofMillis(200));
        quick.recordFailure("ann@x", "10.0.0.1");
        assertThat(quick.isLocked("ann@x", "10.0.0.1")).isTrue();
        Thread.sleep(400);
        assertThat(quick.isLocked("ann@x", "10.0.0.1")).isFalse();
    }
}
