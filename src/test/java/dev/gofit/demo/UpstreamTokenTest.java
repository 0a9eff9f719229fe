package dev.gofit.demo;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpstreamTokenTest {

    private final UpstreamToken tokens = new UpstreamToken("a-key-of-thirty-two-characters!!".getBytes(StandardCharsets.UTF_8));

    @Test
    void signedClaimsComeBackIntact() {
        UpstreamScenario scenario = new UpstreamScenario(120, 503, true, false, true);
        String token = tokens.sign(new UpstreamToken.Claims("run|with|bars", Source.EMBEDDINGS, scenario, 2_000));
        assertThat(tokens.verify(token, 1_999)).hasValueSatisfying(c -> {
            assertThat(c.runId()).isEqualTo("run|with|bars");
            assertThat(c.source()).isEqualTo(Source.EMBEDDINGS);
            assertThat(c.scenario()).isEqualTo(scenario);
        });
    }

    @Test
    void expiredTokenIsRejected() {
        String token = tokens.sign(new UpstreamToken.Claims("r", Source.USER, UpstreamScenario.ok(0), 1_000));
        assertThat(tokens.verify(token, 1_001)).isEmpty();
    }

    @Test
    void tamperedPayloadOrForeignKeyIsRejected() {
        String token = tokens.sign(new UpstreamToken.Claims("r", Source.USER, UpstreamScenario.ok(50), 5_000));
        String[] parts = token.split("\\.");
        String forgedPayload = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("v1|u|0|0|0|5000|r".getBytes(StandardCharsets.UTF_8));
        assertThat(tokens.verify(forgedPayload + "." + parts[1], 1)).isEmpty();
        UpstreamToken other = new UpstreamToken("another-key-of-thirty-two-chars!".getBytes(StandardCharsets.UTF_8));
        assertThat(other.verify(token, 1)).isEmpty();
        assertThat(tokens.verify("garbage", 1)).isEmpty();
        assertThat(tokens.verify("a.b.c", 1)).isEmpty();
        assertThat(tokens.verify("!!.??", 1)).isEmpty();
    }

    @Test
    void delayAboveTheCapCannotBeSigned() {
        assertThatThrownBy(() -> tokens.sign(new UpstreamToken.Claims("r", Source.USER,
                UpstreamScenario.ok(UpstreamToken.MAX_DELAY_MS + 1), 5))).isInstanceOf(IllegalArgumentException.class);
    }
}
