package dev.gofit.demo;

import dev.gofit.demo.SourceOrigins.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which sources the public reference endpoint may fetch, without booting the app. */
class SourceOriginsTest {

    private static final Origin LOOPBACK_SELF = new Origin("http", "127.0.0.1", 8081);
    private static final Origin LAN_SELF = new Origin("http", "10.0.0.5", 8080);

    private final SourceOrigins origins = new SourceOrigins(
            List.of("https://gofit.example.com/", "http://gofit-internal:8080/base"),
            List.of("http://127.0.0.1:9101", "https://stub.example:8443/"));

    private boolean permitted(String url, Origin self) throws Exception {
        return origins.permitted(AggregateRequest.url(url), self);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://gofit.example.com/demo/upstream/users/t/abc",
            "https://GOFIT.example.com:443/demo/upstream/embeddings?q=x",
            "http://gofit-internal:8080/base/demo/upstream/users/u-1?delay=5",
            "http://127.0.0.1:8081/demo/upstream/users/u-1", "http://localhost:8081/demo/upstream/users/u-1",
            "http://[::1]:8081/demo/upstream/users/u-1",
            "http://127.0.0.1:9101/users/u-bench?delay=50", "https://stub.example:8443/anything/at/all"})
    void ownUpstreamAndAllowListedOriginsArePermitted(String url) throws Exception {
        assertThat(permitted(url, LOOPBACK_SELF)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "http://[fd00:ec2::254]/latest/meta-data/",
            "http://10.0.0.7:5432/", "http://gofit.example.com/demo/upstream/users/x",
            "https://gofit.example.com:8443/demo/upstream/users/x", "https://gofit.example.com/q/health",
            "https://gofit.example.com/demo/upstreamX/users/x", "https://gofit.example.com/demo/upstream/../../q/health",
            "https://gofit.example.com/demo/upstream/%2E%2E/admin", "https://gofit.example.com/demo/upstream/a%2fb",
            "https://evil@gofit.example.com/demo/upstream/users/x", "http://gofit-internal:8080/demo/upstream/users/x",
            "http://127.0.0.1:8082/demo/upstream/users/x", "https://127.0.0.1:8081/demo/upstream/users/x",
            "http://127.0.0.1:8081/q/health", "http://localhost.:8081/demo/upstream/users/x",
            "http://127.0.0.1:9102/users/x", "http://stub.example:8443/users/x"})
    void everythingElseIsRefused(String url) throws Exception {
        assertThat(permitted(url, LOOPBACK_SELF)).isFalse();
    }

    @Test
    void thisServerOffLoopbackIsOnlyItsOwnAddress() throws Exception {
        assertThat(permitted("http://10.0.0.5:8080/demo/upstream/users/x", LAN_SELF)).isTrue();
        assertThat(permitted("http://localhost:8080/demo/upstream/users/x", LAN_SELF)).isFalse();
        assertThat(permitted("http://127.0.0.1:8080/demo/upstream/users/x", LAN_SELF)).isFalse();
        assertThat(permitted("http://10.0.0.6:8080/demo/upstream/users/x", LAN_SELF)).isFalse();
        assertThat(SourceOrigins.isSelf(new Origin("http", "::1", 1), new Origin("http", "0:0:0:0:0:0:0:1", 1)))
                .isTrue();
    }

    @Test
    void refusalNamesTheField() {
        assertThatThrownBy(() -> origins.check(Source.EMBEDDINGS, URI.create("http://169.254.169.254/"), LOOPBACK_SELF))
                .isInstanceOf(AggregateRequest.Invalid.class).hasMessageStartingWith("\"sources.embeddings\" must be");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:9101", "http://127.0.0.1:9101/users", "http://127.0.0.1:9101?x=1",
            "ftp://stub.example", "http://user@stub.example"})
    void aMalformedAllowListEntryStopsTheStart(String entry) {
        assertThatThrownBy(() -> new SourceOrigins(List.of("http://localhost:8080"), List.of(entry)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(SourceOrigins.ALLOWED_SETTING);
    }

    @Test
    void selfUrlBracketsIpv6() {
        assertThat(new Origin("http", "::1", 8080).url()).isEqualTo("http://[::1]:8080");
        assertThat(LAN_SELF.url()).isEqualTo("http://10.0.0.5:8080");
    }
}
