package dev.gofit.pilot;

import java.net.InetAddress;
import java.net.URI;

/** An endpoint that passed the target check, with the address to connect to (checked once, used once). */
public record CheckedTarget(URI uri, InetAddress address) {

    public boolean https() {
        return "https".equalsIgnoreCase(uri.getScheme());
    }

    public int port() {
        return uri.getPort() > 0 ? uri.getPort() : https() ? 443 : 80;
    }

    /** Path and query as sent on the request line. */
    public String requestUri() {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
