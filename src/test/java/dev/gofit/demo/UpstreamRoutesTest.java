package dev.gofit.demo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
class UpstreamRoutesTest {

    @TestHTTPResource("/")
    URL base;
    @Inject
    UpstreamLinks links;
    @Inject
    CallRecorder recorder;

    private String link(String runId, Source source, UpstreamScenario scenario) {
        return links.url(base.toString(), runId, source, scenario);
    }

    private static String run() {
        return "test-" + UUID.randomUUID();
    }

    @Test
    void plainUserFormAnswersTheStubShapeWithAFreshNonce() {
        String first = given().get("/demo/upstream/users/u-7f3a?delay=5").then().statusCode(200)
                .contentType("application/json")
                .body("userId", equalTo("u-7f3a")).body("name", equalTo("User u-7f3a"))
                .body("nonce", matchesPattern("[0-9a-f]{32}"))
                .extract().path("nonce");
        String second = given().get("/demo/upstream/users/u-7f3a").then().statusCode(200).extract().path("nonce");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void plainEmbeddingsFormEchoesTheQuery() {
        given().queryParam("q", "reset password").queryParam("delay", 0).get("/demo/upstream/embeddings").then().statusCode(200)
                .body("query", equalTo("reset password")).body("vector", hasSize(8))
                .body("nonce", matchesPattern("[0-9a-f]{32}"));
    }

    @Test
    void plainDelayAboveTheCapOrMalformedIs400() {
        given().get("/demo/upstream/users/x?delay=10001").then().statusCode(400).body("error", equalTo("delay must be 0-10000 ms"));
        given().get("/demo/upstream/embeddings?delay=soon").then().statusCode(400);
        given().get("/demo/upstream/embeddings?delay=-1").then().statusCode(400);
    }

    @Test
    void plainDelayIsHonoured() {
        long t0 = System.nanoTime();
        given().get("/demo/upstream/users/x?delay=300").then().statusCode(200);
        assertThat((System.nanoTime() - t0) / 1_000_000).isBetween(290L, 2_000L);
    }

    @Test
    void signedLinkServesItsScenarioAndIsRecorded() {
        String runId = run();
        String url = link(runId, Source.USER, UpstreamScenario.ok(120));
        assertThat(url).startsWith(base.toString().replaceAll("/$", "") + "/demo/upstream/users/t/");
        long before = UpstreamCall.epochMicros(java.time.Instant.now());
        Response response = given().get(URI.create(url));
        long after = UpstreamCall.epochMicros(java.time.Instant.now());
        response.then().statusCode(200).contentType("application/json").body("userId", equalTo(UpstreamRoutes.userIdOf(runId)));

        List<UpstreamCall> calls = recorder.callsFor(runId);
        assertThat(calls).hasSize(1);
        UpstreamCall call = calls.get(0);
        assertThat(call.source()).isEqualTo(Source.USER);
        assertThat(call.status()).isEqualTo(200);
        assertThat(call.nonce()).isEqualTo(response.path("nonce"));
        assertThat(call.body()).isEqualTo(response.asString());
        assertThat((call.answeredNanos() - call.arrivedNanos()) / 1_000_000).isBetween(119L, 1_000L);
        assertThat(call.callerHungUp()).isFalse();
        // The wall-clock arrival a recorder shared by instances would compare; the answer is placed after it
        // by the call's own monotonic duration.
        assertThat(call.arrivedEpochMicros()).isBetween(before, after);
        assertThat(call.answeredEpochMicros() - call.arrivedEpochMicros())
                .isEqualTo((call.answeredNanos() - call.arrivedNanos()) / 1_000);
    }

    @Test
    void signedFailureAndNotJsonScenarios() {
        String runId = run();
        given().get(URI.create(link(runId, Source.EMBEDDINGS, UpstreamScenario.fail(0, 500)))).then().statusCode(500)
                .body("error", equalTo("injected status 500"));
        String notJson = given().get(URI.create(link(runId, Source.USER, UpstreamScenario.notJson(0))))
                .then().statusCode(200).contentType("text/html").extract().asString();
        assertThat(notJson).startsWith("<html>");
        assertThat(recorder.callsFor(runId)).extracting(UpstreamCall::status).containsExactly(500, 200);
    }

    @Test
    void forgedWrongSourceOrExpiredTokenIs404() {
        String url = link(run(), Source.USER, UpstreamScenario.ok(0));
        String token = url.substring(url.lastIndexOf('/') + 1);
        given().get("/demo/upstream/users/t/" + token.replace('.', 'x') + ".AAAA").then().statusCode(404);
        given().get("/demo/upstream/embeddings/t/" + token).then().statusCode(404);
        String expired = new UpstreamToken("test-demo-token-key-0123456789abcdef0123".getBytes(StandardCharsets.UTF_8))
                .sign(new UpstreamToken.Claims("old", Source.USER, UpstreamScenario.ok(0), 1));
        given().get("/demo/upstream/users/t/" + expired).then().statusCode(404)
                .body("error", equalTo("unknown or expired upstream link"));
    }

    @Test
    void hangingCallerWhoLeavesIsRecordedAsHungUp() throws Exception {
        String runId = run();
        URI uri = URI.create(link(runId, Source.EMBEDDINGS, UpstreamScenario.hanging()));
        long leftAt;
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            sendGet(socket, uri);
            await().atMost(Duration.ofSeconds(5)).until(() -> !recorder.callsFor(runId).isEmpty());
            leftAt = System.nanoTime(); // the recorder runs in this JVM: one monotonic clock
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> recorder.callsFor(runId).get(0).callerHungUp());
        UpstreamCall call = recorder.callsFor(runId).get(0);
        assertThat(call.answered()).isFalse();
        // The hang-up is stamped when the caller left, not when it arrived.
        assertThat(call.arrivedNanos()).isLessThan(leftAt);
        assertThat(call.hungUpNanos()).isGreaterThanOrEqualTo(leftAt);
        assertThat((call.hungUpNanos() - leftAt) / 1_000_000).isLessThan(5_000L);
    }

