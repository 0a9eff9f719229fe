package dev.gofit.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failed sends are worth one more try (RFC 5321: 4xx replies are transient, 5xx permanent). */
class MailSenderTest {

    @Test
    void timeoutsDroppedConnectionsAndFourHundredRepliesAreTransient() {
        assertThat(MailSender.isTransient("TimeoutException")).isTrue();
        assertThat(MailSender.isTransient("got error response: 421 Service shutting down and closing transmission channel "
                + "(socket timeout, SO_TIMEOUT: 30000ms)")).isTrue();
        assertThat(MailSender.isTransient("451 4.3.0 Mail server temporarily rejected message")).isTrue();
        assertThat(MailSender.isTransient("Connection refused: /127.0.0.1:2525")).isFalse();
    }

    @Test
    void permanentRepliesAndUnknownReasonsAreNotRetried() {
        assertThat(MailSender.isTransient("550 5.1.1 <nobody@example.com>: Recipient address rejected")).isFalse();
        assertThat(MailSender.isTransient("sender address is not present")).isFalse();
        assertThat(MailSender.isTransient(null)).isFalse();
    }
}
