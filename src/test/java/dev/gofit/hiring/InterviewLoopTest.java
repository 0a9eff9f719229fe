package dev.gofit.hiring;

import dev.gofit.support.TestChecklists;
import dev.gofit.account.Role;
import dev.gofit.account.User;
import dev.gofit.support.FormSession;
import dev.gofit.support.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** The interview loop, interviewers' own scorecards, the blind rule and amendments, over the JSON API and the page. */
@QuarkusTest
@Tag("persistence")
class InterviewLoopTest {

    static long candidate(String hm, String role) {
        long checklist = TestChecklists.create(hm, Map.of("role", role,
                "skills", List.of("concurrency", "stdlib", "systems-design")));
        return TestUsers.api(hm).body(Map.of("checklistId", checklist, "name", "Dora Loop")).post("/api/candidates").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    static void loop(String hm, long candidate, String screen, String design) {
        TestUsers.api(hm).body(Map.of("assignments", List.of(
                        Map.of("stage", "screen", "interviewerId", TestUsers.id(screen), "date", "2026-12-14"),
                        Map.of("stage", "design", "interviewerId", TestUsers.id(design), "date", "2026-12-15"))))
                .post("/api/candidates/" + candidate + "/loop").then().statusCode(200)
                .body("assignments", hasSize(2)).body("assignments[0].date", equalTo("2026-12-15"));
    }

    @Test
    void interviewersAreBlindUntilTheySubmitAndTheManagerAlwaysSees() {
        String hm = TestUsers.hiringManager();
        String ben = TestUsers.ensure("ben.blind@test.gofit", Role.INTERVIEWER);
        String cy = TestUsers.ensure("cy.blind@test.gofit", Role.INTERVIEWER);
        long id = candidate(hm, "Blind role");
        loop(hm, id, ben, cy);

        TestUsers.api(ben).get("/api/candidates/" + id + "/summary").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("Submit your own scorecard"));
        TestUsers.api(ben).get("/api/candidates/" + id).then().statusCode(403);
        TestUsers.api(hm).get("/api/candidates/" + id + "/summary").then().statusCode(200)
                .body("submitted", equalTo(0)).body("missing.interviewer", containsInAnyOrder("ben.blind", "cy.blind"));
        Document blind = Jsoup.parse(FormSession.login(ben).get("/hiring/candidates/" + id).then().statusCode(200)
                .extract().asString());
        assertThat(blind.select("#blind").text()).contains("Submit your own scorecard");
        assertThat(blind.select("#f-interviewer")).isEmpty();
        assertThat(blind.select("#loop")).isEmpty();

        TestUsers.api(ben).body(Map.of("stage", "screen", "overall", "YES", "ratings", Map.of("concurrency", 3, "stdlib", 4)))
                .post("/api/candidates/" + id + "/scorecards").then().statusCode(201).body("interviewer", equalTo("ben.blind"));
        TestUsers.api(ben).get("/api/candidates/" + id + "/summary").then().statusCode(200)
                .body("submitted", equalTo(1)).body("missing.interviewer", containsInAnyOrder("cy.blind"))
                .body("summary.recommendations.interviewer", hasItem("ben.blind"));
        TestUsers.api(cy).get("/api/candidates/" + id + "/summary").then().statusCode(403);
        TestUsers.api(cy).body(Map.of("stage", "screen", "overall", "NO", "ratings", Map.of("concurrency", 1, "stdlib", 1)))
                .post("/api/candidates/" + id + "/scorecards").then().statusCode(403)
                .body("detail", containsString("not assigned"));
        TestUsers.api(cy).body(Map.of("stage", "design", "overall", "NO", "ratings", Map.of("concurrency", 2, "systems-design", 2)))
                .post("/api/candidates/" + id + "/scorecards").then().statusCode(201);
        TestUsers.api(hm).get("/api/candidates/" + id + "/summary").then().statusCode(200)
                .body("submitted", equalTo(2)).body("missing", empty())
                .body("summary.agreement", equalTo("Split: 1 yes, 1 no"));
    }

    @Test
    void onlyTheAuthorAmendsAndTheEarlierVersionIsKept() {
        String hm = TestUsers.hiringManager();
        String ben = TestUsers.ensure("ben.amend@test.gofit", Role.INTERVIEWER);
        String cy = TestUsers.ensure("cy.amend@test.gofit", Role.INTERVIEWER);
        long id = candidate(hm, "Amend role");
        loop(hm, id, ben, cy);
        TestUsers.api(ben).body(Map.of("stage", "screen", "overall", "YES", "ratings", Map.of("concurrency", 3, "stdlib", 4)))
                .post("/api/candidates/" + id + "/scorecards").then().statusCode(201);
        TestUsers.api(ben).body(Map.of("stage", "screen", "overall", "NO", "ratings", Map.of("concurrency", 2, "stdlib", 2),
                        "notes", "Re-read my notes: the worker pool leaked."))
                .post("/api/candidates/" + id + "/scorecards").then().statusCode(200)
                .body("amended", equalTo(true)).body("revisions", equalTo(1)).body("overall", equalTo("NO"));
        // The manager cannot overwrite it by typing the interviewer's name.
        TestUsers.api(hm).body(Map.of("stage", "screen", "interviewer", "ben.amend", "overall", "STRONG_YES",
                        "ratings", Map.of("concurrency", 4, "stdlib", 4)))
                .post("/api/candidates/" + id + "/scorecards").then().statusCode(403)
                .body("detail", containsString("Only ben.amend"));
        List<String> kept = QuarkusTransaction.requiringNew().call(() -> ScorecardRevision.<ScorecardRevision>listAll().stream()
                .filter(r -> r.scorecard.candidate.id == id).map(r -> r.overall + " " + r.ratings).toList());
        assertThat(kept).containsExactly("YES {concurrency=3, stdlib=4}");
    }

