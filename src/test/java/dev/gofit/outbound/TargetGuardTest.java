package dev.gofit.outbound;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The guard over a long list of hostile URLs, with a fake resolver: no DNS, no traffic. */
class TargetGuardTest {

    /** Names the fake resolver knows; everything else does not resolve. */
    static final Map<String, List<String>> DNS = Map.ofEntries(
            Map.entry("public.example", List.of("93.184.215.14")),
            Map.entry("v6.example", List.of("2606:2800:21f:cb07:6820:80da:af6b:8b2c")),
            Map.entry("xn--bcher-kva.example", List.of("93.184.215.15")),
            Map.entry("rebind.example", List.of("93.184.215.14", "127.0.0.1")),
            Map.entry("private.example", List.of("10.1.2.3")),
            Map.entry("metadata.example", List.of("169.254.169.254")),
            Map.entry("cgnat.example", List.of("100.64.1.1")),
            Map.entry("ula.example", List.of("fd12:3456::1")),
            Map.entry("mapped.example", List.of("::ffff:127.0.0.1")),
            Map.entry("nat64.example", List.of("64:ff9b::a00:1")),
            Map.entry("sixto4.example", List.of("2002:c0a8:101::1")),
            Map.entry("teredo.example", List.of("2001:0:4136:e378:8000:63bf:3fff:fdd2")),
            Map.entry("linklocal6.example", List.of("fe80::1")),
            Map.entry("zero.example", List.of("0.0.0.0")),
            Map.entry("multicast.example", List.of("224.0.0.1")),
            Map.entry("ietf.example", List.of("192.0.0.8")),
            Map.entry("aws6.example", List.of("fd00:ec2::254")),
            Map.entry("loop6.example", List.of("::1")),
            Map.entry("translated.example", List.of("::ffff:0:a9fe:a9fe")),
            Map.entry("compat.example", List.of("::5")),
            Map.entry("bench6.example", List.of("2001:2::10")),
            Map.entry("doc6.example", List.of("3fff:123::1")),
            Map.entry("amt.example", List.of("2001:3::1")),
            Map.entry("edge6.example", List.of("3fff:1000::1")));

    static final TargetResolver FAKE = host -> {
        List<String> ips = DNS.get(host);
        if (ips == null) {
            throw new UnknownHostException(host);
        }
        List<InetAddress> out = new java.util.ArrayList<>();
        for (String ip : ips) {
            // Literals only: no lookup. Keep IPv6 forms as 16 bytes so mapped addresses stay IPv6.
            InetAddress a = InetAddress.getByName(ip);
            out.add(ip.contains(":") ? java.net.Inet6Address.getByAddress(null, v6(a), null) : a);
        }
        return out;
    };

    static byte[] v6(InetAddress a) {
        byte[] b = a.getAddress();
        if (b.length == 16) {
            return b;
        }
        byte[] m = new byte[16];
        m[10] = (byte) 0xff;
        m[11] = (byte) 0xff;
        System.arraycopy(b, 0, m, 12, 4);
        return m;
    }

    final TargetGuard guard = new TargetGuard(FAKE, false);

