package dev.gofit.pilot;

import dev.gofit.decision.DecisionStatus;
import dev.gofit.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@Tag("persistence")
class PilotApiResourceTest {

    @TestHTTPResource("/q/health/ready")
    URL readiness;

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, TestUsers.PASSWORD).contentType("application/json");
    }

    /** Polls the run until it has ended (it runs in the background) and answers its last state. */
    private static io.restassured.response.ValidatableResponse awaitRun(String user, int pilot, int run) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() ->
                List.of("DONE", "FAILED").contains(as(user).get("/api/pilots/" + pilot + "/measurements/" + run)
                        .then().statusCode(200).extract().<String>path("status")));
        return as(user).get("/api/pilots/" + pilot + "/measurements/" + run).then().statusCode(200);
    }

    @Test
    void createsAPilotFromADecisionWithTenWorkingDaysAndMetrics() {
        String leader = TestUsers.leader();
        long decision = PilotFixtures.decision(leader, "Payments gateway", true, true, false, true);
        as(leader).body(Map.of("decisionId", decision, "service", "Payment authorization API", "startDate", "2026-12-07"))
                .post("/api/pilots").then().statusCode(201)
                .header("Location", containsString("/api/pilots/"))
                .body("id", notNullValue())
                .body("decisionId", equalTo((int) decision))
                .body("days", hasSize(10))
                .body("days[0].date", equalTo("2026-12-07"))
                .body("days[4].kind", equalTo("checkpoint"))
                .body("days[9].date", equalTo("2026-12-18"))
                .body("days[9].focus", startsWith("Go / no-go meeting"))
                .body("metrics", hasSize(8))
                .body("metrics[0].name", equalTo("p95 latency"))
                .body("metrics[0].target", equalTo(60.0f))
                .body("metrics[0].minimum", equalTo(150.0f))
                .body("metrics[0].baseline", equalTo(250.0f))
                .body("hypothesis", startsWith("If we build Payment authorization API in Go"))
                .body("risks.risk", hasItem(containsString("goroutines")));
    }

    @Test
    void badFieldsAre400WithEachFieldNamed() {
        as(TestUsers.leader()).body(Map.of("service", "", "startDate", "31/12/2026",
                        "metrics", List.of(Map.of("key", "p95-latency", "minimum", 200))))
                .post("/api/pilots").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("service", "startDate", "metrics[0].target"))
                .body("errors.find { it.field == 'startDate' }.message", startsWith("\"31/12/2026\" is not a date"));
    }

    @Test
    void anUnknownDecisionIs404() {
        as(TestUsers.leader()).body(Map.of("decisionId", 987654, "service", "X", "startDate", "2026-12-07"))
                .post("/api/pilots").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void metricOverridesReplaceTheDraftedTargets() {
        as(TestUsers.leader()).body(Map.of("service", "Search", "startDate", "2026-12-07",
                        "metrics", List.of(Map.of("key", "p95-latency", "minimum", 90, "target", 45))))
                .post("/api/pilots").then().statusCode(201)
                .body("metrics[0].minimum", equalTo(90.0f)).body("metrics[0].target", equalTo(45.0f));
    }

    @Test
    void aRefusedEndpointIs422WithTheReason() {
        String leader = TestUsers.leader();
        int id = as(leader).body(Map.of("service", "Ledger", "startDate", "2026-12-07")).post("/api/pilots")
                .then().statusCode(201).extract().path("id");
        as(leader).body(Map.of("endpoint", "http://0.0.0.0:9/x")).post("/api/pilots/" + id + "/measurements")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", startsWith("0.0.0.0 is an unspecified"))
                .body("errors[0].field", equalTo("endpoint"));
        as(leader).body(Map.of("endpoint", "gopher://x")).post("/api/pilots/" + id + "/measurements")
                .then().statusCode(422);
        as(leader).body(Map.of("endpoint", "http://127.0.0.1:9/", "method", "DELETE", "concurrency", 0))
                .post("/api/pilots/" + id + "/measurements")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("method", "concurrency"));
    }

    @Test
    void measuresFillsFiguresAndClosesTheDecision() {
        String leader = TestUsers.leader();
        long decision = PilotFixtures.decision(leader, "Gateway", true, false, false, false);
        int id = as(leader).body(Map.of("decisionId", decision, "service", "Gateway", "startDate", "2026-12-07"))
                .post("/api/pilots").then().statusCode(201).extract().path("id");
        // Without a concurrency the measurement runs at the charter's N (100 for a "yes" to concurrency).
        int run = as(leader).body(Map.of("endpoint", readiness.toString(), "requests", 40))
                .post("/api/pilots/" + id + "/measurements").then().statusCode(202)
                .header("Location", containsString("/api/pilots/" + id + "/measurements/"))
                .body("status", equalTo("QUEUED")).extract().path("id");
        awaitRun(leader, id, run).body("status", equalTo("DONE")).body("progress", equalTo(100))
                .body("failure", equalTo(null));
        as(leader).get("/api/pilots/" + id).then().statusCode(200)
                .body("latestMeasurement.completed", equalTo(40))
                .body("latestMeasurement.ok", equalTo(40))
                .body("latestMeasurement.concurrency", equalTo(100))
                .body("latestMeasurement.counts", equalTo(true))
                .body("metrics.find { it.key == 'p95-latency' }.actual", notNullValue())
                .body("metrics.find { it.key == 'p95-latency' }.measuredConcurrency", equalTo(100))
                .body("metrics.find { it.key == 'throughput' }.outcome", oneOf("TARGET_MET", "MINIMUM_MET", "MISSED"))
                .body("metrics.find { it.key == 'p95-latency' }.runs", hasSize(1))
                .body("metrics.find { it.key == 'p95-latency' }.runs[0].source", equalTo("MEASURED"));
        as(leader).body(Map.of("memory-footprint", 80, "nope", 1)).put("/api/pilots/" + id + "/figures")
                .then().statusCode(400).body("errors.field", contains("nope"));
        as(leader).body(Map.of("memory-footprint", 200)).put("/api/pilots/" + id + "/figures")
                .then().statusCode(200).body("metrics.find { it.key == 'memory-footprint' }.outcome", equalTo("MINIMUM_MET"));
        as(leader).body(Map.of("outcome", "MAYBE")).post("/api/pilots/" + id + "/outcome").then().statusCode(400);
        as(leader).body(Map.of("outcome", "NO_GO", "reason", "The figures so far are enough.")).post("/api/pilots/" + id + "/outcome")
                .then().statusCode(200).body("outcome", equalTo("NO_GO"));
        assertThat(PilotFixtures.status(decision)).isEqualTo(DecisionStatus.REJECTED);
    }

    @Test
    void closingTwiceNeverFlipsTheDecision() {
        String leader = TestUsers.leader();
        long decision = PilotFixtures.decision(leader, "Notifications", true, true, true, false);
        int id = as(leader).body(Map.of("decisionId", decision, "service", "Notifier", "startDate", "2026-12-07"))
                .post("/api/pilots").then().statusCode(201).extract().path("id");
        as(leader).body(Map.of("outcome", "GO", "reason", "Board decided")).post("/api/pilots/" + id + "/outcome")
                .then().statusCode(200).body("outcome", equalTo("GO"));
        // A retried request is harmless; the opposite outcome is a conflict.
        as(leader).body(Map.of("outcome", "GO")).post("/api/pilots/" + id + "/outcome").then().statusCode(200)
                .body("outcome", equalTo("GO"));
        as(leader).body(Map.of("outcome", "NO_GO")).post("/api/pilots/" + id + "/outcome").then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("detail", startsWith("The pilot is already closed as Go"));
        assertThat(PilotFixtures.status(decision)).isEqualTo(DecisionStatus.ACCEPTED);
        as(leader).get("/api/pilots/" + id).then().body("outcome", equalTo("GO"));
    }

    @Test
    void aDecisionThatIsNotProposedRefusesTheCloseWith409() {
        String leader = TestUsers.leader();
        long decision = PilotFixtures.decision(leader, "Old gateway", true, true, false, false);
        int id = as(leader).body(Map.of("decisionId", decision, "service", "Gateway v2", "startDate", "2026-12-07"))
                .post("/api/pilots").then().statusCode(201).extract().path("id");
        PilotFixtures.setStatus(decision, DecisionStatus.SUPERSEDED);
        as(leader).body(Map.of("outcome", "GO")).post("/api/pilots/" + id + "/outcome").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("The decision \u201cOld gateway\u201d is superseded. Only a proposed decision "
                        + "can be accepted or rejected. Go was not recorded."));
        assertThat(PilotFixtures.status(decision)).isEqualTo(DecisionStatus.SUPERSEDED);
        as(leader).get("/api/pilots/" + id).then().body("outcome", equalTo(null));
    }

    @Test
    void aDecisionAlreadyDecidedTheSameWayLetsThePilotCloseButNotTheOtherWay() {
        String leader = TestUsers.leader();
        long decision = PilotFixtures.decision(leader, "Ledger", true, true, false, false);
        int id = as(leader).body(Map.of("decisionId", decision, "service", "Ledger v2", "startDate", "2026-12-07"))
                .post("/api/pilots").then().statusCode(201).extract().path("id");
        // Accepted on the decision's own page before the pilot ended.
        PilotFixtures.setStatus(decision, DecisionStatus.ACCEPTED);
        as(leader).body(Map.of("outcome", "NO_GO")).post("/api/pilots/" + id + "/outcome").then().statusCode(409);
        as(leader).body(Map.of("outcome", "GO", "reason", "Accepted already")).post("/api/pilots/" + id + "/outcome")
                .then().statusCode(200).body("outcome", equalTo("GO"));
        assertThat(PilotFixtures.status(decision)).isEqualTo(DecisionStatus.ACCEPTED);
    }

    @Test
    void aMeasurementAtAnotherConcurrencyIsRecordedButDoesNotFillTheFigures() {
        String leader = TestUsers.leader();
        int id = as(leader).body(Map.of("service", "Quotes", "startDate", "2026-12-07")).post("/api/pilots")
                .then().statusCode(201).body("concurrency", equalTo(20))
                .body("metrics.find { it.key == 'throughput' }.name", equalTo("Throughput at 20 concurrent requests"))
                .extract().path("id");
        int first = as(leader).body(Map.of("endpoint", readiness.toString(), "concurrency", 5, "requests", 20))
                .post("/api/pilots/" + id + "/measurements").then().statusCode(202).extract().path("id");
        awaitRun(leader, id, first).body("status", equalTo("DONE"));
        as(leader).get("/api/pilots/" + id).then()
                .body("concurrency", equalTo(20))
                .body("latestMeasurement.concurrency", equalTo(5))
                .body("latestMeasurement.ok", equalTo(20))
                .body("latestMeasurement.counts", equalTo(false))
                .body("latestMeasurement.note", startsWith("This measurement ran at 5 concurrent requests, not at the charter's 20"))
                .body("metrics.find { it.key == 'p95-latency' }.actual", equalTo(null))
                .body("metrics.find { it.key == 'throughput' }.outcome", equalTo("NOT_MEASURED"))
                .body("recommendation", equalTo("INCOMPLETE"));
        int second = as(leader).body(Map.of("endpoint", readiness.toString(), "concurrency", 20, "requests", 20))
                .post("/api/pilots/" + id + "/measurements").then().statusCode(202).extract().path("id");
        awaitRun(leader, id, second).body("status", equalTo("DONE"));
        as(leader).get("/api/pilots/" + id).then()
                .body("latestMeasurement.counts", equalTo(true))
                .body("latestMeasurement.note", equalTo(null))
                .body("metrics.find { it.key == 'throughput' }.measuredConcurrency", equalTo(20))
                .body("metrics.find { it.key == 'throughput' }.outcome", oneOf("TARGET_MET", "MINIMUM_MET", "MISSED"));
    }

    @Test
    void pilotsAreTheOwnersAndNeedTheLeaderRole() {
        String leader = TestUsers.leader();
        int id = as(leader).body(Map.of("service", "Mine", "startDate", "2026-12-07")).post("/api/pilots")
                .then().statusCode(201).extract().path("id");
        as(TestUsers.admin()).get("/api/pilots/" + id).then().statusCode(404);
        as(TestUsers.hiringManager()).get("/api/pilots").then().statusCode(403);
        given().get("/api/pilots").then().statusCode(401);
        as(leader).get("/api/pilots").then().statusCode(200).body("id", hasItem(id));
    }
}
