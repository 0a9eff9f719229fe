package dev.gofit.account;

import dev.gofit.support.FormSession;
import dev.gofit.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class LoginTest {

    @Test
    void homePageIsPublicAndExplainsTheThreeJourneys() {
        given().accept("text/html").get("/").then().statusCode(200)
                .body(containsString("Decide"), containsString("Hire"), containsString("Prove"));
    }

    @Test
    void anonymousApiCallIs401ProblemJson() {
        given().get("/api/me").then().statusCode(401);
    }

    @Test
    void basicAuthReachesTheApi() {
        String email = TestUsers.leader();
        given().auth().preemptive().basic(email, TestUsers.PASSWORD).get("/api/me")
                .then().statusCode(200).body("email", equalTo(email)).body("roles", hasItem("LEADER"));
    }

    @Test
    void wrongPasswordIs401() {
        given().auth().preemptive().basic(TestUsers.hiringManager(), "nope").get("/api/me").then().statusCode(401);
    }

    @Test
    void formLoginGivesASessionForPages() {
        FormSession session = FormSession.login(TestUsers.leader());
        session.get("/").then().statusCode(200).body(containsString("Log out"));
    }

    @Test
    void anonymousPageRequestRedirectsToLogin() {
        given().redirects().follow(false).accept("text/html").get("/admin/users")
                .then().statusCode(302).header("Location", containsString("/login"));
    }

    @Test
    void securityHeadersOnHtml() {
        given().get("/login").then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", startsWith("same-origin"));
    }
}
