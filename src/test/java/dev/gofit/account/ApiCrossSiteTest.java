package dev.gofit.account;

import dev.gofit.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * A page on another site cannot change anything through the API with the browser's stored credentials:
 * state-changing calls take JSON only, and a cross-site browser request is refused (issue 13).
 */
@QuarkusTest
class ApiCrossSiteTest {

    @TestHTTPResource("/")
    URL base;

    private static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic(TestUsers.admin(), TestUsers.PASSWORD);
    }

    private static int newUser() {
        return asAdmin().contentType("application/json")
                .body(Map.of("email", "xsite-" + UUID.randomUUID().toString().substring(0, 8) + "@test.gofit",
                        "displayName", "Xavier", "roles", new String[]{"LEADER"}, "password", TestUsers.PASSWORD))
                .post("/api/users").then().statusCode(201).extract().path("id");
    }

    @Test
    void aTextPlainDisableFromAnotherSiteIsRefused() {
        int id = newUser();
        asAdmin().header("Origin", "https://evil.example").contentType("text/plain").body("x")
                .post("/api/users/" + id + "/disable").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(403), equalTo(415)))
                .contentType(startsWith("application/problem+json"));
        asAdmin().get("/api/users/" + id).then().statusCode(200).body("enabled", equalTo(true));
    }

    @Test
    void aTextPlainBodyIs415EvenWithoutOrigin() {
        int id = newUser();
        asAdmin().contentType("text/plain").body("x").post("/api/users/" + id + "/disable").then().statusCode(415)
                .contentType(startsWith("application/problem+json"));
        asAdmin().contentType("text/plain").body("x").post("/api/users/" + id + "/enable").then().statusCode(415);
        asAdmin().get("/api/users/" + id).then().statusCode(200).body("enabled", equalTo(true));
    }

    @Test
    void aBodylessCallFromAnotherSiteIs403() {
        int id = newUser();
        asAdmin().header("Origin", "https://evil.example").post("/api/users/" + id + "/disable").then().statusCode(403)
                .contentType(startsWith("application/problem+json")).body("detail", org.hamcrest.Matchers.containsString("another site"));
        asAdmin().header("Sec-Fetch-Site", "cross-site").post("/api/users/" + id + "/disable").then().statusCode(403);
        asAdmin().header("Origin", "https://evil.example").delete("/api/checklists/999999").then().statusCode(403);
        asAdmin().get("/api/users/" + id).then().statusCode(200).body("enabled", equalTo(true));
    }

    /** (RestAssured sends a form content type with a bodyless POST unless told otherwise: scripts send JSON or nothing.) */
    @Test
    void theSameOriginAndScriptsGoThrough() {
        int id = newUser();
        String own = base.toString().replaceAll("/$", "");
        asAdmin().contentType("application/json").header("Origin", own).header("Sec-Fetch-Site", "same-origin").post("/api/users/" + id + "/disable")
                .then().statusCode(200).body("enabled", equalTo(false));
        asAdmin().contentType("application/json").post("/api/users/" + id + "/enable").then().statusCode(200).body("enabled", equalTo(true));
        asAdmin().contentType("application/json").post("/api/users/" + id + "/disable").then().statusCode(200);
    }
}
