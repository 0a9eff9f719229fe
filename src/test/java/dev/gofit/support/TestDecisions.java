package dev.gofit.support;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Creates decisions through the JSON API for tests of the decision log, sharing, comments and what builds on them. */
public final class TestDecisions {

    private TestDecisions() {
    }

    /** Three "yes" (I/O performance among them), no caution: Go is a top contender. */
    public static String payments(String title) {
        return """
                {"title": "%s",
                 "answers":  {"concurrency": true, "ioPerformance": true, "simpleDeployment": false, "servicesOrTooling": true},
                 "cautions": {"mlPrototyping": false, "lowLevelMemoryControl": false}}""".formatted(title);
    }

    /** An API call as a staff member (HTTP Basic, password {@link TestUsers#PASSWORD}). */
    public static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, TestUsers.PASSWORD);
    }

    /** Creates a decision from a JSON body as {@code email}; returns its id. */
    public static long create(String email, String json) {
        return as(email).contentType(ContentType.JSON).body(json).post("/api/decisions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Creates a decision like {@link #payments(String)}; returns its id. */
    public static long createPayments(String email, String title) {
        return create(email, payments(title));
    }
}
