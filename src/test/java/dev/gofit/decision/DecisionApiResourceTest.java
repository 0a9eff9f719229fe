package dev.gofit.decision;

import dev.gofit.account.Role;
import dev.gofit.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

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
                         "weights": {"primary-strength": 0, "performance": 0, "concurrency-model": 0, "learning-curve": 0,
                                     "deployment": 0, "ml-ecosystem": 5, "memory-control": 0, "best-for": 0}}""")
                .post("/api/decisions").then().statusCode(201)
                .body("verdict", equalTo("GO_NOT_INDICATED"))
                .body("matrix.criteria.find { it.key == 'ml-ecosystem' }.weight", equalTo(5))
                .body("matrix.scores.python", equalTo(5.0f))
                .body("matrix.ranking[0]", equalTo("python"));
    }

    @Test
    void missingAndWrongFieldsAreEachNamed() {
        as(TestUsers.leader()).contentType(ContentType.JSON).body("""
                        {"answers": {"concurrency": true, "ioPerformance": "yes", "simpleDeployment": false},
                         "weights": {"performance": 9, "speed": 3, "deployment": 2.5}}""")
                .post("/api/decisions").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", containsInAnyOrder("title", "answers.ioPerformance", "answers.servicesOrTooling",
                        "cautions", "weights.performance", "weights.speed", "weights.deployment"))
                .body("errors.find { it.field == 'weights.speed' }.message", matchesPattern("unknown criterion.*"))
                .body("errors.find { it.field == 'weights.performance' }.message", equalTo("must be between 0 and 5"));
    }

    @Test
    void malformedJsonIs400ProblemJson() {
        as(TestUsers.leader()).contentType(ContentType.JSON).body("{\"title\": \"x\", ")
                .post("/api/decisions").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("body"));
    }

    @Test
    void someoneElsesDecisionIs404() {
        String other = TestUsers.ensure("other-leader@test.gofit", Role.LEADER);
        String location = as(other).contentType(ContentType.JSON).body(PAYMENTS).post("/api/decisions")
                .then().statusCode(201).extract().header("Location");
        as(TestUsers.leader()).get(location).then().statusCode(404).contentType("application/problem+json");
        as(TestUsers.admin()).get(location).then().statusCode(404);
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
    void hiringManagerIsForbiddenAndAnonymousUnauthorized() {
        as(TestUsers.hiringManager()).get("/api/decisions").then().statusCode(403);
        as(TestUsers.hiringManager()).get("/api/matrix").then().statusCode(403);
        given().get("/api/decisions").then().statusCode(401);
    }

    @Test
    void matrixListsLanguagesAndRatedCriteria() {
        as(TestUsers.admin()).get("/api/matrix").then().statusCode(200)
                .body("languages", contains("go", "python", "rust"))
                .body("criteria.key", hasItems("primary-strength", "performance", "concurrency-model", "learning-curve",
                        "deployment", "ml-ecosystem", "memory-control", "best-for"))
                .body("criteria.find { it.key == 'ml-ecosystem' }.ratings.python", equalTo(5))
                .body("criteria[0].label", equalTo("Primary strength"));
    }

    @Test
    void openApiDocumentListsTheDecisionEndpoints() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.keySet()", hasItems("/api/decisions", "/api/decisions/{id}", "/api/matrix"));
    }
}
