package dev.gofit.account;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTP Basic is limited per account: a burst, then the refill rate; accounts do not share a bucket. */
class BasicRateLimitTest {

    @Test
    void burstThenRefillPerAccount() {
        AtomicLong now = new AtomicLong();
        BasicRateLimit limit = new BasicRateLimit(5, 20, now::get);
        for (int i = 0; i < 20; i++) {
            assertThat(limit.acquire("a@x")).isZero();
        }
        assertThat(limit.acquire("a@x")).isEqualTo(1);
        assertThat(limit.acquire("b@x")).as("another account").isZero();
        now.addAndGet(1_000_000_000L);
        for (int i = 0; i < 5; i++) {
            assertThat(limit.acquire("a@x")).isZero();
        }
        assertThat(limit.acquire("a@x")).isPositive();
    }

    @Test
    void readsTheAccountFromTheBasicHeader() {
        String header = "Basic " + Base64.getEncoder().encodeToString("Lead@X.org:pw:with:colons".getBytes(StandardCharsets.UTF_8));
        assertThat(BasicRateLimit.basicUser(header)).isEqualTo("lead@x.org");
        assertThat(BasicRateLimit.basicUser("Bearer gofit_x")).isNull();
        assertThat(BasicRateLimit.basicUser("Basic !!!")).isNull();
    }
}
