package dev.gofit.takehome;

import dev.gofit.support.MemoryRateCounters;
import dev.gofit.support.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Invite-token guessing is limited per client address; only misses count. */
class TokenThrottleTest {

    private final TestClock clock = new TestClock();
    private final TokenThrottle throttle = new TokenThrottle(new MemoryRateCounters(clock));

    @Test
    void blocksAnAddressAfterTooManyUnknownTokensButNotOthersUntilTheWindowEnds() {
        for (int i = 0; i < TokenThrottle.MAX_MISSES; i++) {
            assertThat(throttle.miss("203.0.113.9")).as("miss " + (i + 1)).isFalse();
        }
        assertThat(throttle.miss("203.0.113.9")).isTrue();
        assertThat(throttle.miss("198.51.100.1")).isFalse();
        clock.advance(TokenThrottle.WINDOW.plus(Duration.ofSeconds(1)));
        assertThat(throttle.miss("203.0.113.9")).as("a new window").isFalse();
    }

    @Test
    void tokensAre256BitAndHashedDeterministically() {
        String a = Invite.newToken();
        String b = Invite.newToken();
        assertThat(a).hasSize(43).isNotEqualTo(b).matches("[A-Za-z0-9_-]{43}");
        assertThat(Invite.hash(a)).hasSize(64).isEqualTo(Invite.hash(a)).isNotEqualTo(Invite.hash(b));
    }
}
