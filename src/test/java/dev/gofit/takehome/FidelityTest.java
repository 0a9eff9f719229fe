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
 * reference endpoint scores 100. Every endpoint is reviewed {@link #RUNS} times, all reviews queued
 * at once and run through the real queue two at a time (so each shares the machine with another
 * review), and every run must give the same verdicts.
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

    /** Reviews of each endpoint; all must agree. */
    static final int RUNS = 3;

    FakeCandidates fakes;
    final Map<String, List<Long>> reviewIds = new LinkedHashMap<>();
    final Map<Long, Review> finished = new LinkedHashMap<>();
    long suiteMs;

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
            // Mistakes people really make: a guessed deadline, a deadline on the headers only, a
            // dropped connection that never completes the fetch; and a never-fetching endpoint that
            // invents fresh-looking nonces.
            Map.entry("fixed-deadline", Set.of("timeout")),
            Map.entry("header-deadline", Set.of("timeout")),
            Map.entry("drop-hangs", Set.of("upstream-error")),
            Map.entry("invents-nonces", Set.of("contract", "concurrency", "upstream-error", "bad-json", "timeout",
                    "cancellation", "load")),
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
        List<String> behaviours = List.of("correct", "sequential", "hardcoded", "racy", "no-timeout", "wrong-status",
                "crashy", "redirect", "reset", "late-timeout", "never-fetches", "forger", "instant-504", "abandons-hang",
                "hedged", "fixed-deadline", "header-deadline", "drop-hangs", "invents-nonces");
        assertThat(Set.copyOf(behaviours)).as("every fake has its expected verdicts").isEqualTo(EXPECTED_FAILS.keySet());
        // One uncounted review first: the JIT of the upstream routes, the engine and the fakes is cold at
        // start, which no running GoFit is; the counted runs then meet only each other's load.
        long warm = service.submitReference(owner).id;
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(3)).pollInterval(java.time.Duration.ofMillis(500))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> Review.<Review>findById(warm).status.finished()));
        // Round after round, so the three runs of one endpoint meet different neighbours in the queue.
        for (int run = 0; run < RUNS; run++) {
            reviewIds.computeIfAbsent("reference", k -> new java.util.ArrayList<>()).add(service.submitReference(owner).id);
            for (String behaviour : behaviours) {
                reviewIds.computeIfAbsent(behaviour, k -> new java.util.ArrayList<>())
                        .add(service.submit(fakes.url(behaviour), behaviour, owner).id);
            }
        }
        Set<Long> ours = reviewIds.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        int total = ours.size();
        long probeId = reviewIds.get("correct").get(0);
        long[] slowestPageMs = {0};
        long[] slowestApiMs = {0};
        int[] polls = {0};
        org.awaitility.Awaitility.await("all " + total + " reviews finish").atMost(java.time.Duration.ofMinutes(15))
                .pollDelay(java.time.Duration.ofMillis(500)).pollInterval(java.time.Duration.ofMillis(500)).until(() -> {
            // Pages stay responsive while reviews run: time the home page and an API read (Basic auth,
            // so bcrypt included). The first round is the cold start of both and is not counted.
            // (Explicit base: RestAssured's port is only set for test methods, not in @BeforeAll.)
            long t0 = System.nanoTime();
            io.restassured.RestAssured.given().baseUri(base.toString()).auth().preemptive()
                    .basic(TestUsers.hiringManager(), TestUsers.PASSWORD)
                    .get("api/reviews/" + probeId).then().statusCode(200);
            long t1 = System.nanoTime();
            io.restassured.RestAssured.given().baseUri(base.toString()).accept("text/html").get("").then().statusCode(200);
            if (polls[0]++ > 0) {
                slowestApiMs[0] = Math.max(slowestApiMs[0], (t1 - t0) / 1_000_000);
                slowestPageMs[0] = Math.max(slowestPageMs[0], (System.nanoTime() - t1) / 1_000_000);
            }
            List<Review> done = QuarkusTransaction.requiringNew().call(() -> Review.<Review>list("status in ?1",
                    java.util.Arrays.stream(ReviewStatus.values()).filter(ReviewStatus::finished).toList()));
            done.stream().filter(r -> ours.contains(r.id)).forEach(r -> finished.putIfAbsent(r.id, r));
            return finished.size() >= total;
        });
        suiteMs = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("FIDELITY: %d reviews (%d endpoints x %d runs) in %d ms (parallelism 2); while they ran, over %d "
                + "polls, the slowest home page took %d ms and the slowest API read %d ms%n", finished.size(),
                reviewIds.size(), RUNS, suiteMs, polls[0], slowestPageMs[0], slowestApiMs[0]);
        assertThat(slowestPageMs[0]).as("pages stay responsive while reviews run").isLessThan(3000);
        reviewIds.forEach((k, ids) -> ids.stream().map(finished::get).filter(java.util.Objects::nonNull).forEach(r ->
                System.out.printf("FIDELITY: %-15s score %3s in %5d ms: %s%n", k, r.score, r.durationMs(),
                        r.report().checks().stream().map(c -> c.name() + "=" + c.outcome() + "(" + c.durationMs() + ")")
                                .collect(Collectors.joining(" ")))));
    }

    @AfterAll
    void stopFakes() throws Exception {
        fakes.close();
    }

    /** Every run of an endpoint, each finished. */
    private List<Review> runs(String behaviour) {
        List<Review> runs = reviewIds.get(behaviour).stream().map(finished::get).toList();
        for (int i = 0; i < runs.size(); i++) {
            assertThat(runs.get(i)).as(behaviour + " run " + (i + 1) + " finished").isNotNull();
            assertThat(runs.get(i).status).as(behaviour + " run " + (i + 1) + " status").isEqualTo(ReviewStatus.DONE);
        }
        return runs;
    }

    /** The first run (every run is held to the same verdicts by {@link #assertGraded}). */
    private Review review(String behaviour) {
        return runs(behaviour).get(0);
    }

    /** Each run: exactly the expected checks fail and all others pass. */
    private void assertGraded(String behaviour) {
        Set<String> mustFail = EXPECTED_FAILS.get(behaviour);
        List<Review> runs = runs(behaviour);
        assertThat(runs).hasSize(RUNS);
        for (int i = 0; i < runs.size(); i++) {
            Review r = runs.get(i);
            for (ReviewReport.CheckResult c : r.report().checks()) {
                Outcome expected = mustFail.contains(c.name()) ? Outcome.FAIL : Outcome.PASS;
                assertThat(c.outcome()).as(behaviour + " run " + (i + 1) + " / " + c.name() + ": " + c.evidence())
                        .isEqualTo(expected);
            }
            assertThat(r.report().checks()).extracting(ReviewReport.CheckResult::name)
                    .containsExactlyElementsOf(CheckCatalog.NAMES);
        }
    }

    @Test
    void everyEndpointGetsIdenticalVerdictsOnEachOfItsThreeRuns() {
        for (String behaviour : reviewIds.keySet()) {
            List<List<String>> verdicts = runs(behaviour).stream().map(r -> r.report().checks().stream()
                    .map(c -> c.name() + "=" + c.outcome()).toList()).toList();
            assertThat(verdicts).as(behaviour).hasSize(RUNS).allSatisfy(v -> assertThat(v).isEqualTo(verdicts.get(0)));
        }
    }

    @Test
    void referenceAggregatorScores100() {
        for (Review r : runs("reference")) {
            assertThat(r.score).as(r.report().checks().toString()).isEqualTo(100);
            assertThat(r.report().load().correct()).isEqualTo(r.report().load().requests());
        }
    }

    @Test
    void endpointThatHedgesItsFetchesAndUsesTheLaterBodyPassesEveryCheck() {
        assertGraded("hedged");
    }

    @Test
    void correctEndpointPassesEveryCheck() {
        assertGraded("correct");
        assertThat(runs("correct")).allSatisfy(r -> assertThat(r.score).isEqualTo(100));
    }

    @Test
    void timeoutCheckHangsBothWaysWithTwoTimeoutsFarApartPerSource() {
        for (Review r : runs("correct")) {
            String timeout = r.report().checks().stream().filter(c -> c.name().equals("timeout")).findFirst().orElseThrow()
                    .evidence();
            for (String source : List.of("user", "embeddings")) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("When " + source
                        + " (hangs before its headers|stalls after its headers and part of its body) \\(timeoutMs (\\d+)\\)")
                        .matcher(timeout);
                List<String> kinds = new java.util.ArrayList<>();
                List<Integer> values = new java.util.ArrayList<>();
                while (m.find()) {
                    kinds.add(m.group(1));
                    values.add(Integer.parseInt(m.group(2)));
                }
                assertThat(kinds).as(timeout).containsExactlyInAnyOrder("hangs before its headers",
                        "stalls after its headers and part of its body");
                assertThat(Math.abs(values.get(0) - values.get(1))).as(timeout).isGreaterThanOrEqualTo(ReviewEngine.TIMEOUT_GAP_MS);
            }
            String upstreamError = r.report().checks().stream().filter(c -> c.name().equals("upstream-error")).findFirst()
                    .orElseThrow().evidence();
            assertThat(upstreamError).contains("When user drops the connection after its headers")
                    .contains("When embeddings drops the connection after its headers")
                    .contains("dropped the connection mid-answer");
        }
    }

    @Test
    void endpointWithAGuessedFixedDeadlineFailsTheTimeoutCheckOnly() {
        assertGraded("fixed-deadline");
    }

    @Test
    void endpointWhoseDeadlineCoversOnlyTheHeadersFailsTheTimeoutCheckOnly() {
        assertGraded("header-deadline");
        assertThat(evidence("header-deadline", "timeout")).contains("stalls after its headers").contains("no answer");
    }

    @Test
    void endpointThatHangsOnADroppedConnectionFailsTheUpstreamErrorCheckOnly() {
        assertGraded("drop-hangs");
        assertThat(evidence("drop-hangs", "upstream-error")).contains("504 instead of 502");
    }

    @Test
    void endpointThatNeverFetchesButInventsNoncesFailsLoadWithEvidence() {
        assertGraded("invents-nonces");
        assertThat(evidence("invents-nonces", "load")).contains("saw no call");
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
