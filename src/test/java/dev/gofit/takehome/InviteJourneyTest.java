package dev.gofit.takehome;

import dev.gofit.support.TestInvites;
import dev.gofit.support.TestReviews;
import dev.gofit.hiring.TakeHomeResults;
import dev.gofit.support.FormSession;
import dev.gofit.support.TestChecklists;
import dev.gofit.support.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** Invites from the hiring manager's side and the candidate's, over HTTP like a browser. */
@QuarkusTest
@Tag("persistence")
class InviteJourneyTest {

    @Inject
    TakeHomeResults results;

    @Test
    void inviteFormIsPrefilledFromTheHiringChecklistLink() {
        FormSession hm = FormSession.login(TestUsers.hiringManager());
        long checklist = TestChecklists.create(TestUsers.hiringManager(), "Prefilled role");
        Document page = Jsoup.parse(hm.get("/invites/new?checklist=" + checklist + "&name=Ada Lovelace&email=ada@example.com")
                .then().statusCode(200).extract().asString());
        assertThat(page.selectFirst("#f-candidateName").val()).isEqualTo("Ada Lovelace");
        assertThat(page.selectFirst("#f-candidateEmail").val()).isEqualTo("ada@example.com");
        assertThat(page.selectFirst("#f-checklistId option[selected]").val()).isEqualTo(String.valueOf(checklist));
    }

    @Test
    void inviteFormPicksTheChecklistFromTheManagersOwnChecklists() {
        long own = TestChecklists.create(TestUsers.hiringManager(), "Picked role");
        TestChecklists.create(TestUsers.ensure("owner-hm@test.gofit", dev.gofit.account.Role.HIRING_MANAGER), "Hidden role");
        FormSession hm = FormSession.login(TestUsers.hiringManager());
        Document page = Jsoup.parse(hm.get("/invites/new").then().statusCode(200).extract().asString());
        var select = page.selectFirst("select#f-checklistId");
        assertThat(select).as("a list of checklists, not an id box").isNotNull();
        assertThat(select.selectFirst("option[value='']").text()).containsIgnoringCase("none");
        assertThat(select.selectFirst("option[value='" + own + "']").text()).contains("Picked role");
        assertThat(select.text()).doesNotContain("Hidden role");

        Document prefilled = Jsoup.parse(hm.get("/invites/new?checklist=" + own).asString());
        assertThat(prefilled.selectFirst("#f-checklistId option[selected]").val()).isEqualTo(String.valueOf(own));
    }