    @Test
    void onlyManagersSetTheLoopAndItNamesBadEntries() {
        String hm = TestUsers.hiringManager();
        String ben = TestUsers.ensure("ben.loop@test.gofit", Role.INTERVIEWER);
        long id = candidate(hm, "Loop role");
        TestUsers.api(ben).body(Map.of("assignments", List.of())).post("/api/candidates/" + id + "/loop").then().statusCode(403);
        TestUsers.api(ben).get("/api/candidates/" + id).then().statusCode(404);
        TestUsers.api(hm).body(Map.of("assignments", List.of(Map.of("stage", "pairing", "interviewerId", TestUsers.id(ben)),
                        Map.of("stage", "screen", "interviewerId", TestUsers.id(TestUsers.leader())))))
                .post("/api/candidates/" + id + "/loop").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("assignments[0].stage", "assignments[1].interviewerId"));
        TestUsers.api(hm).body(Map.of("assignments", List.of(Map.of("stage", "screen")))).post("/api/candidates/" + id + "/loop")
                .then().statusCode(400).body("errors.field", hasItem("assignments[0].interviewerId"));
    }

    @Test
    void anInterviewerHasNoAccessToDecisionsPilotsOrChecklists() {
        String ben = TestUsers.ensure("ben.roles@test.gofit", Role.INTERVIEWER);
        for (String path : new String[]{"/api/decisions", "/api/pilots", "/api/checklists", "/api/users"}) {
            TestUsers.api(ben).get(path).then().statusCode(403).contentType("application/problem+json");
        }
        String both = TestUsers.ensure("both.roles@test.gofit", Role.INTERVIEWER, Role.LEADER);
        TestUsers.api(both).get("/api/decisions").then().statusCode(200);
    }

    @Test
    void theManagerAssignsOnThePage() {
        String hm = TestUsers.hiringManager();
        String ben = TestUsers.ensure("ben.page@test.gofit", Role.INTERVIEWER);
        long id = candidate(hm, "Page loop role");
        FormSession session = FormSession.login(hm);
        session.postForm("/hiring/candidates/" + id + "/loop", Map.of("assign", "screen:" + TestUsers.id(ben),
                "dateStage", "screen", "date", "2026-12-16")).then().statusCode(303);
        TestUsers.api(hm).get("/api/candidates/" + id + "/loop").then().statusCode(200)
                .body("assignments.interviewer", containsInAnyOrder("ben.page")).body("assignments[0].date", equalTo("2026-12-16"));
        Document page = Jsoup.parse(FormSession.login(ben).get("/hiring/candidates/" + id).asString());
        assertThat(page.select("nav.tabs a").eachText()).containsExactly("Technical screen");
    }

    @Test
    void theLoopFormOffersOneSelectPerStageEvenWithFortyInterviewers() {
        String hm = TestUsers.hiringManager();
        for (int i = 0; i < 40; i++) {
            TestUsers.ensure("many" + i + ".loop@test.gofit", Role.INTERVIEWER);
        }
        long id = candidate(hm, "Crowded loop role");
        FormSession session = FormSession.login(hm);
        Document page = Jsoup.parse(session.get("/hiring/candidates/" + id).asString());
        assertThat(page.select("#loop input[type=checkbox]")).as("no list of checkboxes").isEmpty();
        assertThat(page.select("#loop select[name=assign]")).hasSize(3)
                .allSatisfy(select -> assertThat(select.select("option").size()).isGreaterThan(40));
        String many7 = "screen:" + TestUsers.id("many7.loop@test.gofit");
        assertThat(page.selectFirst("#add-screen option[value='" + many7 + "']").text()).isEqualTo("many7.loop");

        session.postForm("/hiring/candidates/" + id + "/loop", Map.of("assign", many7)).then().statusCode(303);
        Document after = Jsoup.parse(session.get("/hiring/candidates/" + id).asString());
        assertThat(after.select("#loop input[type=checkbox][name=assign][checked]").eachAttr("value")).containsExactly(many7);
        assertThat(after.select("#add-screen option[value='" + many7 + "']")).as("already assigned").isEmpty();
        // Unticking the kept interviewer removes them.
        session.postForm("/hiring/candidates/" + id + "/loop", Map.of("assign", "")).then().statusCode(303);
        TestUsers.api(hm).get("/api/candidates/" + id + "/loop").then().statusCode(200).body("assignments", empty());
    }
}
