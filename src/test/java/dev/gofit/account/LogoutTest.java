package dev.gofit.account;

import dev.gofit.support.FormSession;
import dev.gofit.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Logout ends the session on the server: a cookie copied before logout opens nothing afterwards. */
@QuarkusTest
class LogoutTest {

    @Test
    void cookieCopiedBeforeLogoutNoLongerOpensDecisions() {
        String email = TestUsers.ensure("logout@test.gofit", Role.LEADER);
        FormSession session = FormSession.login(email);
        session.get("/decisions").then().statusCode(200);
        Map<String, String> copied = new HashMap<>(session.cookies());

        session.postForm("/logout", Map.of()).then().statusCode(303);

        int status = RestAssured.given().redirects().follow(false).cookies(copied).accept("text/html")
                .get("/decisions").statusCode();
        assertThat(status).as("the copied session cookie after logout").isIn(302, 303, 401);
        // Logging in again works, and the new session opens the page.
        FormSession.login(email).get("/decisions").then().statusCode(200);
    }
}
