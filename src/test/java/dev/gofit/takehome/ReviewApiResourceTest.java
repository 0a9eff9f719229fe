package dev.gofit.takehome;

import dev.gofit.support.TestReviews;
import dev.gofit.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@Tag("persistence")
class ReviewApiResourceTest {

    @Test
    void scoreAndLoadArePresentAsNullBeforeTheyAreKnown() {
        // FAILED before any check ran: no score and no load figures, which the README still shows as keys.
        long id = TestReviews.storedFailed(TestReviews.DEAD_ENDPOINT, "stopped before the first check");
        Map<String, Object> body = given().auth().preemptive().basic(TestUsers.hiringManager(), TestUsers.PASSWORD)
                .get("/api/reviews/" + id).then().statusCode(200).extract().jsonPath().getMap("$");
        assertThat(body).containsKeys("id", "endpoint", "status", "progress", "score", "checks", "load");
        assertThat(body.get("score")).isNull();
        assertThat(body.get("load")).isNull();
    }

    @Test
    void refusedTargetIs422WithAReasonAPersonUnderstands() {
        given().auth().preemptive().basic(TestUsers.hiringManager(), TestUsers.PASSWORD).contentType(ContentType.JSON)
                .body("{\"endpoint\": \"http://169.254.169.254/latest/meta-data/\"}")
                .post("/api/reviews").then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("169.254.169.254 is a cloud metadata address"))
                .body("errors.field", hasItem("endpoint"));
    }

    @Test
    void nonHttpTargetIs422() {
        given().auth().preemptive().basic(TestUsers.hiringManager(), TestUsers.PASSWORD).contentType(ContentType.JSON)
                .body("{\"endpoint\": \"file:///etc/passwd\"}")
                .post("/api/reviews").then().statusCode(422).body("detail", containsString("http"));
    }

    @Test
    void missingEndpointIs400NamingTheField() {
        given().auth().preemptive().basic(TestUsers.hiringManager(), TestUsers.PASSWORD).contentType(ContentType.JSON)
                .body("{\"label\": \"x\"}")
                .post("/api/reviews").then().statusCode(400).body("errors.field", hasItem("endpoint"));
    }

    @Test
    void leaderMayNotStartReviewsAndAnonymousIs401() {
        given().auth().preemptive().basic(TestUsers.leader(), TestUsers.PASSWORD).contentType(ContentType.JSON)
                .body("{\"endpoint\": \"http://127.0.0.1:1/x\"}").post("/api/reviews").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"endpoint\": \"http://127.0.0.1:1/x\"}")
                .post("/api/reviews").then().statusCode(401);
    }

    @Test
    void someoneElsesReviewIs404() {
        int id = given().auth().preemptive().basic(TestUsers.hiringManager(), TestUsers.PASSWORD).contentType(ContentType.JSON)
                .body("{\"endpoint\": \"http://127.0.0.1:9/nothing-listens\"}")
                .post("/api/reviews").then().statusCode(202).header("Location", containsString("/api/reviews/"))
                .body("status", equalTo("QUEUED")).extract().path("id");
        String other = TestUsers.ensure("other-hm@test.gofit", dev.gofit.account.Role.HIRING_MANAGER);
        given().auth().preemptive().basic(other, TestUsers.PASSWORD).get("/api/reviews/" + id).then().statusCode(404);
        given().auth().preemptive().basic(TestUsers.admin(), TestUsers.PASSWORD).get("/api/reviews/" + id)
                .then().statusCode(200).body("id", equalTo(id));
    }
}
