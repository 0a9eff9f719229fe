package dev.gofit.account;

import dev.gofit.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** /api/users: the same user administration for scripts, with problem documents for errors. */
@QuarkusTest
class UserApiResourceTest {

    private static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic(TestUsers.admin(), TestUsers.PASSWORD).contentType("application/json");
    }

    private static String uniqueEmail() {
        return "api-" + UUID.randomUUID().toString().substring(0, 8) + "@test.gofit";
    }

    @Test
    void createsAUserAndAnswers201WithLocation() {
        String email = uniqueEmail();
        int id = asAdmin().body(Map.of("email", email, "displayName", "Ada", "roles", new String[]{"HIRING_MANAGER"},
                        "password", TestUsers.PASSWORD))
                .post("/api/users").then().statusCode(201)
                .header("Location", matchesPattern(".*/api/users/\\d+"))
                .body("email", equalTo(email)).body("roles", contains("HIRING_MANAGER")).body("enabled", equalTo(true))
                .body("$", not(org.hamcrest.Matchers.hasKey("passwordHash")))
                .extract().path("id");
        asAdmin().get("/api/users/" + id).then().statusCode(200).body("displayName", equalTo("Ada"));
        asAdmin().get("/api/users").then().statusCode(200).body("email", hasItem(email));
    }

    @Test
    void invalidUserIs400WithEveryWrongFieldNamed() {
        asAdmin().body(Map.of("email", "nope", "displayName", "", "roles", new String[0], "password", "short"))
                .post("/api/users").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body("errors.field", contains("displayName", "email", "password", "roles"))
                .body("detail", containsString("cannot be added"));
    }

    @Test
    void unknownRoleIs400NamingTheField() {
        asAdmin().body("{\"email\":\"" + uniqueEmail() + "\",\"displayName\":\"X\",\"roles\":[\"BOSS\"],\"password\":\"long enough pw\"}")
                .post("/api/users").then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", startsWith("roles"));
    }

    @Test
    void duplicateEmailIs400OnTheEmailField() {
        asAdmin().body(Map.of("email", TestUsers.leader(), "displayName", "Dup", "roles", new String[]{"LEADER"},
                        "password", TestUsers.PASSWORD))
                .post("/api/users").then().statusCode(400).body("errors[0].field", equalTo("email"));
    }

    @Test
    void disableAndEnableThroughTheApi() {
        String email = TestUsers.ensure(uniqueEmail(), Role.LEADER);
        int id = asAdmin().get("/api/users").then().extract().path("find { it.email == '" + email + "' }.id");
        asAdmin().post("/api/users/" + id + "/disable").then().statusCode(200).body("enabled", equalTo(false));
        given().auth().preemptive().basic(email, TestUsers.PASSWORD).get("/api/me").then().statusCode(401);
        asAdmin().post("/api/users/" + id + "/enable").then().statusCode(200).body("enabled", equalTo(true));
        given().auth().preemptive().basic(email, TestUsers.PASSWORD).get("/api/me").then().statusCode(200);
    }

    @Test
    void disablingYourselfIs409() {
        int me = asAdmin().get("/api/me").then().extract().path("id");
        asAdmin().post("/api/users/" + me + "/disable").then().statusCode(409)
                .contentType(startsWith("application/problem+json")).body("detail", containsString("your own account"));
    }

    @Test
    void unknownUserIs404Problem() {
        asAdmin().get("/api/users/999999").then().statusCode(404).contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("user 999999 does not exist."));
    }
}
