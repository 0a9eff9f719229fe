package dev.gofit.hiring;

import dev.gofit.support.FormSession;
import dev.gofit.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 10: a hiring manager starts a checklist from any decision in the shared log, a colleague's included. */
@QuarkusTest
class ChecklistFromDecisionTest {

    @Test
    void aColleaguesDecisionOpensTheBuilder() {
        long decision = given().auth().preemptive().basic(TestUsers.leader(), TestUsers.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("title", "Colleague's gateway",
                        "answers", Map.of("concurrency", true, "ioPerformance", true, "simpleDeployment", false,
                                "servicesOrTooling", true),
                        "cautions", Map.of("mlPrototyping", false, "lowLevelMemoryControl", false)))
                .post("/api/decisions").then().statusCode(201).extract().jsonPath().getLong("id");
        String page = FormSession.login(TestUsers.hiringManager()).get("/hiring/checklists/new?decision=" + decision)
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("Colleague's gateway");
        given().auth().preemptive().basic(TestUsers.hiringManager(), TestUsers.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("role", "From a colleague", "decisionId", decision)).post("/api/checklists")
                .then().statusCode(201);
    }
}
