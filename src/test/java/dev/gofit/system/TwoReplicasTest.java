package dev.gofit.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The two-replica topology (issue 14), driven only through nginx: two packaged replicas of the
 * PostgreSQL build on one database behind Debian's nginx running {@code docker/nginx.conf}. Started
 * by {@code .ci/replicas}, which passes where things are in {@code GOFIT_REPLICAS_*} variables;
 * skipped without them. Which replica did what is read from nginx's access log ({@code upstream=})
 * and from the replicas' logs ("Review N claimed by replica-n (claim k)", "Review N done on replica-n").
 */
@EnabledIfEnvironmentVariable(named = "GOFIT_REPLICAS_PROXY", matches = ".+")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoReplicasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CLAIMED = Pattern.compile("Review (\\d+) claimed by (replica-\\d) \\(claim (\\d+)\\)");
    private static final Pattern DONE = Pattern.compile("Review (\\d+) done on (replica-\\d)");

    private static final String PROXY = System.getenv("GOFIT_REPLICAS_PROXY");
    private static final String ADMIN = System.getenv("GOFIT_REPLICAS_ADMIN");
    private static final String ADMIN_PASSWORD = System.getenv("GOFIT_REPLICAS_ADMIN_PASSWORD");
    private static final Duration LEASE = Duration.parse(envOr("GOFIT_REPLICAS_LEASE", "PT10S"));
    private static final String PASSWORD = "a replica test password";

    private static HttpServer sequential;
    private static String sequentialUrl;
    /** The longest a review of the first batch took from claim to done (the "one review time"). */
    private static long longestReviewMs = 60_000;

    /** When the poll first saw each review finished (at most a second late). */
    private final Map<Long, Instant> seenFinishedAt = new java.util.concurrent.ConcurrentHashMap<>();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startSequentialEndpoint() throws IOException {
        sequential = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        sequential.setExecutor(Executors.newFixedThreadPool(32));
        sequential.createContext("/aggregate", TwoReplicasTest::aggregateOneAfterTheOther);
        sequential.start();
        sequentialUrl = "http://127.0.0.1:" + sequential.getAddress().getPort() + "/aggregate";
    }

    @AfterAll
    static void stopSequentialEndpoint() {
        if (sequential != null) {
            sequential.stop(0);
        }
    }

    @Test
    @Order(1)
    void aLoginMadeOnOneReplicaWorksOnTheOther() throws Exception {
        HttpClient browser = browser();
        login(browser, ADMIN, ADMIN_PASSWORD);
        String marker = UUID.randomUUID().toString();
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> page = browser.send(get("/decisions?probe=" + marker + "-" + i).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as("request %d with the session cookie", i).isEqualTo(200);
        }
        assertThat(upstreamsOf(marker)).as("replicas that answered the logged-in requests").hasSize(2);
    }

    @Test
    @Order(2)
    void tenReviewsThroughTheProxyAreGradedRightAndSpreadOverBothReplicas() throws Exception {
        HttpClient browser = browser();
        login(browser, ADMIN, ADMIN_PASSWORD);
        Map<Long, Boolean> reviews = new HashMap<>(); // id -> is the reference
        for (int i = 0; i < 5; i++) {
            reviews.put(submitReference(browser), true);
            reviews.put(submit(sequentialUrl, "sequential " + i), false);
        }
        Map<Long, JsonNode> done = awaitFinished(reviews.keySet(), Duration.ofMinutes(6));
        done.forEach((id, review) -> assertGradedRight(id, review, reviews.get(id)));
        Map<Long, List<String>> doneOn = doneOn();
        Set<String> replicas = new HashSet<>();
        for (long id : reviews.keySet()) {
            assertThat(doneOn.get(id)).as("review %d graded once", id).hasSize(1);
            replicas.add(doneOn.get(id).get(0));
            assertThat(claimsOf(id)).as("review %d claimed once", id).hasSize(1);
        }
        assertThat(replicas).as("replicas that graded the ten").containsExactlyInAnyOrder("replica-1", "replica-2");
        longestReviewMs = done.values().stream().mapToLong(r -> r.path("durationMs").asLong()).max().orElseThrow();
        System.out.printf("TwoReplicasTest: ten reviews done, longest %d ms, spread %s%n", longestReviewMs, countBy(doneOn, reviews.keySet()));
    }

    @Test
    @Order(3)
    void aBurstOfWrongPasswordsOverBothReplicasIsLimitedByTheConfiguredLimitNotTwiceIt() throws Exception {
        String victim = createUser("burst-" + UUID.randomUUID() + "@replicas.test");
        String control = createUser("control-" + UUID.randomUUID() + "@replicas.test");
        int limit = 5; // gofit.login.account-failures, not overridden by .ci/replicas
        String marker = UUID.randomUUID().toString();
        for (int i = 0; i < limit + 1; i++) {
            assertThat(basic("/api/me?probe=" + marker, victim, "wrong guess " + i)).isEqualTo(401);
        }
        assertThat(upstreamsOf(marker)).as("the guesses went to both replicas").hasSize(2);
        assertThat(basic("/api/me", victim, PASSWORD)).as("locked after %d, whichever replica counted them", limit + 1)
                .isEqualTo(401);
        assertThat(basic("/api/me", victim, PASSWORD)).as("on the other replica too").isEqualTo(401);
        for (int i = 0; i < limit - 1; i++) {
            assertThat(basic("/api/me", control, "wrong guess " + i)).isEqualTo(401);
        }
        assertThat(basic("/api/me", control, PASSWORD)).as("below the limit the right password works").isEqualTo(200);
    }

    @Test
    @Order(4)
    void killingAReplicaMidReviewLosesNoReviewAndGradesNoneTwice() throws Exception {
        String[] pids = System.getenv("GOFIT_REPLICAS_PIDS").split(",");
        HttpClient browser = browser();
        login(browser, ADMIN, ADMIN_PASSWORD);
        // As many as one replica runs at once (gofit.review.parallelism, 3 in .ci/replicas): however they
        // split, the survivor has a free slot for each review it takes back, so "lease + one review time" holds.
        Map<Long, Boolean> reviews = new HashMap<>();
        reviews.put(submitReference(browser), true);
        reviews.put(submit(sequentialUrl, "sequential, kill"), false);
        reviews.put(submitReference(browser), true);
        // Wait until replica-2 is in the middle of at least one of them.
        await("replica-2 running one of the reviews").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    for (long id : reviews.keySet()) {
                        List<String> claims = claimsOf(id);
                        if (!claims.isEmpty() && claims.get(claims.size() - 1).equals("replica-2") && progress(id) > 0) {
                            return true;
                        }
                    }
                    return false;
                });
        Set<Long> onTwo = new HashSet<>();
        for (long id : reviews.keySet()) {
            List<String> claims = claimsOf(id);
            if (!claims.isEmpty() && claims.get(claims.size() - 1).equals("replica-2") && doneOn().get(id) == null) {
                onTwo.add(id);
            }
        }
        Instant killedAt = Instant.now();
        Process kill = new ProcessBuilder("kill", "-9", pids[1]).inheritIO().start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0).as("kill -9 replica-2").isTrue();

        Map<Long, JsonNode> done = awaitFinished(reviews.keySet(), LEASE.plusMinutes(5));
        done.forEach((id, review) -> assertGradedRight(id, review, reviews.get(id)));
        Map<Long, List<String>> doneOn = doneOn();
        long slowest = 0;
        for (long id : reviews.keySet()) {
            assertThat(doneOn.get(id)).as("review %d graded exactly once", id).hasSize(1);
            List<String> claims = claimsOf(id);
            if (onTwo.contains(id)) {
                assertThat(claims).as("review %d: claimed by replica-2, taken back by replica-1", id)
                        .containsExactly("replica-2", "replica-1");
                assertThat(doneOn.get(id)).containsExactly("replica-1");
                slowest = Math.max(slowest, Duration.between(killedAt, seenFinishedAt.get(id)).toMillis());
            } else {
                assertThat(claims).as("review %d claimed once", id).hasSize(1);
            }
        }
        long bound = LEASE.toMillis() + 1_000 + longestReviewMs * 3 / 2 + 5_000;
        System.out.printf("TwoReplicasTest: kill -9 of replica-2 with %d review(s) running there; all done again %d ms after "
                + "the kill (lease %d ms, longest review of the first batch %d ms, bound %d ms)%n",
                onTwo.size(), slowest, LEASE.toMillis(), longestReviewMs, bound);
        assertThat(onTwo).isNotEmpty();
        assertThat(slowest).as("taken back and done within lease + one review time (+50%% for a busy machine)")
                .isLessThanOrEqualTo(bound);
    }

    // --- grading -----------------------------------------------------------------------------

    private static void assertGradedRight(long id, JsonNode review, boolean reference) {
        assertThat(review.path("status").asText()).as("review %d: %s", id, review).isEqualTo("DONE");
        Map<String, String> outcomes = new HashMap<>();
        review.path("checks").forEach(c -> outcomes.put(c.path("name").asText(), c.path("outcome").asText()));
        assertThat(outcomes).as("review %d", id).doesNotContainValue("ERROR");
        if (reference) {
            assertThat(outcomes).as("GoFit's reference, review %d: %s", id, review)
                    .containsEntry("contract", "PASS").containsEntry("concurrency", "PASS")
                    .containsEntry("upstream-error", "PASS").containsEntry("bad-json", "PASS")
                    .containsEntry("bad-request", "PASS").containsEntry("load", "PASS");
        } else {
            assertThat(outcomes).as("the sequential endpoint, review %d: %s", id, review)
                    .containsEntry("contract", "PASS").containsEntry("concurrency", "FAIL");
        }
    }

    /** The test's deliberately sequential endpoint: fetches user, then embeddings, never both at once. */
    private static void aggregateOneAfterTheOther(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode request;
            try {
                request = JSON.readTree(exchange.getRequestBody());
            } catch (IOException e) {
                request = null;
            }
            if (request == null || !request.path("sources").path("user").isTextual()
                    || !request.path("sources").path("embeddings").isTextual() || !request.path("timeoutMs").isInt()
                    || !request.path("userId").isTextual()) {
                answer(exchange, 400, "{\"error\":\"bad request\"}");
                return;
            }
            Instant deadline = Instant.now().plusMillis(request.path("timeoutMs").asInt());
            HttpClient client = HttpClient.newHttpClient();
            Map<String, String> bodies = new HashMap<>();
            for (String source : List.of("user", "embeddings")) {
                Duration left = Duration.between(Instant.now(), deadline);
                if (left.isNegative() || left.isZero()) {
                    answer(exchange, 504, "{\"error\":\"timed out\",\"source\":\"" + source + "\"}");
                    return;
                }
                try {
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(request.path("sources").path(source).asText()))
                            .timeout(left).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() / 100 != 2) {
                        answer(exchange, 502, "{\"error\":\"status " + r.statusCode() + "\",\"source\":\"" + source + "\"}");
                        return;
                    }
                    JSON.readTree(r.body());
                    bodies.put(source, r.body());
                } catch (HttpTimeoutException e) {
                    answer(exchange, 504, "{\"error\":\"timed out\",\"source\":\"" + source + "\"}");
                    return;
                } catch (IOException e) {
                    answer(exchange, 502, "{\"error\":\"failed\",\"source\":\"" + source + "\"}");
                    return;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            answer(exchange, 200, "{\"userId\":" + JSON.writeValueAsString(request.path("userId").asText())
                    + ",\"user\":" + bodies.get("user") + ",\"embeddings\":" + bodies.get("embeddings") + "}");
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    // --- GoFit through nginx ---------------------------------------------------------------

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(PROXY + path)).timeout(Duration.ofSeconds(30));
    }

    private static void login(HttpClient browser, String email, String password) throws Exception {
        HttpResponse<String> r = browser.send(get("/j_security_check").header("Origin", PROXY)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("j_username", email, "j_password", password)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    /** "Review the reference" as a logged-in person does it (a form post with the page's CSRF token). */
    private static long submitReference(HttpClient browser) throws Exception {
        HttpResponse<String> page = browser.send(get("/reviews").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as("CSRF field on /reviews").isTrue();
        HttpResponse<String> r = browser.send(get("/reviews/reference").header("Origin", PROXY)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("csrf-token", token.group(1))))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        String location = r.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private long submit(String endpoint, String label) throws Exception {
        HttpResponse<String> r = http.send(get("/api/reviews").header("Authorization", auth(ADMIN, ADMIN_PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("endpoint", endpoint, "label", label))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        return JSON.readTree(r.body()).path("id").asLong();
    }

    private String createUser(String email) throws Exception {
        HttpResponse<String> r = http.send(get("/api/users").header("Authorization", auth(ADMIN, ADMIN_PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("email", email,
                        "displayName", "Replica test", "roles", List.of("LEADER"), "password", PASSWORD)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return email;
    }

    private int basic(String path, String email, String password) throws Exception {
        return http.send(get(path).header("Authorization", auth(email, password)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private JsonNode review(long id) throws Exception {
        HttpResponse<String> r = http.send(get("/api/reviews/" + id).header("Authorization", auth(ADMIN, ADMIN_PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private int progress(long id) {
        try {
            return review(id).path("progress").asInt();
        } catch (Exception e) {
            return 0;
        }
    }

    /** Polls the list (one authenticated call per second, not one per review). */
    private Map<Long, JsonNode> awaitFinished(Set<Long> ids, Duration atMost) {
        Map<Long, JsonNode> finished = new HashMap<>();
        await("reviews " + ids + " finished").atMost(atMost).pollInterval(Duration.ofSeconds(1)).until(() -> {
            HttpResponse<String> r = http.send(get("/api/reviews").header("Authorization", auth(ADMIN, ADMIN_PASSWORD)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return false;
            }
            for (JsonNode review : JSON.readTree(r.body())) {
                long id = review.path("id").asLong();
                String status = review.path("status").asText();
                if (ids.contains(id) && (status.equals("DONE") || status.equals("FAILED"))) {
                    finished.put(id, review);
                    seenFinishedAt.putIfAbsent(id, Instant.now());
                }
            }
            return finished.keySet().containsAll(ids);
        });
        Map<Long, JsonNode> full = new HashMap<>();
        for (long id : ids) {
            try {
                full.put(id, review(id));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        return full;
    }

    // --- evidence from the logs ----------------------------------------------------------------

    private static List<String> logs() throws IOException {
        List<String> logs = new ArrayList<>();
        for (String file : System.getenv("GOFIT_REPLICAS_LOGS").split(",")) {
            logs.add(Files.readString(Path.of(file)));
        }
        return logs;
    }

    /** The replicas that claimed this review, in claim order (by the claim count each logged). */
    private static List<String> claimsOf(long id) throws IOException {
        Map<Integer, String> byClaim = new java.util.TreeMap<>();
        for (String log : logs()) {
            Matcher m = CLAIMED.matcher(log);
            while (m.find()) {
                if (Long.parseLong(m.group(1)) == id) {
                    assertThat(byClaim.put(Integer.parseInt(m.group(3)), m.group(2))).as("claim %s of review %d made twice", m.group(3), id)
                            .isNull();
                }
            }
        }
        return new ArrayList<>(byClaim.values());
    }

    private static Map<Long, List<String>> doneOn() throws IOException {
        Map<Long, List<String>> done = new HashMap<>();
        for (String log : logs()) {
            Matcher m = DONE.matcher(log);
            while (m.find()) {
                done.computeIfAbsent(Long.parseLong(m.group(1)), k -> new ArrayList<>()).add(m.group(2));
            }
        }
        return done;
    }

    private static Map<String, Long> countBy(Map<Long, List<String>> doneOn, Set<Long> ids) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        ids.forEach(id -> doneOn.get(id).forEach(r -> counts.merge(r, 1L, Long::sum)));
        return counts;
    }

    /** The upstream addresses nginx logged for requests carrying this marker. */
    private static Set<String> upstreamsOf(String marker) throws IOException {
        Path log = Path.of(System.getenv("GOFIT_REPLICAS_NGINX_LOG"));
        Set<String> upstreams = new HashSet<>();
        await("nginx wrote its log").atMost(Duration.ofSeconds(5)).until(() -> Files.readString(log).contains(marker));
        for (String line : Files.readAllLines(log)) {
            if (line.contains(marker)) {
                upstreams.add(line.substring(line.indexOf("upstream=") + "upstream=".length()).strip());
            }
        }
        return upstreams;
    }

    private static String auth(String email, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String form(Map<String, String> fields) {
        StringBuilder b = new StringBuilder();
        fields.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString();
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
