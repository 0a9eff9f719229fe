package dev.gofit.outbound;

import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guarded client against hostile servers on loopback: every exchange ends, within its
 * deadline plus a little, with a failure a person can read. Each server stops by itself.
 */
class HostileServerTest {

    static Vertx vertx;
    static GuardedHttpClient client;
    static final ExecutorService servers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hostile-server");
        t.setDaemon(true);
        return t;
    });

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        client = new GuardedHttpClient(1000, 8, vertx);
    }

    @AfterAll
    static void stop() {
        client.close();
        vertx.close();
        servers.shutdownNow();
    }

    /** Serves one connection with {@code behaviour}, then closes; the socket stops accepting after 10 s. */
    static int serve(Consumer<Socket> behaviour) throws IOException {
        ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        server.setSoTimeout(10_000);
        servers.submit(() -> {
            try (server; Socket s = server.accept()) {
                s.setSoTimeout(10_000);
                drainRequest(s.getInputStream());
                behaviour.accept(s);
            } catch (IOException | RuntimeException e) {
                // the client went away: expected for hostile cases
            }
            return null;
        });
        return server.getLocalPort();
    }

    static void drainRequest(InputStream in) throws IOException {
        // Read headers, then the Content-Length body (the client always sends one).
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            head.append((char) b);
        }
        String h = head.toString().toLowerCase();
        int i = h.indexOf("content-length:");
        if (i >= 0) {
            int len = Integer.parseInt(h.substring(i + 15, h.indexOf("\r\n", i)).trim());
            in.readNBytes(len);
        }
    }

    static Target target(int port) throws Exception {
        return new TargetGuard(host -> java.util.List.of(InetAddress.getLoopbackAddress()), true)
                .check("http://127.0.0.1:" + port + "/aggregate");
    }

    static HttpExchange post(int port, long deadlineMs) throws Exception {
        return client.post(target(port), "application/json", "{}", deadlineMs).get();
    }

    static void write(Socket s, String text) {
        try {
            OutputStream out = s.getOutputStream();
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new RuntimeException(e);
        }
    }

    @Test
    void endlessBodyIsCutAtTheSizeCap() throws Exception {
        int port = serve(s -> {
            write(s, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            String chunk = Integer.toHexString(8192) + "\r\n" + "x".repeat(8192) + "\r\n";
            for (int i = 0; i < 10_000; i++) {
                write(s, chunk); // 80 MB if nobody stops it
            }
        });
        HttpExchange ex = post(port, 5000);
        assertThat(ex.answered()).isFalse();
        assertThat(ex.failure()).contains("larger than 256 KiB");
        assertThat(ex.millis()).isLessThan(5000);
    }

    @Test
    void dripFeedIsStoppedByTheAbsoluteDeadline() throws Exception {
        int port = serve(s -> {
            write(s, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n");
            for (int i = 0; i < 100; i++) {
                write(s, "x");
                sleep(100); // a byte every 100 ms never trips an idle timeout
            }
        });
        HttpExchange ex = post(port, 800);
        assertThat(ex.answered()).isFalse();
        assertThat(ex.failure()).contains("no complete answer within 800 ms");
        assertThat(ex.millis()).isBetween(790L, 1500L);
    }

    @Test
    void acceptThenSilenceEndsAtTheDeadline() throws Exception {
        int port = serve(s -> sleep(5000));
        HttpExchange ex = post(port, 600);
        assertThat(ex.answered()).isFalse();
        assertThat(ex.failure()).contains("within 600 ms");
        assertThat(ex.millis()).isLessThan(1500);
    }

    @Test
    void garbageIsNotHttp() throws Exception {
        int port = serve(s -> write(s, "SSH-2.0-OpenSSH_9.6\r\n\u0000\u0001\u0002 garbage garbage\r\n\r\n"));
        HttpExchange ex = post(port, 2000);
        assertThat(ex.answered()).isFalse();
        assertThat(ex.millis()).isLessThan(2000);
    }

    @Test
    void resetConnectionIsReported() throws Exception {
        int port = serve(s -> {
            try {
                s.setSoLinger(true, 0); // RST instead of FIN
                s.close();
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        HttpExchange ex = post(port, 2000);
        assertThat(ex.answered()).isFalse();
        assertThat(ex.failure()).contains("closed or reset");
    }

    @Test
    void redirectToAnInternalAddressIsNotFollowed() throws Exception {
        int port = serve(s -> write(s, "HTTP/1.1 302 Found\r\nLocation: http://169.254.169.254/latest/meta-data/\r\n"
                + "Content-Length: 0\r\nConnection: close\r\n\r\n"));
        HttpExchange ex = post(port, 2000);
        assertThat(ex.answered()).isTrue();
        assertThat(ex.status()).isEqualTo(302);
    }

    @Test
    void hugeHeadersAreRefused() throws Exception {
        int port = serve(s -> write(s, "HTTP/1.1 200 OK\r\nX-Big: " + "a".repeat(64 * 1024) + "\r\nContent-Length: 2\r\n\r\n{}"));
        HttpExchange ex = post(port, 2000);
        assertThat(ex.answered()).isFalse();
    }

    @Test
    void closedPortIsConnectionRefused() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        HttpExchange ex = post(port, 2000);
        assertThat(ex.failure()).contains("refused");
    }

    @Test
    void connectsToTheCheckedAddressWhileHostKeepsTheName() throws Exception {
        String[] host = new String[1];
        ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        server.setSoTimeout(10_000);
        servers.submit(() -> {
            try (server; Socket s = server.accept()) {
                byte[] buf = new byte[4096];
                int n = s.getInputStream().read(buf);
                String req = new String(buf, 0, n, StandardCharsets.ISO_8859_1);
                host[0] = req.lines().filter(l -> l.toLowerCase().startsWith("host:")).findFirst().orElse("");
                write(s, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
            }
            return null;
        });
        // "candidate.example" resolves (in this fake) to loopback once; the client must not resolve it again.
        Target t = new TargetGuard(h -> java.util.List.of(InetAddress.getLoopbackAddress()), true)
                .check("http://candidate.example:" + server.getLocalPort() + "/aggregate");
        HttpExchange ex = client.post(t, "application/json", "{}", 2000).get();
        assertThat(ex.status()).isEqualTo(200);
        assertThat(host[0]).isEqualToIgnoringCase("Host: candidate.example:" + server.getLocalPort());
    }
}
