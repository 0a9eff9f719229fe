package dev.gofit.decision;

import dev.gofit.account.Role;
import dev.gofit.support.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@Tag("persistence")
class DecisionApiResourceTest {

    static final String PAYMENTS = """
            {"title": "Payments gateway",
             "answers":  {"concurrency": true, "ioPerformance": true, "simpleDeployment": false, "servicesOrTooling": true},
             "cautions": {"mlPrototyping": false, "lowLevelMemoryControl": false}}""";

    static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, TestUsers.PASSWORD);
    }

    @Test
    void createAnswers201WithLocationVerdictAndMatrix() {
        String location = as(TestUsers.leader()).contentType(ContentType.JSON).body(PAYMENTS)
                .post("/api/decisions")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/decisions/\\d+"))
                .body("id", notNullValue())
                .body("title", equalTo("Payments gateway"))
                .body("yesCount", equalTo(3))
                .body("verdict", equalTo("GO_TOP_CONTENDER"))
                .body("status", equalTo("PROPOSED"))
                .body("alternatives", hasSize(0))
                .body("reasons[0]", equalTo("3 of 4 Go-fit questions are \"yes\" and no caution applies: Go is a top contender."))
                .body("matrix.criteria.key", hasItems("performance", "concurrency-model", "ml-ecosystem"))
                .body("matrix.criteria.weight", everyItem(is(org.hamcrest.Matchers.both(
                        org.hamcrest.Matchers.greaterThanOrEqualTo(0)).and(org.hamcrest.Matchers.lessThanOrEqualTo(5)))))
                .body("matrix.scores.keySet()", containsInAnyOrder("go", "python", "rust"))
                .body("matrix.ranking[0]", equalTo("go"))
                .extract().header("Location");
        as(TestUsers.leader()).get(location).then().statusCode(200).body("title", equalTo("Payments gateway"));
    }

    @Test
    void cautionsGiveCaveatsAndAlternatives() {
        as(TestUsers.leader()).contentType(ContentType.JSON).body("""
                        {"title": "Fraud scoring",
                         "answers":  {"concurrency": true, "ioPerformance": true, "simpleDeployment": false, "servicesOrTooling": false},
                         "cautions": {"mlPrototyping": true, "lowLevelMemoryControl": true}}""")
                .post("/api/decisions").then().statusCode(201)
                .body("verdict", equalTo("GO_WITH_CAVEATS"))
                .body("alternatives", contains("python", "rust"));
    }

    @Test
    void givenWeightsAreUsedAndScoresFollowThem() {
        as(TestUsers.leader()).contentType(ContentType.JSON).body("""
                        {"title": "Notebook service",
                         "answers":  {"concurrency": false, "ioPerformance": false, "simpleDeployment": false, "servicesOrTooling": false},
                         "cautions": {"mlPrototyping": true, "lowLevelMemoryControl": false},
                         "weights": {"learning-curve": 0, "developer-speed": 0, "hiring-pool": 0, "type-system": 0,
                                     "ml-ecosystem": 5}}""")
                .post("/api/decisions").then().statusCode(201)
                .body("verdict", equalTo("GO_NOT_INDICATED"))
                .body("matrix.criteria.find { it.key == 'ml-ecosystem' }.weight", equalTo(5))
                .body("matrix.scores.python", equalTo(5.0f))
                .body("matrix.ranking[0]", equalTo("python"));
    }

    @Test
    void missingAndWrongFieldsAreEachNamed() {
        as(TestUsers.leader()).contentType(ContentType.JSON).body("""
                        {"answers": {"concurrency": true, "ioPerformance": false, "simpleDeployment": false, "speed": true},
                         "notes": {"latency": "p99"},
                         "weights": {"performance": 9, "speed": 3}}""")
                .post("/api/decisions").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", containsInAnyOrder("title", "answers.servicesOrTooling", "answers.speed",
                        "notes.latency", "cautions", "weights.performance", "weights.speed"))
                .body("errors.find { it.field == 'weights.speed' }.message", matchesPattern("unknown criterion.*"))
                .body("errors.find { it.field == 'answers.speed' }.message", equalTo("unknown field"))
                .body("errors.find { it.field == 'weights.performance' }.message", equalTo("must be between 0 and 5"));
    }

    @Test
    void aValueOfTheWrongTypeIsNamedAndNeverCoerced() {
        // Jackson stops at the first value it cannot bind: that field is named (strictness over collecting).
        String answers = "\"answers\": {\"concurrency\": true, \"ioPerformance\": %s, \"simpleDeployment\": false, \"servicesOrTooling\": true}";
        String body = "{\"title\": \"Types\", " + answers + ", \"cautions\": {\"mlPrototyping\": false, \"lowLevelMemoryControl\": false}%s}";
        as(TestUsers.leader()).contentType(ContentType.JSON).body(body.formatted("\"yes\"", ""))
                .post("/api/decisions").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("answers.ioPerformance"));
        as(TestUsers.leader()).contentType(ContentType.JSON).body(body.formatted("true", ", \"weights\": {\"deployment\": 2.5}"))
                .post("/api/decisions").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("weights.deployment"));
    }

    @Test
    void malformedJsonIs400ProblemJson() {
        as(TestUsers.leader()).contentType(ContentType.JSON).body("{\"title\": \"x\", ")
                .post("/api/decisions").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("body"));
    }

    @Test
    void someoneElsesDecisionIsReadOnlyAndAnUnknownOne404() {
        String other = TestUsers.ensure("other-leader@test.gofit", Role.LEADER);
        String location = as(other).contentType(ContentType.JSON).body(PAYMENTS).post("/api/decisions")
                .then().statusCode(201).extract().header("Location");
        // Issue 10: the shared log shows a colleague's decision read only; the caller's own list stays their own.
        as(TestUsers.leader()).get(location).then().statusCode(200).body("canEdit", equalTo(false));
        as(TestUsers.admin()).get(location).then().statusCode(200).body("canEdit", equalTo(false));
        as(TestUsers.leader()).get("/api/decisions/999999").then().statusCode(404).contentType("application/problem+json");
        int otherId = Integer.parseInt(location.substring(location.lastIndexOf('/') + 1));
        as(TestUsers.leader()).get("/api/decisions").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.not(hasItem(otherId)));
    }

    @Test
    void listShowsOnlyTheCallersDecisionsAndSearchesByTitle() {
        String owner = TestUsers.ensure("lister@test.gofit", Role.LEADER);
        as(owner).contentType(ContentType.JSON).body(PAYMENTS.replace("Payments gateway", "Search API"))
                .post("/api/decisions").then().statusCode(201);
        as(owner).contentType(ContentType.JSON).body(PAYMENTS.replace("Payments gateway", "Billing jobs"))
                .post("/api/decisions").then().statusCode(201);
        as(owner).get("/api/decisions").then().statusCode(200).body("title", containsInAnyOrder("Search API", "Billing jobs"));
        as(owner).queryParam("q", "billing").get("/api/decisions").then().statusCode(200).body("title", contains("Billing jobs"));
    }

    @Test
    void hiringManagerReadsButDoesNotDecideAndAnonymousIsUnauthorized() {
        // Issue 10: a hiring manager reads the shared log (to start a checklist from it) but records no decision.
        as(TestUsers.hiringManager()).get("/api/decisions?scope=all").then().statusCode(200);
        as(TestUsers.hiringManager()).contentType(ContentType.JSON).body(PAYMENTS).post("/api/decisions").then().statusCode(403);
        as(TestUsers.hiringManager()).get("/api/matrix").then().statusCode(403);
        given().get("/api/decisions").then().statusCode(401);
    }

    @Test
    void matrixListsLanguagesAndRatedCriteria() {
        as(TestUsers.admin()).get("/api/matrix").then().statusCode(200)
                .body("languages", contains("go", "python", "rust", "java", "kotlin", "typescript", "csharp"))
                .body("criteria.key", hasItems("performance", "concurrency-model", "learning-curve", "deployment",
                        "ml-ecosystem", "memory-control", "web-ecosystem", "cpu-compute", "developer-speed", "hiring-pool",
                        "team-familiarity"))
                .body("criteria.find { it.key == 'ml-ecosystem' }.ratings.python", equalTo(5))
                .body("criteria.find { it.key == 'learning-curve' }.ratings.python", equalTo(5))
                .body("criteria.find { it.key == 'learning-curve' }.ratings.go", equalTo(4))
                .body("criteria.find { it.key == 'learning-curve' }.ratings.rust", equalTo(2))
                .body("criteria[0].label", equalTo("Concurrency model"));
    }

    @Test
    void optionsChooseWhatTheMatrixComparesAndTheVerdictAgreesWithoutWeightsOrContext() {
        as(TestUsers.leader()).contentType(ContentType.JSON)
                .body(PAYMENTS.replace("}}", "}, \"options\": [\"java\", \"go\", \"kotlin\", \"typescript\"]}"))
                .post("/api/decisions").then().statusCode(201)
                .body("options", contains("go", "java", "kotlin", "typescript"))
                .body("matrix.scores.keySet()", containsInAnyOrder("go", "java", "kotlin", "typescript"))
                .body("matrix.ranking", hasSize(4))
                .body("matrix.ranking[0]", equalTo("go"))
                .body("divergence", equalTo(null));
        as(TestUsers.leader()).contentType(ContentType.JSON).body(PAYMENTS).post("/api/decisions").then().statusCode(201)
                .body("options", contains("go", "python", "rust")).body("divergence", equalTo(null));
    }

    @Test
    void wrongOptionsAre400NamingTheField() {
        for (String options : List.of("[\"go\"]", "[\"go\", \"cobol\"]", "[\"python\", \"rust\"]",
                "[\"go\", \"python\", \"rust\", \"java\", \"kotlin\", \"typescript\", \"csharp\"]")) {
            as(TestUsers.leader()).contentType(ContentType.JSON)
                    .body(PAYMENTS.replace("}}", "}, \"options\": " + options + "}"))
                    .post("/api/decisions").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("options"));
        }
    }

    @Test
    void aTeamContextThatOutweighsTheFrameworkIsNamedAsADivergence() {
        as(TestUsers.leader()).contentType(ContentType.JSON)
                .body(PAYMENTS.replace("}}", "}, \"context\": {\"familiarity\": {\"python\": \"EXPERT\", \"go\": \"NONE\"}, "
                        + "\"timeline\": \"WEEKS\", \"hiring\": \"HARD\", \"cpuBound\": false}}"))
                .post("/api/decisions").then().statusCode(201)
                .body("verdict", equalTo("GO_TOP_CONTENDER"))
                .body("context.familiarity.python", equalTo("EXPERT"))
                .body("matrix.ranking[0]", equalTo("python"))
                .body("divergence", matchesPattern("Python ranks first in the matrix although the verdict is “Go is a top contender”: .*Team familiarity.*"))
                .body("matrix.criteria.find { it.key == 'team-familiarity' }.weight", equalTo(5));
        as(TestUsers.leader()).contentType(ContentType.JSON)
                .body(PAYMENTS.replace("}}", "}, \"context\": {\"familiarity\": {\"cobol\": \"EXPERT\"}, \"pace\": 1}}"))
                .post("/api/decisions").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("context.familiarity.cobol", "context.pace"));
    }

    @Test
    void acceptingRecordsTheChosenOptionAndTheRationale() {
        String leader = TestUsers.leader();
        long id = create(leader, "Chosen");
        changeStatus(leader, id, "{\"status\": \"ACCEPTED\", \"chosenOption\": \"java\"}").statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("chosenOption"));
        changeStatus(leader, id, "{\"status\": \"ACCEPTED\", \"chosenOption\": \"rust\", \"rationale\": \"Two Rust experts join.\"}")
                .statusCode(200).body("status", equalTo("ACCEPTED")).body("chosenOption", equalTo("rust"))
                .body("rationale", equalTo("Two Rust experts join."));
        String md = as(leader).get("/api/decisions/" + id + "/adr.md").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(md).contains("Chosen option: \"Rust\", because the deciders chose it "
                + "although the matrix ranks Go first: Two Rust experts join.", "The chosen option differs from the verdict");
        long other = create(leader, "Default choice");
        changeStatus(leader, other, "{\"status\": \"ACCEPTED\"}").statusCode(200).body("chosenOption", equalTo("go"))
                .body("rationale", equalTo(null));
    }

    @Test
    void openApiDocumentListsTheDecisionEndpoints() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.keySet()", hasItems("/api/decisions", "/api/decisions/{id}", "/api/decisions/{id}/status",
                        "/api/matrix"));
    }

    static long create(String email, String title) {
        return as(email).contentType(ContentType.JSON).body(PAYMENTS.replace("Payments gateway", title))
                .post("/api/decisions").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static io.restassured.response.ValidatableResponse changeStatus(String email, long id, String body) {
        return as(email).contentType(ContentType.JSON).body(body).post("/api/decisions/" + id + "/status").then();
    }

    @Test
    void statusMovesAlongTheLifecycleAndSupersededByNamesTheSuccessor() {
        String leader = TestUsers.ensure("api-lifecycle@test.gofit", Role.LEADER);
        long older = create(leader, "Gateway 2025");
        long newer = create(leader, "Gateway 2026");
        changeStatus(leader, older, "{\"status\": \"ACCEPTED\"}").statusCode(200).body("status", equalTo("ACCEPTED"));
        changeStatus(leader, older, "{\"status\": \"SUPERSEDED\", \"supersededBy\": " + newer + "}")
                .statusCode(200).body("status", equalTo("SUPERSEDED")).body("supersededBy", equalTo((int) newer));
        changeStatus(leader, older, "{\"status\": \"ACCEPTED\"}").statusCode(422)
                .contentType("application/problem+json").body("errors.field", contains("status"));
    }

    @Test
    void aSupersededDecisionCannotSupersedeAnotherSoNoCycleForms() {
        String leader = TestUsers.ensure("api-cycle@test.gofit", Role.LEADER);
        long a = create(leader, "Cycle A");
        long b = create(leader, "Cycle B");
        changeStatus(leader, a, "{\"status\": \"ACCEPTED\"}").statusCode(200);
        changeStatus(leader, b, "{\"status\": \"REJECTED\"}").statusCode(200);
        changeStatus(leader, a, "{\"status\": \"SUPERSEDED\", \"supersededBy\": " + b + "}").statusCode(200);
        // B → A would close the loop A → B → A: A is history already.
        changeStatus(leader, b, "{\"status\": \"SUPERSEDED\", \"supersededBy\": " + a + "}")
                .statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("supersededBy"))
                .body("errors[0].message", equalTo("“Cycle A” is superseded itself: choose a decision that is still current."));
        as(leader).get("/api/decisions/" + b).then().body("status", equalTo("REJECTED")).body("supersededBy", equalTo(null));
    }

    @Test
    void aSuccessorWhoseChainLeadsBackIsRefused() {
        String leader = TestUsers.ensure("api-chain@test.gofit", Role.LEADER);
        long a = create(leader, "Chain A");
        long b = create(leader, "Chain B");
        changeStatus(leader, a, "{\"status\": \"ACCEPTED\"}").statusCode(200);
        changeStatus(leader, b, "{\"status\": \"ACCEPTED\"}").statusCode(200);
        // A link written before superseded targets were refused: B still current, yet pointing at A.
        QuarkusTransaction.requiringNew().run(() -> Decision.<Decision>findById(b).supersededById = a);
        changeStatus(leader, a, "{\"status\": \"SUPERSEDED\", \"supersededBy\": " + b + "}")
                .statusCode(422).body("errors.field", contains("supersededBy"))
                .body("errors[0].message", equalTo("“Chain B” leads back to this decision through what superseded it."));
    }

    @Test
    void aWrongStatusBodyNamesEachField() {
        String leader = TestUsers.leader();
        long id = create(leader, "Bad status body");
        changeStatus(leader, id, "{\"status\": \"DRAFT\", \"supersededBy\": 7, \"note\": 1}").statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("status", "note"));
        changeStatus(leader, id, "{\"status\": \"ACCEPTED\", \"supersededBy\": \"seven\"}").statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("supersededBy"));
        changeStatus(leader, id, "{\"status\": \"SUPERSEDED\"}").statusCode(422).body("errors.field", contains("status"));
        long other = create(TestUsers.ensure("api-status-other@test.gofit", Role.LEADER), "Not yours");
        // A colleague's decision is in the shared log (read only): changing it is forbidden, an unknown one is not found.
        changeStatus(leader, other, "{\"status\": \"ACCEPTED\"}").statusCode(403);
        changeStatus(leader, 999999, "{\"status\": \"ACCEPTED\"}").statusCode(404);
    }
}
