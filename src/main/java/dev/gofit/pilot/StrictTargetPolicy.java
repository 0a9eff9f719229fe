package dev.gofit.pilot;

import dev.gofit.takehome.ReviewConfig;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The pilot's own minimal, strict target check, used until the take-home's TargetGuard is
 * merged: an absolute http(s) URL without user-info, whose every address is public, unless
 * {@code gofit.review.allow-private-targets} lets loopback and private addresses through.
 * Unspecified (0.0.0.0, ::) and multicast addresses are always refused.
 */
@DefaultBean
@ApplicationScoped
public class StrictTargetPolicy implements TargetPolicy {

    private final boolean allowPrivate;

    @Inject
    public StrictTargetPolicy(ReviewConfig review) {
        this.allowPrivate = review.allowPrivateTargets();
    }

    StrictTargetPolicy(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    @Override
    public CheckedTarget check(String url) {
        if (url == null || url.isBlank()) {
            throw new TargetRefusedException("Enter the endpoint's URL, e.g. https://pilot.example.com/api/orders.");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new TargetRefusedException("This is not a valid URL: " + e.getReason() + ".");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new TargetRefusedException("Only absolute http:// or https:// URLs can be measured.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new TargetRefusedException("The URL must not contain a user name or password.");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new TargetRefusedException("The URL has no valid host name.");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            throw new TargetRefusedException("The port must be between 1 and 65535.");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new TargetRefusedException("The host " + host + " does not resolve.");
        }
        for (InetAddress address : addresses) {
            String kind = refusedKind(address);
            if (kind != null) {
                throw new TargetRefusedException(host + " resolves to " + address.getHostAddress() + ", " + kind + ".");
            }
        }
        return new CheckedTarget(uri, addresses[0]);
    }

    /** Why an address is refused, or null when it may be called. */
    String refusedKind(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address && isEmbeddedIpv4(b)) {
            try {
                return refusedKind(InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]}));
            } catch (UnknownHostException e) {
                return "an address that cannot be read";
            }
        }
        if (address.isAnyLocalAddress() || (b.length == 4 && (b[0] & 0xff) == 0)) {
            return "an unspecified address";
        }
        if (address.isMulticastAddress() || (b.length == 4 && (b[0] & 0xff) >= 240)) {
            return "a multicast or reserved address";
        }
        if (allowPrivate) {
            return null;
        }
        if (address.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (address.isSiteLocalAddress()) {
            return "a private address";
        }
        if (address instanceof Inet4Address) {
            int a = b[0] & 0xff;
            int c = b[1] & 0xff;
            if (a == 100 && c >= 64 && c <= 127) {
                return "a carrier-grade NAT address";
            }
            if (a == 192 && c == 0 && (b[2] & 0xff) == 0) {
                return "a reserved IETF address";
            }
            if (a == 198 && (c == 18 || c == 19)) {
                return "a benchmarking address";
            }
        } else if ((b[0] & 0xfe) == 0xfc) {
            return "a private (unique local) address";
        }
        return null;
    }

    /** IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) addresses carry an IPv4 address to check. */
    private static boolean isEmbeddedIpv4(byte[] b) {
        boolean zeros = true;
        for (int i = 0; i < 12; i++) {
            zeros &= b[i] == 0;
        }
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = b[i] == 0;
        }
        // "::" and "::1" are not embedded IPv4: they are handled as unspecified and loopback.
        boolean special = zeros && b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] == 0 || b[15] == 1);
        return (zeros && !special) || nat64;
    }
}