    @Test
    void droppedConnectionClosesWithoutAnAnswer() throws Exception {
        String runId = run();
        URI uri = URI.create(link(runId, Source.USER, UpstreamScenario.dropped(50)));
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(5_000);
            sendGet(socket, uri);
            InputStream in = socket.getInputStream();
            assertThat(in.read()).isEqualTo(-1);
        }
        UpstreamCall call = recorder.callsFor(runId).get(0);
        assertThat(call.status()).isZero();
        assertThat(call.callerHungUp()).isFalse();
    }

    @Test
    void stallingSourceSendsHeadersAndPartOfTheBodyThenDripsUntilTheCallerLeaves() throws Exception {
        String runId = run();
        URI uri = URI.create(link(runId, Source.USER, UpstreamScenario.stalling(20)));
        String seen;
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(5_000);
            sendGet(socket, uri);
            InputStream in = socket.getInputStream();
            StringBuilder got = new StringBuilder();
            long until = System.nanoTime() + 600_000_000L;
            // Headers, the start of the body, then a drip of single spaces: bytes keep coming, the body never ends.
            while (System.nanoTime() < until) {
                int b = in.read();
                assertThat(b).as("the stall keeps the connection open").isNotEqualTo(-1);
                got.append((char) b);
            }
            seen = got.toString();
        }
        assertThat(seen).startsWith("HTTP/1.1 200").contains("{\"userId\":").doesNotContain("\"nonce\"");
        await().atMost(Duration.ofSeconds(5)).until(() -> recorder.callsFor(runId).get(0).callerHungUp());
        assertThat(recorder.callsFor(runId).get(0).answered()).isFalse();
    }

    @Test
    void droppedMidAnswerSendsHeadersThenClosesAndIsRecordedAsDropped() throws Exception {
        String runId = run();
        URI uri = URI.create(link(runId, Source.EMBEDDINGS, UpstreamScenario.droppedMidAnswer(20)));
        String seen;
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(5_000);
            sendGet(socket, uri);
            seen = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        }
        assertThat(seen).startsWith("HTTP/1.1 200").contains("{\"query\":").doesNotContain("\"nonce\"");
        UpstreamCall call = recorder.callsFor(runId).get(0);
        assertThat(call.answered()).isTrue();
        assertThat(call.status()).isZero();
    }

    @Test
    void bodiesCarryNoncesIssuedForTheirRunAndSourceOnly() {
        String runId = run();
        String nonce = given().get(link(runId, Source.USER, UpstreamScenario.ok(0))).then().statusCode(200)
                .extract().path("nonce");
        assertThat(links.issued(runId, Source.USER, nonce)).isTrue();
        assertThat(links.issued(runId, Source.EMBEDDINGS, nonce)).isFalse();
        assertThat(links.issued(run(), Source.USER, nonce)).isFalse();
        assertThat(links.issued(runId, Source.USER, UpstreamBodies.nonce())).isFalse();
    }

    /** Writes a bare HTTP/1.1 GET of {@code uri} on {@code socket}, so the test sees the raw bytes that come back. */
    private static void sendGet(Socket socket, URI uri) throws java.io.IOException {
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

}
