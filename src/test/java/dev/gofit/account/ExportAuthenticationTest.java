package dev.gofit.account;

import dev.gofit.support.FormSession;
import dev.gofit.support.TestChecklists;
import dev.gofit.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

/**
 * The export files the README lists are fetched by scripts with HTTP Basic at their page paths, and by
 * browsers with the login session; nobody else gets them.
 */
@QuarkusTest
@Tag("persistence")
class ExportAuthenticationTest {

    long decision;
    long checklist;
    long pilot;

    static RequestSpecification basic(String email) {
        return RestAssured.given().redirects().follow(false).auth().preemptive().basic(email, TestUsers.PASSWORD);
    }

    @BeforeEach
    void createDocuments() {
        decision = basic(TestUsers.leader()).contentType(ContentType.JSON)
                .body("{\"title\": \"Export gateway\", \"answers\": {\"concurrency\": true, \"ioPerformance\": true, "
                        + "\"simpleDeployment\": false, \"servicesOrTooling\": true}, "
                        + "\"cautions\": {\"mlPrototyping\": false, \"lowLevelMemoryControl\": false}}")
                .post("/api/decisions").then().statusCode(201).extract().jsonPath().getLong("id");
        checklist = TestChecklists.create(TestUsers.hiringManager(), "Export engineer");
        pilot = basic(TestUsers.leader()).contentType(ContentType.JSON)
                .body(Map.of("decisionId", decision, "service", "Export API", "startDate", "2026-12-07"))
                .post("/api/pilots").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void scriptsFetchEveryExportWithBasic() {
        basic(TestUsers.leader()).get("/decisions/" + decision + "/adr.md").then().statusCode(200)
                .contentType(startsWith("text/markdown")).body(containsString("Export gateway"));
        basic(TestUsers.hiringManager()).get("/checklists/" + checklist + "/export.md").then().statusCode(200)
                .contentType(startsWith("text/markdown")).body(containsString("Export engineer"));
        basic(TestUsers.hiringManager()).get("/checklists/" + checklist + "/export.csv").then().statusCode(200)
                .contentType(startsWith("text/csv"));
        byte[] pdf = basic(TestUsers.hiringManager()).get("/checklists/" + checklist + "/export.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        basic(TestUsers.leader()).get("/pilots/" + pilot + "/export.md").then().statusCode(200)
                .contentType(startsWith("text/markdown")).body(containsString("Export API"));
        basic(TestUsers.leader()).get("/pilots/" + pilot + "/export.pdf").then().statusCode(200)
                .contentType("application/pdf");
    }

    @Test
    void theLoginSessionStillWorksOnTheSamePaths() {
        FormSession leader = FormSession.login(TestUsers.leader());
        leader.given().get("/decisions/" + decision + "/adr.md").then().statusCode(200)
                .contentType(startsWith("text/markdown"));
        leader.given().get("/pilots/" + pilot + "/export.md").then().statusCode(200);
        FormSession hm = FormSession.login(TestUsers.hiringManager());
        hm.given().get("/checklists/" + checklist + "/export.csv").then().statusCode(200)
                .contentType(startsWith("text/csv"));
    }

    @Test
    void withoutCredentialsTheExportsAreRefused() {
        for (String path : new String[] {"/decisions/" + decision + "/adr.md", "/checklists/" + checklist + "/export.md",
                "/pilots/" + pilot + "/export.pdf"}) {
            // A script is challenged for Basic; a logged-out browser is sent to the login page.
            RestAssured.given().redirects().follow(false).get(path).then().statusCode(401)
                    .header("WWW-Authenticate", startsWith("Basic"));
            RestAssured.given().redirects().follow(false).accept("text/html,application/xhtml+xml,*/*;q=0.8").get(path)
                    .then().statusCode(302).header("Location", endsWith("/login"));
        }
        RestAssured.given().redirects().follow(false).auth().preemptive().basic(TestUsers.leader(), "wrong password")
                .get("/decisions/" + decision + "/adr.md").then().statusCode(anyOf(is(401), is(302)));
    }

    @Test
    void aWrongRoleIs403() {
        basic(TestUsers.leader()).get("/checklists/" + checklist + "/export.md").then().statusCode(403);
        // Hiring managers read the shared decision log (issue 10); interviewers have no access to decisions.
        basic(TestUsers.ensure("interviewer-adr@test.gofit", Role.INTERVIEWER)).get("/decisions/" + decision + "/adr.md")
                .then().statusCode(403);
        basic(TestUsers.hiringManager()).get("/pilots/" + pilot + "/export.md").then().statusCode(403);
    }

    @Test
    void basicStaysOutOfOtherPages() {
        // Only the export files accept Basic; the pages themselves still want the login form.
        basic(TestUsers.leader()).accept("text/html").get("/decisions/" + decision).then().statusCode(302);
    }

    @Test
    void theAdrIsAlsoInTheJsonApi() {
        basic(TestUsers.leader()).get("/api/decisions/" + decision + "/adr.md").then().statusCode(200)
                .contentType(startsWith("text/markdown")).body(containsString("Export gateway"));
        // A colleague reads it from the shared log; an unknown decision is a problem document.
        String someoneElse = TestUsers.ensure("other-leader-adr@test.gofit", Role.LEADER);
        basic(someoneElse).get("/api/decisions/" + decision + "/adr.md").then().statusCode(200);
        basic(someoneElse).get("/api/decisions/999999/adr.md").then().statusCode(404)
                .contentType("application/problem+json");
        RestAssured.given().get("/api/decisions/" + decision + "/adr.md").then().statusCode(401);
        RestAssured.given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/decisions/{id}/adr.md'.get.responses.'200'.description", equalTo("The ADR as text/markdown"));
    }
}
