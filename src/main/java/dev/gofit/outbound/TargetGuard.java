package dev.gofit.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.IDN;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether the review engine may call a URL a stranger gave it: absolute http(s), no
 * user-info, strict dotted-decimal IPv4, IDN to ASCII, a length cap, and every resolved address
 * outside the refused CIDR table ({@link AddressRules}). The address it checked is returned so
 * the client connects to exactly that one (DNS rebinding cannot swap it).
 */
@ApplicationScoped
public class TargetGuard {

    public static final int MAX_URL_LENGTH = 2048;

    private static final Pattern OCTET = Pattern.compile("25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9]");
    private static final Pattern NUMERIC_LABEL = Pattern.compile("(0x[0-9a-f]*|[0-9]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LDH_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private final TargetResolver resolver;
    private final boolean allowPrivate;

    /** The switch is read by key rather than through ReviewConfig so outbound depends on no feature. */
    @Inject
    public TargetGuard(TargetResolver resolver,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "gofit.review.allow-private-targets") boolean allowPrivate) {
        this.resolver = resolver;
        this.allowPrivate = allowPrivate;
    }

    void warnWhenOpen(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent event) {
        if (allowPrivate) {
            org.jboss.logging.Logger.getLogger(TargetGuard.class).warn(
                    "gofit.review.allow-private-targets=true: the review engine may call loopback and private addresses");
        }
    }

