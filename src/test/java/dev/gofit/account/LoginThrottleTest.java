package dev.gofit.account;

import dev.gofit.support.MemoryRateCounters;
import dev.gofit.support.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The counting rules of the login throttle, without the app, on a clock the test moves. */
class LoginThrottleTest {

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(new MemoryRateCounters(clock), 3, 5, Duration.ofMinutes(15));

    @Test
    void anAccountGetsItsLimitOfPasswordChecksFromAnyAddressThenIsLocked() {
        assertThat(throttle.tryAttempt("ann@x", "10.0.0.1")).isTrue();
        assertThat(throttle.tryAttempt("ann@x", "10.0.0.2")).isTrue();
        assertThat(throttle.tryAttempt("ann@x", "10.0.0.3")).isTrue();
        assertThat(throttle.tryAttempt("ann@x", "10.0.0.9")).as("the 4th check, even with the right password").isFalse();
        assertThat(throttle.tryAttempt("bob@x", "10.0.0.9")).isTrue();
    }

    @Test
    void anAddressGetsItsLimitAcrossAccounts() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.tryAttempt("user" + i + "@x", "10.0.0.7")).isTrue();
        }
        assertThat(throttle.tryAttempt("someone-else@x", "10.0.0.7")).isFalse();
        assertThat(throttle.tryAttempt("someone-else@x", "10.0.0.8")).isTrue();
    }

    @Test
    void successForgetsTheAccountsAttemptsAndDoesNotCountForTheAddress() {
        throttle.tryAttempt("ann@x", "10.0.0.1");
        throttle.tryAttempt("ann@x", "10.0.0.1");
        throttle.tryAttempt("ann@x", "10.0.0.1");
        throttle.recordSuccess("ann@x", "10.0.0.1");
        assertThat(throttle.tryAttempt("ann@x", "10.0.0.2")).as("ann starts afresh").isTrue();
        throttle.recordSuccess("ann@x", "10.0.0.2");
        throttle.tryAttempt("zed@x", "10.0.0.1");
        assertThat(throttle.tryAttempt("new@x", "10.0.0.1")).as("the 4th counted from 10.0.0.1 (one success taken off)").isTrue();
        assertThat(throttle.tryAttempt("new@x", "10.0.0.1")).as("the 5th").isTrue();
        assertThat(throttle.tryAttempt("new@x", "10.0.0.1")).as("the 6th").isFalse();
    }

    @Test
    void attemptsAreForgottenWhenTheLockoutWindowEnds() {
        for (int i = 0; i < 4; i++) {
            throttle.tryAttempt("ann@x", "10.0.0.1");
        }
        assertThat(throttle.tryAttempt("ann@x", "10.0.0.2")).isFalse();
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.tryAttempt("ann@x", "10.0.0.2")).as("still inside the window").isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.tryAttempt("ann@x", "10.0.0.2")).as("15 minutes after the first attempt").isTrue();
    }

    @Test
    void resetForgetsEverything() {
        for (int i = 0; i < 6; i++) {
            throttle.tryAttempt("ann@x", "10.0.0.1");
        }
        throttle.reset();
        assertThat(throttle.tryAttempt("ann@x", "10.0.0.1")).isTrue();
    }
}
