package dev.gofit.takehome;

import dev.gofit.support.TestReviews;
import dev.gofit.account.User;
import dev.gofit.support.FormSession;
import dev.gofit.support.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The staff review pages, the report in its three forms, and recovery after a restart. */
@QuarkusTest
class ReviewResourceTest {

    @Inject
    ReviewService service;

    @Test
    void refusedTargetIsShownAgainWithTheReasonAndTheInput() {
        FormSession hm = FormSession.login(TestUsers.hiringManager());
        Response r = hm.postForm("/reviews", Map.of("endpoint", "http://0x7f000001/aggregate", "label", "hex"));
        assertThat(r.statusCode()).as("the same status as POST /api/reviews for a refused target").isEqualTo(422);
        Document page = Jsoup.parse(r.asString());
        assertThat(page.selectFirst("#e-endpoint").text()).contains("four decimal numbers");
        assertThat(page.selectFirst("#f-endpoint").val()).isEqualTo("http://0x7f000001/aggregate");
        assertThat(page.selectFirst("#f-label").val()).isEqualTo("hex");
    }

    @Test
    void reviewRunsAndItsReportIsReadableAsPageFragmentJsonAndPdf() throws Exception {
        FormSession hm = FormSession.login(TestUsers.hiringManager());
        Response created = hm.postForm("/reviews", Map.of("endpoint", TestReviews.DEAD_ENDPOINT, "label", "dead"));
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(303);
        String path = created.header("Location");
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        Document live = Jsoup.parse(hm.get(path).then().statusCode(200).extract().asString());
        assertThat(live.selectFirst("h1").text()).contains("Review #" + id);
        Review done = TestReviews.awaitFinished(id);
        assertThat(done.score).isZero();

        Document page = Jsoup.parse(hm.get(path).then().statusCode(200).extract().asString());
        assertThat(page.select("#review-live[hx-trigger]")).as("polling stops when finished").isEmpty();
        // Nothing could connect: one headline and the likely fix instead of eight failed checks with empty charts.
        assertThat(page.selectFirst(".unreachable h2").text()).contains("connection was refused");
        assertThat(page.selectFirst(".unreachable").text()).contains("Likely fix").contains("0.0.0.0");
        assertThat(page.select("article.check")).isEmpty();
        assertThat(page.select(".badge.ok")).as("a score of 0 shows no green badge").isEmpty();
        assertThat(page.selectFirst(".state").text()).isEqualTo("Finished");
        assertThat(page.select("tr:has(td:containsOwn(throughput)) td").eachText()).element(1).isEqualTo("–");
        Response fragment = hm.given().accept("text/html").header("HX-Request", "true").get(path + "/live");
        fragment.then().statusCode(200).body(containsString("connection refused"));
        // Forms stay on the page while it polls (re-run, revoke): a poll must not change the CSRF token.
        String pageToken = page.selectFirst("input[name=csrf-token]").attr("value");
        assertThat(fragment.headers().getValues("Set-Cookie")).as("a poll keeps the page's CSRF token")
                .filteredOn(c -> c.startsWith("csrf-token=")).allMatch(c -> c.startsWith("csrf-token=" + pageToken + ";"));
        hm.given().accept("application/pdf").get(path + "/report.pdf").then().statusCode(200)
                .contentType("application/pdf").body(org.hamcrest.Matchers.startsWith("%PDF"));
        hm.given().auth().preemptive().basic(TestUsers.hiringManager(), TestUsers.PASSWORD).get("/api/reviews/" + id)
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("DONE"))
                .body("checks.name", org.hamcrest.Matchers.contains(CheckCatalog.NAMES.toArray()))
                .body("load.requests", org.hamcrest.Matchers.equalTo(200));

