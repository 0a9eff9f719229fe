package dev.gofit.outbound;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * An explicit CIDR table of addresses the review engine must never call. It does not rely on
 * {@code InetAddress.is...()} alone: Java misses CGNAT, ULA, 192.0.0.0/24 and IPv6 forms that
 * wrap an IPv4 address (mapped, translated, compatible, NAT64, 6to4), which are unwrapped and checked too.
 */
public final class AddressRules {

    /** One refused block and the words a user reads ("a loopback address"). */
    record Block(byte[] network, int prefix, String kind, boolean evenWhenPrivateAllowed) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    private static final List<Block> V4 = List.of(
            block("169.254.169.254/32", "a cloud metadata address", true),
            block("168.63.129.16/32", "a cloud metadata address", true),
            block("100.100.100.200/32", "a cloud metadata address", true),
            block("0.0.0.0/8", "an unspecified (\"this network\") address", true),
            block("10.0.0.0/8", "a private address", false),
            block("100.64.0.0/10", "a carrier-grade NAT (shared) address", false),
            block("127.0.0.0/8", "a loopback address", false),
            block("169.254.0.0/16", "a link-local address", false),
            block("172.16.0.0/12", "a private address", false),
            block("192.0.0.0/24", "an IETF protocol address", false),
            block("192.0.2.0/24", "a documentation address", false),
            block("192.88.99.0/24", "a 6to4 relay address", false),
            block("192.168.0.0/16", "a private address", false),
            block("198.18.0.0/15", "a benchmarking address", false),
            block("198.51.100.0/24", "a documentation address", false),
            block("203.0.113.0/24", "a documentation address", false),
            block("224.0.0.0/4", "a multicast address", true),
            block("240.0.0.0/4", "a reserved address", true));

    private static final List<Block> V6 = List.of(
            block("fd00:ec2::254/128", "a cloud metadata address", true),
            block("::/128", "an unspecified address", true),
            block("::1/128", "a loopback address", false),
            block("64:ff9b:1::/48", "a local-use NAT64 address", false),
            block("100::/64", "a discard-only address", false),
            block("2001::/32", "a Teredo tunnel address", false),
            block("2001:10::/28", "an ORCHID address", false),
            block("2001:20::/28", "an ORCHID address", false),
            block("2001:2::/48", "a benchmarking address", false),
            block("2001:db8::/32", "a documentation address", false),
            block("3fff::/20", "a documentation address", false),
            block("fc00::/7", "a unique local (private) address", false),
            block("fe80::/10", "a link-local address", false),
            block("fec0::/10", "a site-local address", false),
            block("ff00::/8", "a multicast address", true));

    private AddressRules() {
    }

    /**
     * Why this address is refused, or empty when it may be called. With {@code allowPrivate}
     * only metadata, unspecified, multicast and reserved addresses stay refused.
     */
    public static Optional<String> refusal(InetAddress address, boolean allowPrivate) {
        return refusal(address.getAddress(), allowPrivate);
    }

    static Optional<String> refusal(byte[] a, boolean allowPrivate) {
        if (a.length == 16) {
            byte[] embedded = embeddedV4(a);
            if (embedded != null) {
                return refusal(embedded, allowPrivate).map(why -> "an IPv6 address that wraps " + v4Text(embedded) + ", " + why);
            }
        }
        for (Block b : a.length == 4 ? V4 : V6) {
            if (b.contains(a) && (!allowPrivate || b.evenWhenPrivateAllowed())) {
                return Optional.of(b.kind());
            }
        }
        return Optional.empty();
    }

    /**
     * The IPv4 address inside mapped (::ffff:0:0/96), translated (::ffff:0:0:0/96), compatible
     * (::/96), NAT64 and 6to4 forms.
     */
    private static byte[] embeddedV4(byte[] a) {
        boolean zero8 = allZero(a, 0, 8);
        if (zero8 && a[8] == 0 && a[9] == 0 && (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff) {
            return slice(a, 12);
        }
        // IPv4-translated (SIIT, RFC 2765): ::ffff:0:a.b.c.d
        if (zero8 && (a[8] & 0xff) == 0xff && (a[9] & 0xff) == 0xff && a[10] == 0 && a[11] == 0) {
            return slice(a, 12);
        }
        // IPv4-compatible (deprecated), the whole ::/96 (::0.0.0.2 too); :: and ::1 keep their own rows below.
        if (allZero(a, 0, 12) && !isUnspecifiedOrLoopback(a)) {
            return slice(a, 12);
        }
        // 64:ff9b::/96 (well-known NAT64 prefix)
        if (a[0] == 0 && a[1] == 0x64 && (a[2] & 0xff) == 0xff && (a[3] & 0xff) == 0x9b && allZero(a, 4, 12)) {
            return slice(a, 12);
        }
        // 2002::/16 (6to4): the IPv4 address is in bits 16..48
        if (a[0] == 0x20 && a[1] == 0x02) {
            return new byte[]{a[2], a[3], a[4], a[5]};
        }
        return null;
    }

    private static boolean isUnspecifiedOrLoopback(byte[] a) {
        return allZero(a, 0, 15) && (a[15] == 0 || a[15] == 1);
    }

    private static boolean allZero(byte[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] slice(byte[] a, int from) {
        return new byte[]{a[from], a[from + 1], a[from + 2], a[from + 3]};
    }

    static String v4Text(byte[] a) {
        return (a[0] & 0xff) + "." + (a[1] & 0xff) + "." + (a[2] & 0xff) + "." + (a[3] & 0xff);
    }

    private static Block block(String cidr, String kind, boolean always) {
        String[] parts = cidr.split("/");
        try {
            // Only literals reach getByName here, so no DNS is involved.
            byte[] network = InetAddress.getByName(parts[0]).getAddress();
            return new Block(network, Integer.parseInt(parts[1]), kind, always);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(cidr, e);
        }
    }
}
