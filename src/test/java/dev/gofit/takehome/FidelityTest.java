package dev.gofit.takehome;

import dev.gofit.demo.SignedUpstreamLinks;
import dev.gofit.demo.UpstreamToken;
import dev.gofit.support.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fidelity suite: fake candidate endpoints, each with one known flaw, are graded exactly as
 * they should be (the flaw fails the checks about it and no others), and GoFit's own
 * reference endpoint scores 100. All reviews run through the real queue, two at a time.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FidelityTest {

    @Inject
    Vertx vertx;

    @Inject
    ReviewService service;

    @Inject
    SignedUpstreamLinks links;

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL base;

    FakeCandidates fakes;
    final Map<String, Long> reviewIds = new LinkedHashMap<>();
    final Map<String, Review> finished = new LinkedHashMap<>();

    /** Behaviour → the checks it must fail (all others must pass). */
    static final Map<String, Set<String>> EXPECTED_FAILS = Map.ofEntries(
            Map.entry("correct", Set.of()),
            // Fetches each source twice and answers with the later body: still its own, fresh data.
            Map.entry("hedged", Set.of()),
            Map.entry("sequential", Set.of("concurrency", "cancellation")),
            Map.entry("hardcoded", Set.of("contract", "load")),
            Map.entry("racy", Set.of("load")),
            Map.entry("no-timeout", Set.of("timeout")),
            Map.entry("late-timeout", Set.of("timeout")),
            Map.entry("wrong-status", Set.of("upstream-error", "bad-json")),
            Map.entry("crashy", Set.of("bad-request")),
            Map.entry("never-fetches", Set.of("contract", "concurrency", "upstream-error", "bad-json", "timeout",
                    "cancellation", "load")),
            // The cheats name the faulted source correctly and in time: only GoFit's recorder can catch them.
            Map.entry("forger", Set.of("upstream-error", "bad-json", "timeout", "cancellation")),
            Map.entry("instant-504", Set.of("timeout")),
            Map.entry("abandons-hang", Set.of("timeout")),
            Map.entry("redirect", Set.copyOf(CheckCatalog.NAMES)),
            Map.entry("reset", Set.copyOf(CheckCatalog.NAMES)));

    @BeforeAll
    void runAllReviews() throws Exception {
        // What a cheat can learn from its source URLs; here the scenario inside GoFit's own token.
        fakes = FakeCandidates.start(vertx, url -> links.claims(url.substring(url.lastIndexOf('/') + 1))
                .map(UpstreamToken.Claims::scenario).orElse(null));
        long owner = QuarkusTransaction.requiringNew().call(() ->
                dev.gofit.account.User.findByEmail(TestUsers.hiringManager()).orElseThrow().id);
        long start = System.nanoTime();
        reviewIds.put("reference", service.submitReference(owner).id);
        for (String behaviour : List.of("correct", "sequential", "hardcoded", "racy", "no-timeout", "wrong-status", "crashy", "redirect",
                "reset", "late-timeout", "never-fetches", "forger", "instant-504", "abandons-hang", "hedged")) {
            reviewIds.put(behaviour, service.submit(fakes.url(behaviour), behaviour, owner).id);
        }
        long deadline = System.currentTimeMillis() + 360_000;
        long slowestPageMs = 0;
        long slowestApiMs = 0;
        int polls = 0;
        while (finished.size() < reviewIds.size() && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            // Pages stay responsive while reviews run: time the home page and an API read (Basic auth,
            // so bcrypt included). The first round is the cold start of both and is not counted.
            // (Explicit base: RestAssured's port is only set for test methods, not in @BeforeAll.)
            long t0 = System.nanoTime();
            io.restassured.RestAssured.given().baseUri(base.toString()).auth().preemptive()
                    .basic(TestUsers.hiringManager(), TestUsers.PASSWORD)
                    .get("api/reviews/" + reviewIds.get("correct")).then().statusCode(200);
            long t1 = System.nanoTime();
            io.restassured.RestAssured.given().baseUri(base.toString()).accept("text/html").get("").then().statusCode(200);
            if (polls++ > 0) {
                slowestApiMs = Math.max(slowestApiMs, (t1 - t0) / 1_000_000);
                slowestPageMs = Math.max(slowestPageMs, (System.nanoTime() - t1) / 1_000_000);
            }
            for (var e : reviewIds.entrySet()) {
                Review r = QuarkusTransaction.requiringNew().call(() -> Review.<Review>findById(e.getValue()));
                if (r.status.finished()) {
                    finished.putIfAbsent(e.getKey(), r);
                }
            }
        }
        System.out.printf("FIDELITY: %d reviews in %d ms (parallelism 2); while they ran, over %d polls, the slowest "
                + "home page took %d ms and the slowest API read %d ms%n", finished.size(),
                (System.nanoTime() - start) / 1_000_000, polls, slowestPageMs, slowestApiMs);
        assertThat(slowestPageMs).as("pages stay responsive while reviews run").isLessThan(3000);
        finished.forEach((k, r) -> System.out.printf("FIDELITY: %-12s score %3s in %5d ms: %s%n", k, r.score,
                r.durationMs(), r.report().checks().stream().map(c -> c.name() + "=" + c.outcome() + "(" + c.durationMs() + ")")
                        .collect(Collectors.joining(" ")) + "\n   load: " + r.report().checks().get(7).evidence()));
    }

    @AfterAll
    void stopFakes() throws Exception {
        fakes.close();
    }

    private Review review(String behaviour) {
        Review r = finished.get(behaviour);
        assertThat(r).as(behaviour + " review finished").isNotNull();
        assertThat(r.status).as(behaviour + " status").isEqualTo(ReviewStatus.DONE);
        return r;
    }

    private void assertGraded(String behaviour) {
        Review r = review(behaviour);
        Set<String> mustFail = EXPECTED_FAILS.get(behaviour);
        for (ReviewReport.CheckResult c : r.report().checks()) {
            Outcome expected = mustFail.contains(c.name()) ? Outcome.FAIL : Outcome.PASS;
            assertThat(c.outcome()).as(behaviour + " / " + c.name() + ": " + c.evidence()).isEqualTo(expected);
        }
        assertThat(r.report().checks()).extracting(ReviewReport.CheckResult::name).containsExactlyElementsOf(CheckCatalog.NAMES);
    }

    @Test
    void referenceAggregatorScores100() {
        Review r = review("reference");
        assertThat(r.score).as(r.report().checks().toString()).isEqualTo(100);
        assertThat(r.report().load().correct()).isEqualTo(r.report().load().requests());
    }

    @Test
    void endpointThatHedgesItsFetchesAndUsesTheLaterBodyPassesEveryCheck() {
        assertGraded("hedged");
    }

    @Test
    void correctEndpointPassesEveryCheck() {
        assertGraded("correct");
        assertThat(review("correct").score).isEqualTo(100);
    }

    @Test
    void sequentialEndpointFailsConcurrencyAndCancellationOnly() {
        assertGraded("sequential");
        assertThat(evidence("sequential", "concurrency")).contains("did not overlap");
    }

    @Test
    void hardCodedAnswerFailsContractAndLoadOnly() {
        assertGraded("hardcoded");
        assertThat(evidence("hardcoded", "contract")).contains("not the body served for this request");
    }

    @Test
    void racyEndpointIsCaughtMixingRequestsUnderLoad() {
        assertGraded("racy");
        assertThat(review("racy").report().load().crossTalk()).isPositive();
    }

    @Test
    void endpointWithoutTimeoutFailsTheTimeoutCheckOnly() {
        assertGraded("no-timeout");
    }

    @Test
    void endpointThatIsLateEveryTimeFailsTheTimeoutCheckDespiteTheRetry() {
        assertGraded("late-timeout");
        assertThat(evidence("late-timeout", "timeout")).contains("tried once more").contains("over timeoutMs + 500");
    }

    @Test
    void wrongStatusOnUpstreamFailureFailsErrorChecksOnly() {
        assertGraded("wrong-status");
        assertThat(evidence("wrong-status", "upstream-error")).contains("500 instead of 502");
    }

    @Test
    void endpointCrashingOnBadInputFailsBadRequestOnly() {
        assertGraded("crashy");
    }

    @Test
    void endpointThatNeverFetchesFailsLoadAsNeverFetchedNotAsGoFitsError() {
        assertGraded("never-fetches");
        assertThat(evidence("never-fetches", "load")).contains("never fetched");
        assertThat(evidence("never-fetches", "contract")).contains("never fetched");
    }

    @Test
    void failuresNamedWithoutFetchingTheFaultedSourceFail() {
        assertGraded("forger");
        assertThat(evidence("forger", "upstream-error")).contains("upstream was never called");
        assertThat(evidence("forger", "bad-json")).contains("upstream was never called");
        assertThat(evidence("forger", "timeout")).contains("upstream was never called");
    }

    @Test
    void timeoutAnsweredBeforeTimeoutMsFails() {
        assertGraded("instant-504");
        assertThat(evidence("instant-504", "timeout")).contains("before timeoutMs");
    }

    @Test
    void timeoutWhoseHangingCallWasDroppedEarlyFails() {
        assertGraded("abandons-hang");
        assertThat(evidence("abandons-hang", "timeout")).contains("hung up on the hanging");
    }

    @Test
    void failureChecksCiteTheRecorderWhenTheyPass() {
        assertThat(evidence("correct", "upstream-error")).contains("served its 500");
        assertThat(evidence("correct", "bad-json")).contains("served its non-JSON body");
        assertThat(evidence("correct", "timeout")).contains("saw the call held");
    }

    @Test
    void hostileEndpointsEndInAFinishedReviewWithEvidence() {
        assertGraded("redirect");
        assertGraded("reset");
        assertThat(review("redirect").score).isZero();
        assertThat(evidence("redirect", "contract")).contains("302");
        assertThat(evidence("reset", "contract")).contains("closed or reset");
    }

    @Test
    void loadFiguresAreMeasured() {
        ReviewReport.LoadStats load = review("correct").report().load();
        assertThat(load.requests()).isEqualTo(200);
        assertThat(load.concurrency()).isEqualTo(25);
        assertThat(load.p50Ms()).isGreaterThanOrEqualTo(load.idealMs());
        assertThat(load.p99Ms()).isGreaterThanOrEqualTo(load.p50Ms());
        assertThat(load.throughputRps()).isPositive();
    }

    private String evidence(String behaviour, String check) {
        return review(behaviour).report().checks().stream().filter(c -> c.name().equals(check)).findFirst().orElseThrow()
                .evidence();
    }
}