    /** Checks the URL and resolves its host once; throws with a reason a person understands. */
    public Target check(String url) throws TargetRefusedException {
        if (url == null || url.isBlank()) {
            throw refused("Give the full URL of your endpoint, e.g. https://example.com/aggregate.");
        }
        String u = url.trim();
        if (u.length() > MAX_URL_LENGTH) {
            throw refused("The URL is longer than " + MAX_URL_LENGTH + " characters.");
        }
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c <= 0x20 || c == 0x7f || c == '\\') {
                throw refused("The URL contains a space, a control character or a backslash.");
            }
        }
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw refused("This is not a valid URL (" + e.getReason() + ").");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused("Only absolute http:// or https:// URLs can be reviewed.");
        }
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isEmpty()) {
            throw refused("The URL has no host.");
        }
        if (authority.contains("@") || uri.getRawUserInfo() != null) {
            throw refused("The URL must not contain a user name or password (user-info before '@').");
        }
        if (uri.getRawFragment() != null) {
            throw refused("The URL must not contain a fragment (#...).");
        }
        String rawHost;
        String rawPort;
        if (authority.startsWith("[")) {
            int end = authority.indexOf(']');
            if (end < 0) {
                throw refused("The IPv6 address in the URL is not closed with ']'.");
            }
            rawHost = authority.substring(0, end + 1);
            String after = authority.substring(end + 1);
            if (!after.isEmpty() && !after.startsWith(":")) {
                throw refused("Unexpected text after the IPv6 address.");
            }
            rawPort = after.isEmpty() ? null : after.substring(1);
        } else {
            int colon = authority.lastIndexOf(':');
            rawHost = colon < 0 ? authority : authority.substring(0, colon);
            rawPort = colon < 0 ? null : authority.substring(colon + 1);
        }
        boolean https = scheme.equals("https");
        int port = parsePort(rawPort, https);
        InetAddress literal = null;
        String host;
        if (rawHost.startsWith("[")) {
            literal = ipv6Literal(rawHost.substring(1, rawHost.length() - 1));
            host = literal.getHostAddress();
        } else {
            host = asciiHost(rawHost);
            literal = ipv4Literal(host);
        }
        List<InetAddress> addresses;
        if (literal != null) {
            addresses = List.of(literal);
        } else {
            if (host.equals("localhost") || host.endsWith(".localhost")) {
                if (!allowPrivate) {
                    throw refused(host + " is this server itself (a loopback name).");
                }
            }
            try {
                addresses = resolver.resolve(host);
            } catch (TimeBoundResolver.LookupGaveUp e) {
                throw refused(host + " could not be looked up: " + e.getMessage() + ".");
            } catch (UnknownHostException e) {
                throw refused(host + " does not resolve to any address (check the spelling; is it public?).");
            }
            if (addresses == null || addresses.isEmpty()) {
                throw refused(host + " does not resolve to any address.");
            }
        }
        for (InetAddress address : addresses) {
            Optional<String> why = AddressRules.refusal(address, allowPrivate);
            if (why.isPresent()) {
                String text = text(address);
                String subject = literal != null ? text + " is " : host + " resolves to " + text + ", ";
                throw refused(subject + why.get() + ": GoFit only calls public internet addresses.");
            }
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            path += "?" + uri.getRawQuery();
        }
        String normalized = scheme + "://" + (host.contains(":") ? "[" + host + "]" : host)
                + (rawPort == null ? "" : ":" + port) + path;
        return new Target(normalized, https, host, port, path, addresses.get(0));
    }

    private static String text(InetAddress a) {
        return a instanceof Inet6Address ? a.getHostAddress() : AddressRules.v4Text(a.getAddress());
    }

    private static int parsePort(String rawPort, boolean https) throws TargetRefusedException {
        if (rawPort == null || rawPort.isEmpty()) {
            if (rawPort != null) {
                throw refused("The port after ':' is empty.");
            }
            return https ? 443 : 80;
        }
        if (!rawPort.matches("[0-9]{1,5}")) {
            throw refused("The port must be a number from 1 to 65535.");
        }
        int port = Integer.parseInt(rawPort);
        if (port < 1 || port > 65535) {
            throw refused("The port must be a number from 1 to 65535.");
        }
        return port;
    }

    private static String asciiHost(String rawHost) throws TargetRefusedException {
        String h = rawHost;
        if (h.contains("%")) {
            throw refused("The host name must not be percent-encoded.");
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.isEmpty()) {
            throw refused("The URL has no host.");
        }
        try {
            h = IDN.toASCII(h, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw refused("The host name is not a valid (internationalised) domain name.");
        }
        if (h.length() > 253) {
            throw refused("The host name is longer than 253 characters.");
        }
        return h;
    }

    /** Strict dotted-decimal IPv4, or null for a name; refuses the short, octal, hex and integer forms. */
    private static InetAddress ipv4Literal(String host) throws TargetRefusedException {
        String[] labels = host.split("\\.", -1);
        String last = labels[labels.length - 1];
        if (!NUMERIC_LABEL.matcher(last).matches()) {
            for (String label : labels) {
                if (!LDH_LABEL.matcher(label).matches()) {
                    throw refused("\"" + host + "\" is not a valid host name.");
                }
            }
            return null;
        }
        // A name ending in a number is read as an IPv4 address by browsers and resolvers: demand the strict form.
        if (labels.length != 4) {
            throw refused("\"" + host + "\" is not a valid IPv4 address: write four decimal numbers, e.g. 203.0.113.7.");
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (!OCTET.matcher(labels[i]).matches()) {
                throw refused("\"" + host + "\" is not a valid IPv4 address: write four decimal numbers 0-255 "
                        + "without leading zeros, e.g. 203.0.113.7.");
            }
            bytes[i] = (byte) Integer.parseInt(labels[i]);
        }
        try {
            return InetAddress.getByAddress(host, bytes);
        } catch (UnknownHostException e) {
            throw refused("\"" + host + "\" is not a valid IPv4 address.");
        }
    }

    private static InetAddress ipv6Literal(String inside) throws TargetRefusedException {
        if (inside.contains("%")) {
            throw refused("IPv6 zone identifiers (%...) are not allowed.");
        }
        if (!inside.matches("[0-9a-fA-F:.]+") || !inside.contains(":")) {
            throw refused("\"" + inside + "\" is not a valid IPv6 address.");
        }
        try {
            // A literal (hex, colons, dots only): getByName parses it without any DNS lookup.
            InetAddress a = InetAddress.getByName(inside);
            // Keep the 16 bytes even for mapped forms so the rules see what was written.
            return Inet6Address.getByAddress(null, ipv6Bytes(a), null);
        } catch (UnknownHostException e) {
            throw refused("\"" + inside + "\" is not a valid IPv6 address.");
        }
    }

    private static byte[] ipv6Bytes(InetAddress a) {
        byte[] b = a.getAddress();
        if (b.length == 16) {
            return b;
        }
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(b, 0, mapped, 12, 4);
        return mapped;
    }

    private static TargetRefusedException refused(String reason) {
        return new TargetRefusedException(reason);
    }
}
