package dev.gofit.pilot;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictTargetPolicyTest {

    private final StrictTargetPolicy strict = new StrictTargetPolicy(false);
    private final StrictTargetPolicy local = new StrictTargetPolicy(true);

    @ParameterizedTest
    @ValueSource(strings = {"ftp://93.184.216.34/", "/relative/path", "93.184.216.34:80/x", "javascript:alert(1)",
            "http://user:secret@93.184.216.34/", "http://93.184.216.34:0/", "http:///nohost"})
    void refusesWhatIsNotAPlainAbsoluteHttpUrl(String url) {
        assertThatThrownBy(() -> strict.check(url)).isInstanceOf(TargetPolicy.TargetRefusedException.class);
        assertThatThrownBy(() -> local.check(url)).isInstanceOf(TargetPolicy.TargetRefusedException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/", "http://2130706433/", "http://[::1]/",
            "http://10.1.2.3/", "http://172.16.0.1/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data",
            "http://100.64.0.1/", "http://[fc00::1]/", "http://[fe80::1]/", "http://[::127.0.0.1]/",
            "http://[::ffff:10.0.0.1]/", "http://[64:ff9b::7f00:1]/", "http://localhost/"})
    void refusesLoopbackAndPrivateAddressesUnlessAllowed(String url) {
        assertThatThrownBy(() -> strict.check(url)).isInstanceOf(TargetPolicy.TargetRefusedException.class)
                .hasMessageContaining("resolves to");
    }

    @Test
    void aShortenedIpv4HostIsNotAcceptedAsAHostName() {
        assertThatThrownBy(() -> strict.check("http://127.1/")).isInstanceOf(TargetPolicy.TargetRefusedException.class);
    }

    @Test
    void theReasonNamesTheAddressAndItsKind() {
        assertThatThrownBy(() -> strict.check("http://127.0.0.1:9/x"))
                .hasMessage("127.0.0.1 resolves to 127.0.0.1, a loopback address.");
    }

    @Test
    void allowsLoopbackWhenPrivateTargetsAreAllowed() {
        CheckedTarget target = local.check("http://127.0.0.1:8081/api/orders?limit=5");
        assertThat(target.address().isLoopbackAddress()).isTrue();
        assertThat(target.port()).isEqualTo(8081);
        assertThat(target.requestUri()).isEqualTo("/api/orders?limit=5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://0.0.0.0:8080/", "http://[::]/", "http://224.0.0.1/", "http://255.255.255.255/"})
    void refusesUnspecifiedAndMulticastEvenWhenAllowed(String url) {
        assertThatThrownBy(() -> local.check(url)).isInstanceOf(TargetPolicy.TargetRefusedException.class);
    }

    @Test
    void allowsAPublicAddress() {
        CheckedTarget target = strict.check("https://93.184.216.34/health");
        assertThat(target.https()).isTrue();
        assertThat(target.port()).isEqualTo(443);
    }
}
