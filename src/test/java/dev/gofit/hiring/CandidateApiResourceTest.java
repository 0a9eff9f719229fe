package dev.gofit.hiring;

import dev.gofit.support.TestChecklists;
import dev.gofit.account.Role;
import dev.gofit.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@Tag("persistence")
class CandidateApiResourceTest {

    @Test
    void addsACandidateRecordsScorecardsAndReturnsTheSummary() {
        String hm = TestUsers.hiringManager();
        long checklist = TestChecklists.create(hm, Map.of("role", "API role",
                "skills", List.of("concurrency", "stdlib", "systems-design")));
        long id = TestUsers.api(hm).body(Map.of("name", "Ana Lima", "email", "ana@example.com"))
                .post("/api/checklists/" + checklist + "/candidates").then().statusCode(201)
                .body("inviteLink", equalTo("/invites/new?checklist=" + checklist + "&name=Ana%20Lima&email=ana%40example.com"))
                .extract().jsonPath().getLong("id");
        TestUsers.api(hm).body(Map.of("stage", "screen", "interviewer", "Ben", "overall", "YES",
                        "ratings", Map.of("concurrency", 3, "stdlib", 4), "notes", "solid"))
                .post("/api/candidates/" + id + "/scorecards").then().statusCode(201).body("overall", equalTo("YES"));
        TestUsers.api(hm).body(Map.of("stage", "design", "interviewer", "Cy", "overall", "NO",
                        "ratings", Map.of("concurrency", 1, "systems-design", 2)))
                .post("/api/candidates/" + id + "/scorecards").then().statusCode(201);
        TestUsers.api(hm).get("/api/candidates/" + id).then().statusCode(200)
                .body("summary.agreement", equalTo("Split: 1 yes, 1 no"))
                .body("summary.skills[0].key", equalTo("concurrency"))
                .body("summary.skills[0].agreement", equalTo("Disagree"))
                .body("summary.gaps", hasItem(containsString("No scorecard yet for the Take-home exercise")))
                .body("summary.recommendations.interviewer", contains("Cy", "Ben"));
    }

    @Test
    void badScorecardsAre400ProblemJsonNamingEachField() {
        String hm = TestUsers.hiringManager();
        long checklist = TestChecklists.create(hm, Map.of("role", "API role 2", "skills", List.of("concurrency")));
        long id = TestUsers.api(hm).body(Map.of("name", "Bo", "email", "bo@example.com")).post("/api/checklists/" + checklist + "/candidates")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        TestUsers.api(hm).body(Map.of("stage", "pairing", "interviewer", "Ben", "overall", "YES"))
                .post("/api/candidates/" + id + "/scorecards").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("stage"));
        TestUsers.api(hm).body(Map.of("stage", "screen", "interviewer", "", "overall", "MAYBE", "ratings", Map.of("concurrency", 5, "rust", 3)))
                .post("/api/candidates/" + id + "/scorecards").then().statusCode(400)
                .body("errors.field", hasItem("interviewer")).body("errors.field", hasItem("overall"))
                .body("errors.field", hasItem("ratings.concurrency")).body("errors.field", hasItem("ratings.rust"));
        TestUsers.api(hm).body(Map.of("name", "", "email", "x")).post("/api/checklists/" + checklist + "/candidates").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("name", "email"));
    }

    @Test
    void anotherManagersCandidateIs404() {
        String hm = TestUsers.hiringManager();
        long checklist = TestChecklists.create(hm, Map.of("role", "API role 3"));
        long id = TestUsers.api(hm).body(Map.of("name", "Cy", "email", "cy@example.com")).post("/api/checklists/" + checklist + "/candidates")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String other = TestUsers.ensure("api-other@test.gofit", Role.HIRING_MANAGER);
        TestUsers.api(other).get("/api/candidates/" + id).then().statusCode(404);
        TestUsers.api(other).body(Map.of("name", "Mallory", "email", "m@example.com")).post("/api/checklists/" + checklist + "/candidates")
                .then().statusCode(404);
    }
}
