package dev.gofit.hiring;

import dev.gofit.support.TestChecklists;
import dev.gofit.account.Role;
import dev.gofit.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@Tag("persistence")
class ChecklistApiResourceTest {

    @Test
    void createsAChecklistWithTheFiveCoreSkillsAndACustomOne() {
        TestUsers.api(TestUsers.hiringManager()).body(Map.of("role", "Senior Go engineer",
                        "skills", List.of("concurrency", "stdlib", "testing", "systems-design", "cloud-native"),
                        "custom", List.of("Kafka consumer groups")))
                .post("/api/checklists").then().statusCode(201)
                .header("Location", containsString("/api/checklists/"))
                .body("role", equalTo("Senior Go engineer"))
                .body("level", equalTo("senior"))
                .body("skills.key", contains("concurrency", "stdlib", "testing", "systems-design", "cloud-native",
                        "custom-kafka-consumer-groups"))
                .body("skills[0].label", equalTo("Concurrency mastery"))
                .body("skills[5].custom", equalTo(true))
                .body("skills[5].checks[0].stage", equalTo("design"))
                .body("stages.key", contains("screen", "take-home", "design"))
                .body("stages[0].minutes", equalTo(30))
                .body("stages[2].minutes", equalTo(60))
                .body("exports.pdf", endsWith("/export.pdf"));
    }

    @Test
    void emptyRoleIs400NamingTheField() {
        TestUsers.api(TestUsers.hiringManager()).body(Map.of("role", " ")).post("/api/checklists").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("role"));
    }

    @Test
    void unknownSkillKeyIs400NamingTheEntry() {
        TestUsers.api(TestUsers.hiringManager()).body(Map.of("role", "Go dev", "skills", List.of("concurrency", "haskell")))
                .post("/api/checklists").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("skills[1]"))
                .body("errors[0].message", containsString("haskell"));
    }

    @Test
    void weightOutOfRangeIs400() {
        TestUsers.api(TestUsers.hiringManager()).body(Map.of("role", "Go dev", "weights", Map.of("concurrency", 9)))
                .post("/api/checklists").then().statusCode(400)
                .body("errors.field", hasItem("weights.concurrency"));
    }

    @Test
    void nullWeightIs400NamingTheFieldNot500() {
        java.util.Map<String, Object> weights = new java.util.HashMap<>();
        weights.put("concurrency", null);
        TestUsers.api(TestUsers.hiringManager()).body(Map.of("weights", weights)).post("/api/checklists").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("weights.concurrency"));
    }

    @Test
    void weightsAndFewerStagesAreApplied() {
        long id = TestChecklists.create(TestUsers.hiringManager(), Map.of("role", "Platform engineer", "level", "staff",
                "skills", List.of("concurrency", "cloud-native"), "weights", Map.of("cloud-native", 5),
                "stages", List.of("screen", "design"), "minutes", Map.of("design", 90)));
        TestUsers.api(TestUsers.hiringManager()).get("/api/checklists/" + id).then().statusCode(200)
                .body("level", equalTo("staff"))
                .body("skills[1].weight", equalTo(5))
                .body("stages.key", contains("screen", "design"))
                .body("stages[1].minutes", equalTo(90))
                .body("skills[0].checks.stage", hasItem("screen"))
                .body("skills.checks.flatten().stage", org.hamcrest.Matchers.not(hasItem("take-home")));
    }

    @Test
    void anotherManagersChecklistIs404ButAdminSeesIt() {
        long id = TestChecklists.create(TestUsers.hiringManager(), Map.of("role", "Private role"));
        String other = TestUsers.ensure("other-hm@test.gofit", Role.HIRING_MANAGER);
        TestUsers.api(other).get("/api/checklists/" + id).then().statusCode(404).contentType("application/problem+json");
        TestUsers.api(other).get("/api/checklists/" + id + "/export.csv").then().statusCode(404);
        TestUsers.api(TestUsers.admin()).get("/api/checklists/" + id).then().statusCode(200);
    }

    @Test
    void leaderWithoutHiringRoleIs403() {
        TestUsers.api(TestUsers.leader()).body(Map.of("role", "x")).post("/api/checklists").then().statusCode(403);
    }

    @Test
    void listShowsOnlyVisibleChecklists() {
        String mine = TestUsers.ensure("lister@test.gofit", Role.HIRING_MANAGER);
        TestChecklists.create(mine, Map.of("role", "Listed role"));
        TestUsers.api(mine).get("/api/checklists").then().statusCode(200).body("role", hasItem("Listed role"))
                .body("findAll { it.role == 'Private role' }", hasSize(0));
    }
}
