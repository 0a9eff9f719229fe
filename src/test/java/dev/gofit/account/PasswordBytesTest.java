package dev.gofit.account;

import dev.gofit.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * bcrypt reads only the first 72 bytes of a password: 72 × "ä" (144 bytes in UTF-8) would match every
 * password sharing its first 36 characters. Passwords are limited to 72 UTF-8 bytes where they are set.
 */
@QuarkusTest
class PasswordBytesTest {

    private static final String UMLAUTS_72 = "ä".repeat(72);
    private static final String UMLAUTS_36 = "ä".repeat(36);

    private static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic(TestUsers.admin(), TestUsers.PASSWORD).contentType("application/json");
    }

    private static String uniqueEmail() {
        return "bytes-" + UUID.randomUUID().toString().substring(0, 8) + "@test.gofit";
    }

    @Test
    void aPasswordOfMoreThan72BytesIsRefusedWhenAnAccountIsAdded() {
        asAdmin().body(Map.of("email", uniqueEmail(), "displayName", "Ümit", "roles", new String[]{"LEADER"},
                        "password", UMLAUTS_72))
                .post("/api/users").then().statusCode(400)
                .body("errors.field", hasItem("password"))
                .body("errors.find { it.field == 'password' }.message", containsString("72 bytes"));
    }

    @Test
    void aPasswordOfMoreThan72BytesIsRefusedWhenAnAdminSetsIt() {
        int id = asAdmin().body(Map.of("email", uniqueEmail(), "displayName", "Åsa", "roles", new String[]{"LEADER"},
                        "password", TestUsers.PASSWORD))
                .post("/api/users").then().statusCode(201).extract().path("id");
        asAdmin().body(Map.of("password", UMLAUTS_72)).post("/api/users/" + id + "/password").then().statusCode(400)
                .body("errors[0].field", equalTo("password"))
                .body("errors[0].message", containsString("72 bytes"));
    }

    @Test
    void exactly72BytesIsAcceptedAndLogsIn() {
        String email = uniqueEmail();
        asAdmin().body(Map.of("email", email, "displayName", "Ørjan", "roles", new String[]{"LEADER"},
                        "password", UMLAUTS_36))
                .post("/api/users").then().statusCode(201);
        String basic = java.util.Base64.getEncoder().encodeToString(
                (email + ":" + UMLAUTS_36).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        given().header("Authorization", "Basic " + basic).get("/api/me").then().statusCode(200)
                .body("email", equalTo(email));
    }
}