        Response rerun = hm.postForm(path + "/rerun", Map.of());
        assertThat(rerun.statusCode()).as(rerun.asString()).isEqualTo(303);
        String other = rerun.header("Location");
        hm.get("/reviews/compare?a=" + id + "&b=" + other.substring(other.lastIndexOf('/') + 1))
                .then().statusCode(200).body(containsString("Compare two reports"));
        FormSession stranger = FormSession.login(TestUsers.ensure("stranger-hm@test.gofit",
                dev.gofit.account.Role.HIRING_MANAGER));
        stranger.get(path).then().statusCode(404);
    }

    @Test
    void restartRequeuesItsOwnInterruptedReviewOnceThenFailsItWithAReasonAndLeavesOtherReplicas() throws Exception {
        long owner = QuarkusTransaction.requiringNew().call(() -> User.findByEmail(TestUsers.hiringManager()).orElseThrow().id);
        String me = service.queue().me();
        service.pause();
        long[] ids;
        try {
            ids = QuarkusTransaction.requiringNew().call(() -> new long[]{
                    running(owner, 1, me).id, running(owner, 2, me).id, running(owner, 1, "another-replica").id});
            service.recover();
        } finally {
            service.resume();
        }
        Review failed = QuarkusTransaction.requiringNew().call(() -> Review.<Review>findById(ids[1]));
        assertThat(failed.status).isEqualTo(ReviewStatus.FAILED);
        assertThat(failed.failure).contains("Interrupted twice");
        Review others = QuarkusTransaction.requiringNew().call(() -> Review.<Review>findById(ids[2]));
        assertThat(others.status).as("another replica's, under a live lease").isEqualTo(ReviewStatus.RUNNING);
        assertThat(TestReviews.awaitFinished(ids[0]).status).isEqualTo(ReviewStatus.DONE);
        QuarkusTransaction.requiringNew().run(() -> Review.deleteById(ids[2]));
    }

    @Test
    void rerunOfATargetTheGuardNowRefusesExplainsWhyInsteadOfFailing() {
        // A review stored before the guard learnt to refuse this address (a cloud metadata service).
        long id = TestReviews.storedFailed("http://169.254.169.254/latest/meta-data/", "stored by an older GoFit");
        long before = QuarkusTransaction.requiringNew().call(() -> Review.count());
        FormSession hm = FormSession.login(TestUsers.hiringManager());
        hm.get("/reviews/" + id).then().statusCode(200);
        Response rerun = hm.postForm("/reviews/" + id + "/rerun", Map.of());
        assertThat(rerun.statusCode()).as(rerun.asString()).isEqualTo(422);
        Document page = Jsoup.parse(rerun.asString());
        assertThat(page.selectFirst("#rerun-error").text()).contains("will not re-run").contains("cloud metadata");
        assertThat(page.selectFirst("h1").text()).contains("Review #" + id);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Review.count())).isEqualTo(before);
    }

    @Test
    void reportPageOffersJsonUnderTheLoginSession() throws Exception {
        FormSession hm = FormSession.login(TestUsers.hiringManager());
        Response created = hm.postForm("/reviews", Map.of("endpoint", TestReviews.DEAD_ENDPOINT, "label", "json"));
        String path = created.header("Location");
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        String href = Jsoup.parse(hm.get(path).asString()).selectFirst("a:containsOwn(JSON)").attr("href");
        assertThat(href).isEqualTo("/reviews/" + id + ".json");
        TestReviews.awaitFinished(id);
        hm.given().get(href).then().statusCode(200).contentType("application/json")
                .body("id", org.hamcrest.Matchers.equalTo((int) id)).body("status", org.hamcrest.Matchers.equalTo("DONE"))
                .body("score", org.hamcrest.Matchers.equalTo(0));
        FormSession stranger = FormSession.login(TestUsers.ensure("stranger-hm@test.gofit",
                dev.gofit.account.Role.HIRING_MANAGER));
        stranger.given().get(href).then().statusCode(404);
    }

    @Test
    void reportPutsEachVerdictFirstWithTheDetailsFoldedAndChartsWithALegend() {
        long id = storedDoneReview(new ReviewReport(List.of(
                new ReviewReport.CheckResult("contract", "Answers the contract", Outcome.PASS, "Answered 200 in 80 ms; "
                        + "nonces abc, def.", 120, "curl -sS -i -X POST 'http://x'", List.of(new ReviewReport.Timeline(
                        "request", 80, "200", List.of(new ReviewReport.Span("user", 5, 50, "200"),
                        new ReviewReport.Span("embeddings", 6, 70, "200")))), "Answered 200 with exactly the bodies served."),
                new ReviewReport.CheckResult("timeout", "Honours its deadline", Outcome.FAIL, "When user hangs: no answer.",
                        3000, null, List.of(new ReviewReport.Timeline("user hangs", 2400, "no answer",
                        List.of(new ReviewReport.Span("user", 5, 2400, "hung up")))), "When user hangs, it no answer.")),
                null), 20);
        FormSession hm = FormSession.login(TestUsers.hiringManager());
        String html = hm.get("/reviews/" + id).then().statusCode(200).extract().asString();
        Document page = Jsoup.parse(html);
        org.jsoup.nodes.Element contract = page.selectFirst("#check-contract");
        assertThat(contract.child(1).is("p.verdict")).as("the verdict comes right after the title").isTrue();
        assertThat(contract.selectFirst("p.verdict").text()).isEqualTo("Answered 200 with exactly the bodies served.");
        assertThat(contract.selectFirst("details").hasAttr("open")).as("a passed check keeps its details folded").isFalse();
        assertThat(contract.select("details pre.curl").text()).startsWith("curl -sS");
        assertThat(contract.select("details .evidence").text()).contains("nonces");
        assertThat(page.selectFirst("#check-timeout details").hasAttr("open")).as("a failed check shows why").isTrue();
        assertThat(contract.select(".legend li").eachText()).containsExactly("your endpoint", "user", "embeddings", "hung up");
        assertThat(contract.select("svg.chart-wide")).hasSize(1);
        assertThat(contract.select("svg.chart-narrow")).hasSize(1);
        assertThat(contract.select("svg.chart-wide text").eachAttr("font-size")).allSatisfy(f ->
                assertThat(Integer.parseInt(f)).isGreaterThanOrEqualTo(13));
        assertThat(page.select("[style]")).as("no inline styles (CSP style-src 'self')").isEmpty();
        assertThat(page.selectFirst(".score-value").hasClass("score-poor")).isTrue();
        assertThat(html).contains("Side by side with the reference");

        byte[] pdf = hm.given().accept("application/pdf").get("/reviews/" + id + "/report.pdf").then().statusCode(200)
                .extract().asByteArray();
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");

        String compare = hm.get("/reviews/compare?a=" + id + "&b=" + id).then().statusCode(200).extract().asString();
        assertThat(Jsoup.parse(compare).select("tbody th:containsOwn(Score)")).as("one score row").hasSize(1);
    }

    /** A DONE review of the hiring manager's with the given report and score, stored directly; returns its id. */
    static long storedDoneReview(ReviewReport report, int score) {
        long owner = QuarkusTransaction.requiringNew().call(() -> User.findByEmail(TestUsers.hiringManager()).orElseThrow().id);
        return QuarkusTransaction.requiringNew().call(() -> {
            Review r = new Review();
            r.endpoint = "https://candidate.example/aggregate";
            r.ownerId = owner;
            r.status = ReviewStatus.DONE;
            r.score = score;
            r.progress = 100;
            r.setReport(report);
            r.startedAt = Instant.now().minusSeconds(9);
            r.finishedAt = Instant.now();
            r.persist();
            return r.id;
        });
    }

    private static Review running(long owner, int attempts, String leaseOwner) {
        Review r = new Review();
        r.endpoint = TestReviews.DEAD_ENDPOINT;
        r.ownerId = owner;
        r.status = ReviewStatus.RUNNING;
        r.attempts = attempts;
        r.claims = attempts;
        r.leaseOwner = leaseOwner;
        r.leaseUntil = Instant.now().plus(java.time.Duration.ofMinutes(10));
        r.startedAt = Instant.now();
        r.persist();
        return r;
    }
}
