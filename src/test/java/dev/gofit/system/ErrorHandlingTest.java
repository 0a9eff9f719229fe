package dev.gofit.system;

import dev.gofit.support.FormSession;
import dev.gofit.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** No stack trace or internal detail ever reaches a user; errors carry an id to quote. */
@QuarkusTest
class ErrorHandlingTest {

    private static void assertNothingInternal(String body) {
        assertThat(body).doesNotContain("secret internal detail", "Exception", "\tat ", "dev.gofit.", "jdbc:");
    }

    @Test
    void unexpectedApiErrorIsA500ProblemWithAnErrorId() {
        Response response = given().auth().preemptive().basic(TestUsers.leader(), TestUsers.PASSWORD)
                .get("/api/test-failure");
        response.then().statusCode(500).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(500)).body("title", equalTo("Internal Server Error"));
        assertThat(response.jsonPath().getString("detail")).matches(".*\\(error id [0-9a-f]{8}\\).*");
        assertNothingInternal(response.asString());
    }

    @Test
    void unexpectedPageErrorIsAFriendlyPageWithAnErrorId() {
        Response response = FormSession.login(TestUsers.leader()).get("/test-failure");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.contentType()).startsWith("text/html");
        var page = Jsoup.parse(response.asString());
        assertThat(page.select("h1").text()).isEqualTo("500 · Internal Server Error");
        assertThat(page.select("main p").first().text()).matches(".*error id [0-9a-f]{8}.*");
        assertThat(page.select("header.site")).hasSize(1);
        assertNothingInternal(response.asString());
    }

    @Test
    void malformedJsonIs400ProblemWithAFieldList() {
        Response response = given().auth().preemptive().basic(TestUsers.admin(), TestUsers.PASSWORD)
                .contentType("application/json").body("{\"email\": \"a@b.c\", \"displayName\": ")
                .post("/api/users");
        response.then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400)).body("errors[0].field", equalTo("body"))
                .body("errors[0].message", equalTo("The body is not valid JSON."));
        assertNothingInternal(response.asString());
    }

    @Test
    void wronglyTypedJsonFieldIs400NamingTheField() {
        given().auth().preemptive().basic(TestUsers.admin(), TestUsers.PASSWORD)
                .contentType("application/json").body("{\"email\": \"a@b.c\", \"roles\": {\"x\": 1}}")
                .post("/api/users").then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("roles"));
    }

    @Test
    void unknownApiPathIs404Problem() {
        given().auth().preemptive().basic(TestUsers.leader(), TestUsers.PASSWORD).get("/api/no-such-thing")
                .then().statusCode(404).contentType(startsWith("application/problem+json")).body("status", equalTo(404));
    }

    @Test
    void unknownPageIsAFriendly404ForASignedInUser() {
        Response response = FormSession.login(TestUsers.leader()).get("/no-such-page");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(response.asString()).select("h1").text()).isEqualTo("404 · Not Found");
    }

    @Test
    void wrongMethodIs405Problem() {
        given().auth().preemptive().basic(TestUsers.leader(), TestUsers.PASSWORD).delete("/api/me")
                .then().statusCode(405).contentType(startsWith("application/problem+json"));
    }
}
