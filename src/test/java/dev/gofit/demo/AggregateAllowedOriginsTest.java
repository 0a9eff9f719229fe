package dev.gofit.demo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * {@code gofit.demo.aggregate-allowed-origins}: an operator-listed origin (here a stub like the
 * benchmark's Go upstream, on its own paths) is fetched; an unreachable one is a 502 that names no
 * address; an origin not on the list is still refused.
 */
@QuarkusTest
@TestProfile(AggregateAllowedOriginsTest.StubAllowed.class)
class AggregateAllowedOriginsTest {

    /** Allows a free loopback port for the stub, and port 1, where nothing listens. */
    public static class StubAllowed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return Map.of(SourceOrigins.ALLOWED_SETTING,
                        "http://127.0.0.1:" + probe.getLocalPort() + ",http://127.0.0.1:1");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Inject
    Vertx vertx;
    @ConfigProperty(name = SourceOrigins.ALLOWED_SETTING)
    List<String> allowed;

    private HttpServer stub;
    private String stubOrigin;

    @BeforeEach
    void startStub() throws Exception {
        stubOrigin = allowed.get(0);
        stub = vertx.createHttpServer().requestHandler(req -> {
            String body = req.path().startsWith("/users/")
                    ? new JsonObject().put("id", req.path().substring("/users/".length())).encode()
                    : new JsonObject().put("q", req.getParam("q")).encode();
            req.response().putHeader("Content-Type", "application/json").end(body);
        });
        stub.listen(URI.create(stubOrigin).getPort(), "127.0.0.1").toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stopStub() throws Exception {
        stub.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static String request(String user, String embeddings) {
        return new JsonObject().put("userId", "u-bench").put("query", "q")
                .put("sources", new JsonObject().put("user", user).put("embeddings", embeddings))
                .put("timeoutMs", 2_000).encode();
    }

    @Test
    void allowListedOriginIsFetchedOnAnyPath() {
        given().contentType("application/json").body(request(stubOrigin + "/users/u-9", stubOrigin + "/embeddings?q=x"))
                .post("/demo/aggregate").then().statusCode(200)
                .body("userId", equalTo("u-bench")).body("user.id", equalTo("u-9")).body("embeddings.q", equalTo("x"));
    }

    @Test
    void unreachableAllowListedOriginIs502WithoutItsAddress() {
        given().contentType("application/json").body(request(stubOrigin + "/users/u-9", "http://127.0.0.1:1/embeddings"))
                .post("/demo/aggregate").then().statusCode(502)
                .body("source", equalTo("embeddings")).body("error", equalTo("embeddings source: could not connect"))
                .body("error", not(containsString("127.0.0.1")));
    }

    @Test
    void anotherPortOfTheSameHostIsStillRefused() {
        int other = URI.create(stubOrigin).getPort() == 65535 ? 65534 : URI.create(stubOrigin).getPort() + 1;
        given().contentType("application/json").body(request(stubOrigin + "/users/u-9", "http://127.0.0.1:" + other + "/embeddings"))
                .post("/demo/aggregate").then().statusCode(400).body("error", containsString("\"sources.embeddings\""));
    }
}
