package dev.gofit.takehome;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Invite-token guessing is limited per client address. */
class TokenThrottleTest {

    @Test
    void blocksAnAddressAfterTooManyUnknownTokensButNotOthers() {
        TokenThrottle throttle = new TokenThrottle();
        for (int i = 0; i < TokenThrottle.MAX_MISSES - 1; i++) {
            throttle.miss("203.0.113.9");
        }
        assertThat(throttle.blocked("203.0.113.9")).isFalse();
        throttle.miss("203.0.113.9");
        assertThat(throttle.blocked("203.0.113.9")).isTrue();
        assertThat(throttle.blocked("198.51.100.1")).isFalse();
    }

    @Test
    void tokensAre256BitAndHashedDeterministically() {
        String a = Invite.newToken();
        String b = Invite.newToken();
        assertThat(a).hasSize(43).isNotEqualTo(b).matches("[A-Za-z0-9_-]{43}");
        assertThat(Invite.hash(a)).hasSize(64).isEqualTo(Invite.hash(a)).isNotEqualTo(Invite.hash(b));
    }
}
