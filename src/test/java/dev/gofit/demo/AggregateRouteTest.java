package dev.gofit.demo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.net.URL;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

/** The reference aggregator against the contract cases, with the app's own recorded upstreams. */
@QuarkusTest
class AggregateRouteTest {

    @TestHTTPResource("/")
    URL base;
    @Inject
    UpstreamLinks links;
    @Inject
    CallRecorder recorder;

    private String runId;

    /** Timings below must not include REST Assured's own first-call start-up. */
    @BeforeEach
    void warmUp() {
        post("{}").then().statusCode(400).body("error", not(emptyString()));
    }

    private String body(UpstreamScenario user, UpstreamScenario embeddings, int timeoutMs) {
        runId = "agg-" + UUID.randomUUID();
        return new JsonObject().put("userId", "u-7f3a").put("query", "How do I reset my password?")
                .put("sources", new JsonObject()
                        .put("user", links.url(base.toString(), runId, Source.USER, user))
                        .put("embeddings", links.url(base.toString(), runId, Source.EMBEDDINGS, embeddings)))
                .put("timeoutMs", timeoutMs).encode();
    }

    private static Response post(String body) {
        return given().contentType("application/json").body(body).post("/demo/aggregate");
    }

    @Test
    void successPassesBothBodiesThroughVerbatimInAboutTheSlowerDelay() {
        String body = body(UpstreamScenario.ok(500), UpstreamScenario.ok(700), 3_000);
        long t0 = System.nanoTime();
        Response response = post(body);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        response.then().statusCode(200).contentType("application/json").body("userId", equalTo("u-7f3a"));

        List<UpstreamCall> calls = recorder.callsFor(runId);
        assertThat(calls).hasSize(2);
        String text = response.asString();
        UpstreamCall user = CallOverlap.first(calls, Source.USER);
        UpstreamCall emb = CallOverlap.first(calls, Source.EMBEDDINGS);
        assertThat(text).contains("\"user\":" + user.body()).contains("\"embeddings\":" + emb.body());
        assertThat(CallOverlap.overlapped(user, emb, 450_000_000L)).as("calls overlap (server-side record)").isTrue();
        assertThat(ms).as("near max(500, 700), well under the sum").isBetween(700L, 1_150L);
    }

    @Test
    void failingUserSourceIs502NamingIt() {
        post(body(UpstreamScenario.fail(0, 500), UpstreamScenario.ok(50), 2_000)).then().statusCode(502)
                .contentType("application/json").body("source", equalTo("user")).body("error", not(emptyString()));
    }

    @Test
    void notJsonEmbeddingsIs502NamingIt() {
        post(body(UpstreamScenario.ok(50), UpstreamScenario.notJson(0), 2_000)).then().statusCode(502)
                .body("source", equalTo("embeddings")).body("error", equalTo("embeddings source answered a body that is not JSON"));
    }

    @Test
    void droppedConnectionIs502NamingTheSourceWithoutAddresses() {
        post(body(UpstreamScenario.dropped(10), UpstreamScenario.ok(10), 2_000)).then().statusCode(502)
                .body("source", equalTo("user")).body("error", startsWith("user source: "))
                .body("error", not(containsString("127.0.0.1"))).body("error", not(containsString(":" + base.getPort())));
    }

    @ParameterizedTest
    @EnumSource(Source.class)
    void connectionDroppedAfterTheHeadersIs502NamingTheSource(Source dropped) {
        UpstreamScenario drop = UpstreamScenario.droppedMidAnswer(10);
        UpstreamScenario ok = UpstreamScenario.ok(10);
        post(body(dropped == Source.USER ? drop : ok, dropped == Source.USER ? ok : drop, 2_000)).then().statusCode(502)
                .body("source", equalTo(dropped.key()));
    }

    @ParameterizedTest
    @ValueSource(ints = {600, 1_300})
    void sourceThatStallsAfterItsHeadersIs504WithinTheTimeout(int timeoutMs) {
        long t0 = System.nanoTime();
        Response response = post(body(UpstreamScenario.stalling(10), UpstreamScenario.ok(10), timeoutMs));
        long took = (System.nanoTime() - t0) / 1_000_000;
        response.then().statusCode(504).body("source", equalTo("user"));
        assertThat(took).as("after timeoutMs, within timeoutMs + 500").isBetween((long) timeoutMs, timeoutMs + 500L);
    }