    /** A finished final review of an invite, stored as the engine would leave it. */
    static long finishedFinal(String token, int score) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Invite invite = Invite.findUsable(token).orElseThrow();
            Review r = new Review();
            r.endpoint = TestReviews.DEAD_ENDPOINT;
            r.label = "final";
            r.ownerId = invite.createdBy;
            r.inviteId = invite.id;
            r.finalInviteId = invite.id;
            r.status = ReviewStatus.DONE;
            r.progress = 100;
            r.score = score;
            r.persist();
            return r.id;
        });
    }

    @Test
    void invitesListShowsTheLatestScoreAndTheFinalStateApartWithoutAGreenDoneForZero() {
        FormSession hm = FormSession.login(TestUsers.hiringManager());
        String token = TestInvites.create(hm, "Zero Scorer", "zero.scorer@example.com", "");
        long review = finishedFinal(token, 0);
        Document list = Jsoup.parse(hm.get("/invites").then().statusCode(200).extract().asString());
        var row = list.select("#invite-rows tr").stream().filter(tr -> tr.text().contains("Zero Scorer")).findFirst().orElseThrow();
        assertThat(row.select(".badge.ok").eachText()).as("no green badge for a finished review scoring 0")
                .noneMatch(t -> t.contains("DONE") || t.contains("Finished"));
        assertThat(row.selectFirst(".latest-score").text()).isEqualTo("0/100");
        assertThat(row.selectFirst(".final-state").text()).contains("Final submitted").contains("Finished");
        Document invite = Jsoup.parse(hm.get("/invites/" + QuarkusTransaction.requiringNew()
                .call(() -> Review.<Review>findById(review).inviteId)).asString());
        assertThat(invite.select("#submissions .badge.ok").eachText()).noneMatch(t -> t.contains("DONE"));
    }

    @Test
    void reviewsListNamesTheCandidate() {
        FormSession hm = FormSession.login(TestUsers.hiringManager());
        String token = TestInvites.create(hm, "Named Reviewee", "named.reviewee@example.com", "");
        long review = finishedFinal(token, 42);
        Document list = Jsoup.parse(hm.get("/reviews").then().statusCode(200).extract().asString());
        var row = list.select("tr").stream().filter(tr -> tr.text().contains("#" + review)).findFirst().orElseThrow();
        assertThat(row.text()).contains("Named Reviewee");
    }

    @Test
    void inviteFormRefusesAChecklistOfAnotherManagerKeepingTheInput() {
        long foreign = TestChecklists.create(TestUsers.ensure("owner-hm@test.gofit", dev.gofit.account.Role.HIRING_MANAGER),
                "Someone else's role");
        FormSession hm = FormSession.login(TestUsers.hiringManager());
        Response r = hm.postForm("/invites", Map.of("candidateName", "Ada", "candidateEmail", "ada.foreign@example.com",
                "checklistId", String.valueOf(foreign)));
        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(r.asString());
        assertThat(page.selectFirst("#e-checklistId").text()).contains("no checklist " + foreign);
        assertThat(page.selectFirst("#f-checklistId option[selected]").val()).isEqualTo(String.valueOf(foreign));
        assertThat(page.selectFirst("#f-candidateEmail").val()).isEqualTo("ada.foreign@example.com");
        long stored = QuarkusTransaction.requiringNew().call(() -> Invite.count("candidateEmail", "ada.foreign@example.com"));
        assertThat(stored).isZero();
    }

    @Test
    void inviteApiRefusesUnknownAndForeignChecklists() {
        long foreign = TestChecklists.create(TestUsers.ensure("owner-hm@test.gofit", dev.gofit.account.Role.HIRING_MANAGER),
                "Another manager's role");
        for (long id : new long[] {foreign, 999_999_999L}) {
            given().auth().preemptive().basic(TestUsers.hiringManager(), TestUsers.PASSWORD).contentType(ContentType.JSON)
                    .body(Map.of("candidateName", "Edsger", "candidateEmail", "edsger.x@example.com", "checklistId", id))
                    .post("/api/invites").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("checklistId"));
        }
    }

    @Test
    void inviteApiAcceptsAChecklistSharedWithTheCaller() {
        String owner = TestUsers.ensure("sharing-hm@test.gofit", dev.gofit.account.Role.HIRING_MANAGER);
        long shared = TestChecklists.create(owner, "Shared role for invites");
        String colleague = TestUsers.ensure("colleague-invites@test.gofit", dev.gofit.account.Role.HIRING_MANAGER);
        QuarkusTransaction.requiringNew().run(() -> dev.gofit.hiring.Checklist.<dev.gofit.hiring.Checklist>findById(shared)
                .sharedWith.add(dev.gofit.account.User.findByEmail(colleague).orElseThrow()));
        TestUsers.api(colleague)
                .body(Map.of("candidateName", "Shared", "candidateEmail", "shared@example.com", "checklistId", shared))
                .post("/api/invites").then().statusCode(201);
    }

    @Test
    void invalidInviteFormIsShownAgainWithMessagesAndInput() {
        FormSession hm = FormSession.login(TestUsers.hiringManager());
        Response r = hm.postForm("/invites", Map.of("candidateName", "Ada", "candidateEmail", "not-an-email",
                "checklistId", "x"));
        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(r.asString());
        assertThat(page.selectFirst("#e-candidateEmail").text()).contains("valid e-mail");
        assertThat(page.selectFirst("#e-checklistId")).isNotNull();
        assertThat(page.selectFirst("#f-candidateName").val()).isEqualTo("Ada");
    }

    @Test
    void candidatePageShowsBriefContractSampleAndSendsNoReferrer() {
        String token = TestInvites.create(FormSession.login(TestUsers.hiringManager()), "Grace", "grace@example.com", "");
        Response page = given().accept("text/html").get("/t/" + token);
        page.then().statusCode(200).header("Referrer-Policy", equalTo("no-referrer"))
                .header("Cache-Control", containsString("no-store"));
        Document doc = Jsoup.parse(page.asString());
        assertThat(doc.select("h1").text()).contains("Grace");
        assertThat(doc.text()).contains("The concurrent-fetch take-home").contains("The checks, in the order they run")
                .contains("curl -sS -i -X POST").contains("/demo/upstream/")
                .doesNotContain("public API").doesNotContain("What the app's demo upstreams do");
        assertThat(doc.select("button[data-copy]").eachAttr("data-copy")).containsExactly("sample-request", "sample-curl");
        assertThat(doc.select("script[src=/js/takehome.js]")).hasSize(1);
        assertThat(doc.select("script:not([src])")).as("no inline script").isEmpty();
        assertThat(doc.selectFirst("meta[name=referrer]").attr("content")).isEqualTo("no-referrer");
        assertThat(doc.select("a[href^=/reviews], a[href^=/invites]")).isEmpty();
    }

    @Test
    void unknownOrRevokedTokenIs404() {
        given().accept("text/html").get("/t/" + "A".repeat(43)).then().statusCode(404)
                .body(containsString("not valid"));
        FormSession hm = FormSession.login(TestUsers.hiringManager());
        String token = TestInvites.create(hm, "Linus", "linus@example.com", "");
        given().accept("text/html").get("/t/" + token).then().statusCode(200);
        long id = QuarkusTransaction.requiringNew().call(() -> Invite.<Invite>find("tokenHash", Invite.hash(token))
                .firstResult().id);
        hm.postForm("/invites/" + id + "/revoke", Map.of()).then().statusCode(303);
        given().accept("text/html").get("/t/" + token).then().statusCode(404);
    }

    @Test
    void tokenIsStoredOnlyAsAHash() {
        String token = TestInvites.create(FormSession.login(TestUsers.hiringManager()), "Barbara", "barbara@example.com", "");
        Invite invite = QuarkusTransaction.requiringNew().call(() -> Invite.<Invite>find("tokenHash", Invite.hash(token))
                .firstResult());
        assertThat(invite.tokenHash).hasSize(64).doesNotContain(token);
        assertThat(token).hasSize(43);
    }

    @Test
    void refusedEndpointIsExplainedToTheCandidate() {
        String token = TestInvites.create(FormSession.login(TestUsers.hiringManager()), "Ken", "ken@example.com", "");
        FormSession candidate = FormSession.anonymous();
        candidate.get("/t/" + token).then().statusCode(200);
        Response r = candidate.postForm("/t/" + token + "/reviews",
                Map.of("endpoint", "http://169.254.169.254/latest/meta-data/", "kind", "practice"));
        assertThat(r.statusCode()).as("the same status as POST /api/reviews for a refused target").isEqualTo(422);
        assertThat(Jsoup.parse(r.asString()).selectFirst("#e-endpoint").text()).contains("cloud metadata");
    }

    @Test
    void finalSubmissionIsAcceptedOnceEvenWhenTwoArriveTogether() throws Exception {
        String token = TestInvites.create(FormSession.login(TestUsers.hiringManager()), "Dennis", "dennis@example.com", "");
        FormSession candidate = FormSession.anonymous();
        candidate.get("/t/" + token).then().statusCode(200);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Integer>> submits = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            submits.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return candidate.postForm("/t/" + token + "/reviews", Map.of("endpoint", TestReviews.DEAD_ENDPOINT, "kind", "final"))
                        .statusCode();
            }));
        }
        go.countDown();
        List<Integer> statuses = submits.stream().map(CompletableFuture::join).sorted().toList();
        assertThat(statuses).containsExactly(303, 409);
        long finals = QuarkusTransaction.requiringNew().call(() -> Review.count("finalInviteId is not null and inviteId = "
                + "(select i.id from Invite i where i.tokenHash = ?1)", Invite.hash(token)));
        assertThat(finals).isEqualTo(1);
    }

    @Test
    void practiceIsLimitedPerHourAndTheCandidateSeesOnlyTheirOwnReports() throws Exception {
        FormSession hm = FormSession.login(TestUsers.hiringManager());
        long checklist = TestChecklists.create(TestUsers.hiringManager(), "Practice-limit role");
        String token = TestInvites.create(hm, "Margaret", "margaret@example.com", String.valueOf(checklist));
        String other = TestInvites.create(hm, "Alan", "alan@example.com", "");
        FormSession candidate = FormSession.anonymous();
        candidate.get("/t/" + token).then().statusCode(200);
        String firstReport = null;
        for (int i = 0; i < 3; i++) {
            Response r = candidate.postForm("/t/" + token + "/reviews", Map.of("endpoint", TestReviews.DEAD_ENDPOINT, "kind", "practice"));
            assertThat(r.statusCode()).isEqualTo(303);
            firstReport = firstReport == null ? r.header("Location") : firstReport;
        }
        Response fourth = candidate.postForm("/t/" + token + "/reviews", Map.of("endpoint", TestReviews.DEAD_ENDPOINT, "kind", "practice"));
        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(fourth.asString()).contains("3 practice reviews");

        candidate.get(firstReport).then().statusCode(200).header("Referrer-Policy", equalTo("no-referrer"))
                .body(containsString("Progress"));
        String reviewId = firstReport.substring(firstReport.lastIndexOf('/') + 1);
        given().accept("text/html").get("/t/" + other + "/reviews/" + reviewId).then().statusCode(404);

        // The review of a dead endpoint finishes with FAILs and evidence; the hiring summary sees it.
        long id = Long.parseLong(reviewId);
        Review done = TestReviews.awaitFinished(id);
        assertThat(done.status).isEqualTo(ReviewStatus.DONE);
        assertThat(done.report().checks()).allSatisfy(c -> assertThat(c.outcome()).isEqualTo(Outcome.FAIL));
        candidate.get(firstReport + "/live").then().statusCode(200).body(containsString("connection refused"));
        Document report = Jsoup.parse(candidate.get(firstReport).asString());
        assertThat(report.selectFirst(".unreachable h2").text()).contains("could not connect");
        assertThat(report.text()).as("staff-only parts stay off the candidate's report")
                .doesNotContain("Side by side with the reference").doesNotContain("Reference");
        List<TakeHomeResults.Result> evidence = results.forCandidate("Margaret@Example.com", checklist);
        assertThat(evidence).isNotEmpty();
        assertThat(evidence.get(0).evidence()).anySatisfy(line -> assertThat(line).startsWith("contract: FAIL"));
    }

    @Test
    void hiringManagerFollowsSubmissionsAndOthersSeeNothing() {
        FormSession hm = FormSession.login(TestUsers.hiringManager());
        TestInvites.create(hm, "Frances", "frances@example.com", "");
        hm.get("/invites").then().statusCode(200).body(containsString("Frances"));
        FormSession other = FormSession.login(TestUsers.ensure("other-hm2@test.gofit", dev.gofit.account.Role.HIRING_MANAGER));
        other.get("/invites").then().statusCode(200).body(org.hamcrest.Matchers.not(containsString("Frances")));
        long id = QuarkusTransaction.requiringNew().call(() -> Invite.<Invite>find("candidateEmail", "frances@example.com")
                .firstResult().id);
        other.get("/invites/" + id).then().statusCode(404);
        given().auth().preemptive().basic(TestUsers.leader(), TestUsers.PASSWORD).contentType(ContentType.JSON)
                .body("{\"candidateName\": \"X\", \"candidateEmail\": \"x@example.com\"}")
                .post("/api/invites").then().statusCode(403);
    }

    @Test
    void inviteApiAnswers201WithTheLink() {
        long checklist = TestChecklists.create(TestUsers.hiringManager(), "API invite role");
        given().auth().preemptive().basic(TestUsers.hiringManager(), TestUsers.PASSWORD).contentType(ContentType.JSON)
                .body("{\"candidateName\": \"Edsger\", \"candidateEmail\": \"edsger@example.com\", \"checklistId\": " + checklist + "}")
                .post("/api/invites").then().statusCode(201)
                .body("url", startsWith("http://localhost:8080/t/")).body("id", org.hamcrest.Matchers.notNullValue());
        given().auth().preemptive().basic(TestUsers.hiringManager(), TestUsers.PASSWORD).contentType(ContentType.JSON)
                .body("{\"candidateName\": \"\", \"candidateEmail\": \"nope\"}")
                .post("/api/invites").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("candidateEmail")).body("errors.field", hasItem("candidateName"));
    }

}
