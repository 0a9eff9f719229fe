package dev.gofit.system;

import dev.gofit.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** The API reads JSON as written: what Jackson would silently coerce is a 400 naming the field. */
@QuarkusTest
class StrictJsonTest {

    private static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic(TestUsers.admin(), TestUsers.PASSWORD).contentType("application/json");
    }

    private static String user(String email, String extra) {
        return "{\"email\":" + email + ",\"displayName\":\"Strict\",\"roles\":[\"LEADER\"],\"password\":\"long enough pw\"" + extra + "}";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown field            | \"strict-a@test.gofit\" | ,\"isAdmin\":true                 | isAdmin",
            "number for a string      | 12345                    | ''                                | email",
            "NUL byte in text         | \"strict\\u0000b@test.gofit\" | ''                          | email",
            "enum by its index        | \"strict-c@test.gofit\" | ,\"roles\":[0]                    | roles[0]",
    })
    void coercionsAre400sNamingTheField(String name, String email, String extra, String field) {
        String body = extra.contains("\"roles\"")
                ? user(email, "").replace("\"roles\":[\"LEADER\"]", extra.substring(1))
                : user(email, extra);
        asAdmin().body(body).post("/api/users").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "trailing garbage | {\"status\":\"ACCEPTED\"} x",
            "two documents    | {\"status\":\"ACCEPTED\"}{}",
    })
    void trailingGarbageIs400(String name, String body) {
        asAdmin().body(body).post("/api/decisions/1/status").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "fraction for an integer | 1.5",
            "string for an integer   | \"7\"",
    })
    void numbersAreNumbers(String name, String value) {
        asAdmin().body("{\"decisionId\": " + value + ", \"service\": \"Strict\", \"startDate\": \"2026-12-07\"}")
                .post("/api/pilots").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("decisionId"));
    }
}