    @ParameterizedTest
    @ValueSource(strings = {
            "", " ", "ftp://public.example/x", "file:///etc/passwd", "gopher://public.example/", "javascript:alert(1)",
            "//public.example/aggregate", "/aggregate", "public.example/aggregate", "http:/public.example",
            "http://user:pass@public.example/", "http://user@public.example/", "http://public.example@127.0.0.1/",
            "http://127.0.0.1@public.example:80@127.0.0.1/", "http://public.example\\@127.0.0.1/",
            "http://127.0.0.1/", "http://127.1/", "http://127.0.1/", "http://2130706433/", "http://0x7f000001/",
            "http://0x7f.0.0.1/", "http://0177.0.0.1/", "http://017700000001/", "http://127.000.000.001/",
            "http://1.2.3.4.5/", "http://256.1.1.1/", "http://01.2.3.4/", "http://0/", "http://0.0.0.0/",
            "http://10.0.0.1/", "http://172.16.0.1/", "http://172.31.255.255/", "http://192.168.1.1/",
            "http://100.64.0.1/", "http://100.127.255.254/", "http://169.254.169.254/latest/meta-data/",
            "http://169.254.0.1/", "http://192.0.0.170/", "http://198.18.0.1/", "http://224.0.0.1/",
            "http://239.255.255.250/", "http://240.0.0.1/", "http://255.255.255.255/", "http://192.0.2.1/",
            "http://[::1]/", "http://[::]/", "http://[0:0:0:0:0:0:0:1]/", "http://[::ffff:127.0.0.1]/",
            "http://[::ffff:7f00:1]/", "http://[::ffff:169.254.169.254]/", "http://[::127.0.0.1]/",
            "http://[::10.0.0.1]/", "http://[64:ff9b::127.0.0.1]/", "http://[64:ff9b::a9fe:a9fe]/",
            "http://[2002:7f00:1::]/", "http://[2002:a9fe:a9fe::1]/", "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/",
            "http://[fc00::1]/", "http://[fd00::1]/", "http://[fd00:ec2::254]/", "http://[fe80::1]/",
            "http://[fe80::1%25eth0]/", "http://[fec0::1]/", "http://[ff02::1]/", "http://[2001:db8::1]/",
            "http://[::1", "http://[evil.com]/", "http://localhost/", "http://LOCALHOST/", "http://localhost./",
            "http://foo.localhost/", "http://rebind.example/", "http://private.example/", "http://metadata.example/",
            "http://cgnat.example/", "http://ula.example/", "http://mapped.example/", "http://nat64.example/",
            "http://sixto4.example/", "http://teredo.example/", "http://linklocal6.example/", "http://zero.example/",
            "http://multicast.example/", "http://ietf.example/", "http://aws6.example/", "http://loop6.example/",
            "http://unknown.example/", "http://public.example:0/", "http://public.example:65536/",
            "http://public.example:80a/", "http://public.example:/", "http://public.example/a b",
            "http://public.example/#frag", "http://exa mple.com/", "http://-bad-.example/", "http://a..b.example/",
            "http://%31%32%37.0.0.1/", "http://pub%6cic.example/", "http://exam\u0000ple.com/",
            "http://ex_ample.com/", "http://public.example\t/",
            // IPv4-translated ::ffff:0:0/96, the whole IPv4-compatible ::/96, benchmarking and the newer documentation prefix
            "http://[::ffff:0:7f00:1]/", "http://[::ffff:0:127.0.0.1]/", "http://[::ffff:0:a9fe:a9fe]/",
            "http://[::ffff:0:a00:1]/", "http://[::2]/", "http://[::ff]/", "http://[::0.0.0.5]/", "http://[::7f00:1]/",
            "http://[::a9fe:a9fe]/", "http://[2001:2::1]/", "http://[2001:2:0:ffff::1]/", "http://[3fff::1]/",
            "http://[3fff:fff:ffff::1]/", "http://translated.example/", "http://compat.example/", "http://bench6.example/",
            "http://doc6.example/"
    })
    void refusesHostileTarget(String url) {
        assertThatThrownBy(() -> guard.check(url)).isInstanceOf(TargetRefusedException.class)
                .hasMessageNotContaining("Exception");
    }

    @Test
    void refusesOverlongUrl() {
        String url = "http://public.example/" + "a".repeat(TargetGuard.MAX_URL_LENGTH);
        assertThatThrownBy(() -> guard.check(url)).hasMessageContaining("longer than");
    }

    @Test
    void refusesOverlongHostName() {
        String host = ("a".repeat(60) + ".").repeat(5) + "example";
        assertThatThrownBy(() -> guard.check("http://" + host + "/")).isInstanceOf(TargetRefusedException.class);
    }

    @Test
    void explainsLoopbackInWordsAUserUnderstands() {
        assertThatThrownBy(() -> guard.check("http://127.0.0.1:8080/aggregate"))
                .hasMessageContaining("127.0.0.1").hasMessageContaining("loopback");
    }

    @Test
    void namesTheBadAddressWhenAnyOfSeveralIsInternal() {
        assertThatThrownBy(() -> guard.check("http://rebind.example/"))
                .hasMessageContaining("rebind.example resolves to 127.0.0.1, a loopback address");
    }

