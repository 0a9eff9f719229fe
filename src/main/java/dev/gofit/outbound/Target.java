package dev.gofit.outbound;

import java.net.InetAddress;

/**
 * A URL the guard accepted: the ASCII host name (kept for Host and TLS SNI) and the one
 * address that was checked, which is the only address the client may connect to.
 */
public record Target(String url, boolean https, String host, int port, String pathAndQuery, InetAddress address) {

    /** The Host header value: the name, with the port when it is not the scheme's default. */
    public String hostHeader() {
        boolean defaultPort = https ? port == 443 : port == 80;
        String h = host.contains(":") ? "[" + host + "]" : host;
        return defaultPort ? h : h + ":" + port;
    }
}