    private static String withSources(String user, String embeddings) {
        return new JsonObject().put("userId", "u").put("query", "q")
                .put("sources", new JsonObject().put("user", user).put("embeddings", embeddings))
                .put("timeoutMs", 2_000).encode();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/iam/security-credentials/",
            "http://metadata.google.internal/computeMetadata/v1/", "http://example.com/demo/upstream/users/x",
            "http://127.0.0.1:1/demo/upstream/users/x", "https://{self}/demo/upstream/users/x",
            "http://{self}/q/health", "http://{self}/demo/upstream/../../q/health",
            "http://{self}/demo/upstream/%2e%2e/%2e%2e/q/health", "http://user@{self}/demo/upstream/users/x"})
    void foreignOrNonUpstreamSourceIs400NamingTheField(String source) {
        String url = source.replace("{self}", base.getHost() + ":" + base.getPort());
        post(withSources(base + "demo/upstream/users/x", url)).then().statusCode(400)
                .contentType("application/json").body("error", containsString("\"sources.embeddings\""))
                .body("$", not(hasKey("source")));
        post(withSources(url, base + "demo/upstream/embeddings?q=x")).then().statusCode(400)
                .body("error", containsString("\"sources.user\""));
    }

    @Test
    void ownUpstreamIsFetchedUnderAnyLoopbackNameOfThisServer() {
        String viaIp = "http://127.0.0.1:" + base.getPort() + "/demo/upstream/users/u-1?delay=1";
        post(withSources(viaIp, base + "demo/upstream/embeddings?q=reset")).then().statusCode(200)
                .body("user.userId", equalTo("u-1")).body("embeddings.query", equalTo("reset"));
    }

    @Test
    void hangingSourceIs504WithinTheTimeout() {
        long t0 = System.nanoTime();
        Response response = post(body(UpstreamScenario.ok(10), UpstreamScenario.hanging(), 1_000));
        long took = (System.nanoTime() - t0) / 1_000_000;
        response.then().statusCode(504)
                .body("source", equalTo("embeddings")).body("error", equalTo("embeddings source did not answer within 1000 ms"));
        assertThat(took).as("within timeoutMs + 500").isBetween(1_000L, 1_500L);
    }

    @ParameterizedTest
    @EnumSource(Source.class)
    void aFailureCancelsTheSlowSiblingAndTheUpstreamSeesTheHangUp(Source failing) throws Exception {
        UpstreamScenario fast = UpstreamScenario.fail(20, 500);
        UpstreamScenario slow = UpstreamScenario.ok(5_000);
        String body = failing == Source.USER ? body(fast, slow, 8_000) : body(slow, fast, 8_000);
        long t0 = System.nanoTime();
        post(body).then().statusCode(502).body("source", equalTo(failing.key()));
        // Promptly: long before the slow call (5 s) would have answered; the margin absorbs a loaded box.
        long took = (System.nanoTime() - t0) / 1_000_000;
        String seen = recorder.callsFor(runId).stream().map(c -> c.source() + " arrived " + (c.arrivedNanos() - t0) / 1_000_000
                + " ended " + (c.endNanos() - t0) / 1_000_000).toList().toString();
        assertThat(took).as("answers promptly; upstreams saw " + seen).isLessThan(3_000L);

        String run = runId;
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            UpstreamCall other = CallOverlap.first(recorder.callsFor(run), failing.other());
            return other != null && other.callerHungUp();
        });
        UpstreamCall other = CallOverlap.first(recorder.callsFor(run), failing.other());
        assertThat(other.answered()).isFalse();
        assertThat((other.hungUpNanos() - other.arrivedNanos()) / 1_000_000).isLessThan(3_000L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[]", "{\"userId\":\"u\"}", "{} {}",
            "{\"userId\":\"\",\"query\":\"q\",\"sources\":{\"user\":\"http://a/\",\"embeddings\":\"http://b/\"},\"timeoutMs\":100}",
            "{\"userId\":\"u\",\"query\":\"q\",\"sources\":{\"user\":\"ftp://a/\",\"embeddings\":\"http://b/\"},\"timeoutMs\":100}",
            "{\"userId\":\"u\",\"query\":\"q\",\"sources\":{\"user\":\"http://a/\"},\"timeoutMs\":100}",
            "{\"userId\":\"u\",\"query\":\"q\",\"sources\":{\"user\":\"http://a/\",\"embeddings\":\"http://b/\"},\"timeoutMs\":0}",
            "{\"userId\":\"u\",\"query\":\"q\",\"sources\":{\"user\":\"http://a/\",\"embeddings\":\"http://b/\"},\"timeoutMs\":\"1000\"}"})
    void malformedOrIncompleteRequestIs400WithAJsonError(String body) {
        given().contentType("application/json").body(body).post("/demo/aggregate").then().statusCode(400)
                .contentType("application/json").body("error", not(emptyString())).body("$", not(hasKey("source")));
    }
}
