package dev.gofit.support;

import io.restassured.http.ContentType;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Creates real hiring checklists through the JSON API, for tests that need an id a user may see. */
public final class TestChecklists {

    private TestChecklists() {
    }

    /** A checklist owned by {@code email} (a hiring manager or admin); returns its id. */
    public static long create(String email, String role) {
        return given().auth().preemptive().basic(email, TestUsers.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("role", role, "skills", List.of("concurrency", "testing")))
                .post("/api/checklists").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A checklist from a full API body ({@code role}, {@code skills}, {@code custom}, …); returns its id. */
    public static long create(String email, Map<String, ?> body) {
        return TestUsers.api(email).body(body).post("/api/checklists").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
