package dev.gofit.demo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Delays are timers: 2,000 calls waiting at once on loopback all finish in about one delay. */
@QuarkusTest
class UpstreamLoadTest {

    static final int CALLS = 2_000;
    static final int DELAY_MS = 3_000;

    @TestHTTPResource("/")
    URL base;
    @Inject
    Vertx vertx;

    @Test
    void twoThousandConcurrentDelayedCallsFinishInAboutOneDelay() throws Exception {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost("127.0.0.1")
                        .setDefaultPort(base.getPort()).setConnectTimeout(10_000),
                new PoolOptions().setHttp1MaxSize(CALLS).setMaxWaitQueueSize(-1));
        try {
            // Warm-up: open the 2,000 keep-alive connections (and JIT the path) with no delay.
            burst(client, 0).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            long t0 = System.nanoTime();
            Future<List<String>> all = burst(client, DELAY_MS);
            all.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            long elapsedMs = (System.nanoTime() - t0) / 1_000_000;

            Set<String> nonces = new HashSet<>(all.result());
            assertThat(nonces).as("every body has its own nonce").hasSize(CALLS);
            System.out.printf("%d concurrent calls delayed %d ms finished in %d ms%n", CALLS, DELAY_MS, elapsedMs);
            // About one delay: far below the 2,000 s of a serial server; the margin absorbs a loaded CI box.
            assertThat(elapsedMs).isBetween((long) DELAY_MS, 2L * DELAY_MS);
        } finally {
            client.close();
        }
    }

    private static Future<List<String>> burst(HttpClient client, int delayMs) {
        List<Future<String>> calls = new ArrayList<>(CALLS);
        for (int i = 0; i < CALLS; i++) {
            String path = i % 2 == 0 ? "/demo/upstream/users/u-" + i + "?delay=" + delayMs
                    : "/demo/upstream/embeddings?q=load+" + i + "&delay=" + delayMs;
            calls.add(client.request(HttpMethod.GET, path)
                    .compose(req -> req.send())
                    .compose(resp -> resp.statusCode() == 200 ? resp.body()
                            : Future.failedFuture("HTTP " + resp.statusCode()))
                    .map(body -> body.toJsonObject().getString("nonce")));
        }
        return Future.all(calls).map(done -> calls.stream().map(Future::result).toList());
    }
}
