package dev.gofit.pilot;

import dev.gofit.decision.DecisionConfirmation;
import dev.gofit.decision.DecisionStatus;
import dev.gofit.support.FormSession;
import dev.gofit.support.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Issue 17: targets from the decision's evidence, background runs, the close rules, schedule and archive. */
@QuarkusTest
class PilotGoNoGoTest {

    @TestHTTPResource("/q/health/ready")
    URL readiness;

    @Inject
    PilotMeasuring measuring;

    @Inject
    PilotSchedule schedule;

    @Inject
    PilotClock clock;

    @Inject
    DecisionConfirmation confirmation;

    @AfterEach
    void systemClock() {
        clock.use(null);
    }

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, TestUsers.PASSWORD).contentType("application/json");
    }

    private static int pilot(String leader, Long decision, String service) {
        Map<String, Object> body = decision == null ? Map.of("service", service, "startDate", "2026-12-07")
                : Map.of("decisionId", decision, "service", service, "startDate", "2026-12-07");
        return as(leader).body(body).post("/api/pilots").then().statusCode(201).extract().path("id");
    }

    private static String awaitEnd(String user, int pilot, int run) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> List.of("DONE", "FAILED").contains(
                as(user).get("/api/pilots/" + pilot + "/measurements/" + run).then().extract().<String>path("status")));
        return as(user).get("/api/pilots/" + pilot + "/measurements/" + run).then().extract().path("status");
    }

    @Test
    void theDecisionsEvidenceBecomesTheTargetsAndSaysWhere() {
        String leader = TestUsers.leader();
        long decision = PilotFixtures.decision(leader, "Quotes gateway", true, true, false, false);
        PilotFixtures.note(decision, "ioPerformance", "p95 under 50 ms at 1,000 concurrent requests");
        PilotFixtures.note(decision, "concurrency", "We hold 10k concurrent connections; memory under 256 MB per pod.");
        as(leader).body(Map.of("decisionId", decision, "service", "Quotes", "startDate", "2026-12-07"))
                .post("/api/pilots").then().statusCode(201)
                .body("metrics.find { it.key == 'p95-latency' }.target", equalTo(50.0f))
                .body("metrics.find { it.key == 'p95-latency' }.origin",
                        equalTo("From the decision's note on I/O performance: \u201cp95 under 50 ms\u201d."))
                .body("metrics.find { it.key == 'memory-footprint' }.target", equalTo(256.0f))
                .body("concurrency", equalTo(200))
                .body("concurrencyOrigin", containsString("10k concurrent connections"))
                .body("concurrencyOrigin", containsString("at most 200 concurrent requests"))
                .body("hypothesis", containsString("under 50 ms"))
                .body("hypothesis", containsString(". We expect this because "));
    }

    @Test
    void anUnreachableEndpointFailsWithItsReasonAndNoFigure() {
        String leader = TestUsers.leader();
        int id = pilot(leader, null, "Unreachable");
        int run = as(leader).body(Map.of("endpoint", "http://127.0.0.1:1/", "requests", 5))
                .post("/api/pilots/" + id + "/measurements").then().statusCode(202)
                .body("status", equalTo("QUEUED")).extract().path("id");
        assertThat(awaitEnd(leader, id, run)).isEqualTo("FAILED");
        as(leader).get("/api/pilots/" + id + "/measurements/" + run).then()
                .body("failure", startsWith("No successful answer from the endpoint"))
                .body("progress", equalTo(100));
        as(leader).get("/api/pilots/" + id).then()
                .body("metrics.find { it.key == 'p95-latency' }.actual", equalTo(null))
                .body("metrics.find { it.key == 'p95-latency' }.runs.size()", equalTo(0))
                .body("latestMeasurement", equalTo(null));
        as(TestUsers.admin()).get("/api/pilots/" + id + "/measurements/" + run).then().statusCode(404);
    }

    @Test
    void aRunInterruptedByARestartIsRunAgainOnceThenFailedNeverStuck() {
        String leader = TestUsers.leader();
        int id = pilot(leader, null, "Restarted");
        Instant now = Instant.now();
        long once = interrupted(id, 1, now.minusSeconds(5));
        long twice = interrupted(id, 2, now.minusSeconds(5));
        long heldElsewhere = interrupted(id, 1, now.plusSeconds(60));

        List<Long> queued = measuring.recover();
        assertThat(queued).contains(once).doesNotContain(twice, heldElsewhere);
        assertThat(status(twice)).isEqualTo(PilotRun.Status.FAILED);
        as(leader).get("/api/pilots/" + id + "/measurements/" + twice).then()
                .body("status", equalTo("FAILED")).body("failure", equalTo(PilotMeasuring.INTERRUPTED_TWICE));
        assertThat(status(heldElsewhere)).isEqualTo(PilotRun.Status.RUNNING);

        measuring.sweep();
        assertThat(awaitEnd(leader, id, (int) once)).isEqualTo("DONE");
        as(leader).get("/api/pilots/" + id).then()
                .body("metrics.find { it.key == 'p95-latency' }.runs[0].source", equalTo("MEASURED"));
    }

    @Test
    void oneConditionalUpdateLetsOnlyOneWorkerClaimARun() {
        String leader = TestUsers.leader();
        int id = pilot(leader, null, "Claimed");
        long run = QuarkusTransaction.requiringNew().call(() -> {
            PilotRun r = newRun(id, PilotRun.Status.QUEUED, 0, null);
            return r.id;
        });
        assertThat(measuring.claim(run)).isTrue();
        assertThat(measuring.claim(run)).isFalse();
        QuarkusTransaction.requiringNew().run(() -> PilotRun.<PilotRun>findById(run).delete());
    }

    @Test
    void theScheduleMeasuresOnceADayAtTheOwnersHourOnWorkingDaysOnly() {
        String leader = TestUsers.leader();
        int id = pilot(leader, null, "Scheduled");
        QuarkusTransaction.requiringNew().run(() -> {
            Pilot p = Pilot.findById((long) id);
            p.endpoint = readiness.toString();
            p.scheduleHour = 9;
            p.loadRequests = 5;
        });
        // Tuesday of the pilot's first week, before and after 9:00 (the clock's zone, UTC).
        clock.use(Clock.fixed(Instant.parse("2026-12-08T08:59:00Z"), ZoneOffset.UTC));
        assertThat(schedule.due()).doesNotContain((long) id);
        clock.use(Clock.fixed(Instant.parse("2026-12-08T09:00:00Z"), ZoneOffset.UTC));
        assertThat(schedule.due()).contains((long) id);
        schedule.tick();
        assertThat(schedule.due()).doesNotContain((long) id);
        // Saturday: no working day of the pilot.
        clock.use(Clock.fixed(Instant.parse("2026-12-12T10:00:00Z"), ZoneOffset.UTC));
        assertThat(schedule.due()).doesNotContain((long) id);
        // Monday of week two.
        clock.use(Clock.fixed(Instant.parse("2026-12-14T11:00:00Z"), ZoneOffset.UTC));
        assertThat(schedule.due()).contains((long) id);
        clock.use(null);
        PilotFixtures.awaitMeasured(id);
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                PilotRun.count("pilot.id = ?1 and trigger = ?2", (long) id, PilotRun.Trigger.SCHEDULED))).isEqualTo(1);
    }

    @Test
    void theOwnerSetsTheDailyHourOnThePageOnceTheEndpointIsKnown() {
        String leader = TestUsers.leader();
        int id = pilot(leader, null, "Hourly");
        FormSession s = FormSession.login(leader);
        var early = s.postForm("/pilots/" + id + "/schedule", Map.of("hour", "9"));
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(early.asString()).contains("Measure the endpoint once first");
        QuarkusTransaction.requiringNew().run(() -> Pilot.<Pilot>findById((long) id).endpoint = readiness.toString());
        assertThat(s.postForm("/pilots/" + id + "/schedule", Map.of("hour", "25")).statusCode()).isEqualTo(400);
        s.postForm("/pilots/" + id + "/schedule", Map.of("hour", "9")).then().statusCode(303);
        as(leader).get("/api/pilots/" + id).then().body("scheduleHour", equalTo(9));
        assertThat(s.get("/pilots/" + id + "?done=scheduled").asString())
                .contains("GoFit measures the endpoint every working day of the pilot at 9:00.");
        s.postForm("/pilots/" + id + "/schedule", Map.of("hour", "")).then().statusCode(303);
        as(leader).get("/api/pilots/" + id).then().body("scheduleHour", equalTo(null));
    }

    @Test
    void closingAgainstTheReadingOrEarlyNeedsAReasonThatTheAdrQuotes() {
        String leader = TestUsers.leader();
        long decision = PilotFixtures.decision(leader, "Pricing", true, false, false, false);
        int id = pilot(leader, decision, "Pricing API");
        as(leader).body(Map.of("outcome", "GO")).post("/api/pilots/" + id + "/outcome").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", startsWith("A written reason is needed to close as Go: "))
                .body("detail", containsString("8 of 8 metrics have no figure that counts"));
        as(leader).get("/api/pilots/" + id).then().body("outcome", equalTo(null))
                .body("recommendation", equalTo("INCOMPLETE"))
                .body("recommendationReasons[0]", equalTo("p95 latency has no figure yet."));
        assertThat(PilotFixtures.status(decision)).isEqualTo(DecisionStatus.PROPOSED);
        as(leader).body(Map.of("outcome", "GO", "reason", "The CFO needs the answer this week."))
                .post("/api/pilots/" + id + "/outcome").then().statusCode(200)
                .body("outcome", equalTo("GO")).body("closeReason", equalTo("The CFO needs the answer this week."));
        assertThat(PilotFixtures.status(decision)).isEqualTo(DecisionStatus.ACCEPTED);
        assertThat(confirmation.confirmationMarkdown(decision)).get().asString()
                .contains("Reason given at the close: The CFO needs the answer this week.").contains("- p95 latency: no figure");
    }

    @Test
    void archivingHidesThePilotAndCanBeUndone() {
        String leader = TestUsers.leader();
        int id = pilot(leader, null, "Old pilot");
        as(TestUsers.admin()).delete("/api/pilots/" + id).then().statusCode(404);
        as(leader).delete("/api/pilots/" + id).then().statusCode(204);
        as(leader).get("/api/pilots/" + id).then().statusCode(404);
        as(leader).delete("/api/pilots/" + id).then().statusCode(404);
        FormSession s = FormSession.login(leader);
        s.postForm("/pilots/" + id + "/restore", Map.of()).then().statusCode(303);
        as(leader).get("/api/pilots/" + id).then().statusCode(200);
        var archived = s.postForm("/pilots/" + id + "/archive", Map.of());
        assertThat(archived.statusCode()).isEqualTo(303);
        assertThat(archived.header("Location")).endsWith("/pilots?archived=" + id);
        assertThat(s.get("/pilots?archived=" + id).asString()).contains("/pilots/" + id + "/restore").contains("Undo");
    }

    @Test
    void checkpointReportsExportAsMarkdownAndPdf() {
        String leader = TestUsers.leader();
        int id = pilot(leader, null, "Reported");
        as(leader).body(Map.of("memory-footprint", 80)).put("/api/pilots/" + id + "/figures").then().statusCode(200);
        FormSession s = FormSession.login(leader);
        String md = s.given().get("/pilots/" + id + "/report-5.md").then().statusCode(200).extract().asString();
        assertThat(md).startsWith("# Checkpoint report: Reported").contains("Recommendation: **INCOMPLETE**")
                .contains("## Open risks");
        byte[] pdf = s.given().get("/pilots/" + id + "/report-10.pdf").then().statusCode(200).extract().asByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        s.given().get("/pilots/" + id + "/report-7.md").then().statusCode(404);
        assertThat(s.given().get("/pilots/" + id + "/checkpoints.ics").then().extract().asString())
                .contains("report-5.pdf");
    }

    private long interrupted(int pilotId, int attempts, Instant leaseUntil) {
        return QuarkusTransaction.requiringNew().call(() -> {
            PilotRun r = newRun(pilotId, PilotRun.Status.RUNNING, attempts, leaseUntil);
            r.leaseOwner = "gofit-gone";
            return r.id;
        });
    }

    private PilotRun newRun(int pilotId, PilotRun.Status status, int attempts, Instant leaseUntil) {
        PilotRun r = new PilotRun();
        r.pilot = Pilot.findById((long) pilotId);
        r.trigger = PilotRun.Trigger.MANUAL;
        r.status = status;
        r.endpoint = readiness.toString();
        r.method = "GET";
        r.concurrency = r.pilot.loadConcurrency;
        r.requests = 5;
        r.attempts = attempts;
        r.leaseUntil = leaseUntil;
        r.requestedAt = Instant.now();
        r.persist();
        return r;
    }

    private static PilotRun.Status status(long run) {
        return QuarkusTransaction.requiringNew().call(() -> PilotRun.<PilotRun>findById(run).status);
    }
}