    @Test
    void explainsMetadataAndWrappedForms() {
        assertThatThrownBy(() -> guard.check("http://metadata.example/")).hasMessageContaining("cloud metadata");
        assertThatThrownBy(() -> guard.check("http://mapped.example/")).hasMessageContaining("wraps 127.0.0.1");
        assertThatThrownBy(() -> guard.check("http://2130706433/")).hasMessageContaining("four decimal numbers");
    }

    @Test
    void unwrapsTranslatedAndEveryCompatibleFormBeforeJudging() {
        assertThatThrownBy(() -> guard.check("http://[::ffff:0:7f00:1]/")).hasMessageContaining("wraps 127.0.0.1, a loopback");
        assertThatThrownBy(() -> guard.check("http://[::ffff:0:7f00:1]/")).message().as("reads as a sentence")
                .doesNotContain(" is wraps ").contains("is an IPv6 address that wraps 127.0.0.1");
        assertThatThrownBy(() -> guard.check("http://translated.example/")).hasMessageContaining("wraps 169.254.169.254")
                .hasMessageContaining("metadata");
        assertThatThrownBy(() -> guard.check("http://[::0.0.0.5]/")).hasMessageContaining("wraps 0.0.0.5");
        assertThatThrownBy(() -> guard.check("http://compat.example/")).hasMessageContaining("wraps 0.0.0.5");
        // :: and ::1 keep their own words rather than "wraps 0.0.0.1".
        assertThatThrownBy(() -> guard.check("http://[::1]/")).hasMessageContaining("a loopback address")
                .hasMessageNotContaining("wraps");
    }

    @Test
    void refusesBenchmarkingAndDocumentationV6PrefixesToTheirEdges() throws Exception {
        assertThatThrownBy(() -> guard.check("http://bench6.example/")).hasMessageContaining("benchmarking");
        assertThatThrownBy(() -> guard.check("http://[3fff:fff:ffff::1]/")).hasMessageContaining("documentation");
        // Just outside 3fff::/20 and 2001:2::/48: ordinary global addresses.
        assertThat(guard.check("http://edge6.example/").address().getHostAddress()).startsWith("3fff:1000:");
        assertThat(guard.check("http://amt.example/").address().getHostAddress()).startsWith("2001:3:");
    }

    @Test
    void acceptsPublicNameAndKeepsTheCheckedAddress() throws Exception {
        Target t = guard.check("https://Public.Example/aggregate?x=1");
        assertThat(t.host()).isEqualTo("public.example");
        assertThat(t.port()).isEqualTo(443);
        assertThat(t.https()).isTrue();
        assertThat(t.pathAndQuery()).isEqualTo("/aggregate?x=1");
        assertThat(t.address().getHostAddress()).isEqualTo("93.184.215.14");
        assertThat(t.hostHeader()).isEqualTo("public.example");
    }

    @Test
    void acceptsPublicLiteralsAndIdn() throws Exception {
        assertThat(guard.check("http://93.184.215.14:8080/a").hostHeader()).isEqualTo("93.184.215.14:8080");
        assertThat(guard.check("http://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/a").address()).isNotNull();
        assertThat(guard.check("http://v6.example/a").address().getAddress()).hasSize(16);
        assertThat(guard.check("http://bücher.example/a").host()).isEqualTo("xn--bcher-kva.example");
    }

    @Test
    void privateTargetsAllowedOnlyWhenConfiguredButMetadataNever() throws Exception {
        TargetGuard local = new TargetGuard(FAKE, true);
        assertThat(local.check("http://127.0.0.1:8081/aggregate").port()).isEqualTo(8081);
        assertThat(local.check("http://private.example/").address().getHostAddress()).isEqualTo("10.1.2.3");
        assertThatThrownBy(() -> local.check("http://169.254.169.254/")).hasMessageContaining("metadata");
        assertThatThrownBy(() -> local.check("http://0.0.0.0/")).isInstanceOf(TargetRefusedException.class);
        assertThatThrownBy(() -> local.check("http://127.1/")).isInstanceOf(TargetRefusedException.class);
    }
}
