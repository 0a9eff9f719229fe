package dev.gofit.demo;

import dev.gofit.system.GoFitConfig;
import io.netty.util.NetUtil;
import io.quarkus.runtime.Startup;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides which source URLs the public {@code POST /demo/aggregate} may fetch, so that it is not an
 * open proxy into GoFit's network (cloud metadata, internal JSON APIs, a port scanner): only
 * GoFit's own demo upstream, that is a path under {@code /demo/upstream/} at the origin of
 * {@code gofit.public-url}, of {@code gofit.review.upstream-base-url} (what reviews of the
 * reference hand out) or of this server as the request reached it (its local address and port,
 * which a client cannot forge the way it can a Host header); plus, on any path, the origins an
 * operator lists in {@code gofit.demo.aggregate-allowed-origins} (the benchmark's Go stub).
 */
@ApplicationScoped
@Startup // a malformed allow-list stops the start instead of failing the first request
public class SourceOrigins {

    static final String UPSTREAM_PATH = "/demo/upstream/";
    static final String ALLOWED_SETTING = "gofit.demo.aggregate-allowed-origins";

    /** A scheme, a lower-case host (IPv6 without brackets) and an explicit port. */
    public record Origin(String scheme, String host, int port) {

        static Origin of(URI uri) {
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
            return new Origin(scheme, host, port);
        }

        /** This server as the request reached it: the connection's local address and port. */
        public static Origin self(HttpServerRequest request) {
            return new Origin(request.isSSL() ? "https" : "http",
                    request.localAddress().host().toLowerCase(Locale.ROOT), request.localAddress().port());
        }

        /** {@code scheme://host:port}, IPv6 hosts in brackets. */
        public String url() {
            return scheme + "://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }
    }

    /** One of GoFit's own bases: its origin and where the demo upstream lives under it. */
    private record Base(Origin origin, String upstreamPath) {
    }

    private final List<Base> own;
    private final List<Origin> allowed;

    @Inject
    public SourceOrigins(GoFitConfig gofit, DemoConfig demo,
                         @ConfigProperty(name = "gofit.review.upstream-base-url") Optional<String> reviewUpstreamBase) {
        this(reviewUpstreamBase.map(b -> List.of(gofit.publicUrl(), b)).orElse(List.of(gofit.publicUrl())),
                demo.aggregateAllowedOrigins().orElse(List.of()));
    }

    /**
     * @param ownBaseUrls    base URLs GoFit hands its own upstream links out under
     * @param allowedOrigins extra origins ({@code scheme://host[:port]}) accepted on any path
     */
    public SourceOrigins(List<String> ownBaseUrls, List<String> allowedOrigins) {
        List<Base> bases = new ArrayList<>();
        for (String base : ownBaseUrls) {
            URI uri = absolute(base, "base URL");
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            bases.add(new Base(Origin.of(uri), path + UPSTREAM_PATH));
        }
        this.own = List.copyOf(bases);
        List<Origin> origins = new ArrayList<>();
        for (String origin : allowedOrigins) {
            if (origin.isBlank()) {
                continue;
            }
            URI uri = absolute(origin.trim(), ALLOWED_SETTING + " entry");
            if (!(uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException(ALLOWED_SETTING + " entry \"" + origin
                        + "\" must be an origin only (scheme://host[:port]), without a path or query");
            }
            origins.add(Origin.of(uri));
        }
        this.allowed = List.copyOf(origins);
    }

    private static URI absolute(String url, String what) {
        try {
            URI uri = AggregateRequest.url(url);
            if (uri.getRawUserInfo() == null) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException(what + " \"" + url + "\" must be an absolute http(s) URL with a host "
                + "and no user-info");
    }

    /** Refuses (400, naming the field) a request whose sources are not GoFit's own upstream or allow-listed. */
    public void check(AggregateRequest request, Origin self) throws AggregateRequest.Invalid {
        check(Source.USER, request.userUri(), self);
        check(Source.EMBEDDINGS, request.embeddingsUri(), self);
    }

    void check(Source source, URI url, Origin self) throws AggregateRequest.Invalid {
        if (!permitted(url, self)) {
            throw new AggregateRequest.Invalid("\"sources." + source.key() + "\" must be a URL of GoFit's own demo "
                    + "upstream (this server or gofit.public-url, a path under " + UPSTREAM_PATH + "); "
                    + "other hosts are not fetched");
        }
    }

    boolean permitted(URI url, Origin self) {
        if (url.getRawUserInfo() != null) {
            return false;
        }
        Origin origin = Origin.of(url);
        if (allowed.contains(origin)) {
            return true;
        }
        String path = url.getRawPath();
        if (path == null || !plainPath(path)) {
            return false;
        }
        if (path.startsWith(UPSTREAM_PATH) && isSelf(origin, self)) {
            return true;
        }
        for (Base base : own) {
            if (base.origin().equals(origin) && path.startsWith(base.upstreamPath())) {
                return true;
            }
        }
        return false;
    }

    /** No dot segments and no encoded separators: the path cannot climb out of the upstream prefix. */
    private static boolean plainPath(String rawPath) {
        String p = rawPath.toLowerCase(Locale.ROOT);
        return !(p.contains("/./") || p.contains("/../") || p.endsWith("/.") || p.endsWith("/..")
                || p.contains("%2e") || p.contains("%2f") || p.contains("%5c"));
    }

    /**
     * True when the URL names this server: the same scheme and port, and its local address (by
     * value, so {@code ::1} and {@code 0:0:0:0:0:0:0:1} agree) or, when the request came over
     * loopback, any loopback name for it ({@code localhost}, {@code 127.0.0.1}, {@code ::1}).
     */
    static boolean isSelf(Origin url, Origin self) {
        if (self == null || !url.scheme().equals(self.scheme()) || url.port() != self.port()) {
            return false;
        }
        if (url.host().equals(self.host())) {
            return true;
        }
        InetAddress local = NetUtil.createInetAddressFromIpAddressString(self.host());
        if (local == null) {
            return false;
        }
        InetAddress named = NetUtil.createInetAddressFromIpAddressString(url.host());
        if (local.isLoopbackAddress()) {
            return "localhost".equals(url.host()) || named != null && named.isLoopbackAddress();
        }
        return local.equals(named);
    }
}
