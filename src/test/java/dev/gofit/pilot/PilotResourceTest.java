package dev.gofit.pilot;

import dev.gofit.support.Ics;
import dev.gofit.account.Role;
import dev.gofit.decision.DecisionConfirmation;
import dev.gofit.decision.DecisionStatus;
import dev.gofit.support.FormSession;
import dev.gofit.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class PilotResourceTest {

    @TestHTTPResource("/q/health/ready")
    URL readiness;

    @Inject
    DecisionConfirmation confirmation;

    private static long idFrom(Response response) {
        String location = response.header("Location");
        assertThat(location).matches(".*/pilots/\\d+/edit\\?drafted=1");
        return Long.parseLong(location.replaceAll(".*/pilots/(\\d+)/edit.*", "$1"));
    }

    private static long scope(FormSession s, String decision, String service) {
        Response created = s.postForm("/pilots", Map.of("decision", decision, "service", service, "owner", "Ana",
                "team", "Payments squad", "startDate", "2026-12-21"));
        assertThat(created.statusCode()).isEqualTo(303);
        return idFrom(created);
    }

    @Test
    void scopingFromADecisionDraftsTheCharterForEditing() {
        String leader = TestUsers.leader();
        long decision = PilotFixtures.decision(leader, "Payments gateway", true, true, false, false);
        FormSession s = FormSession.login(leader);
        Document form = Jsoup.parse(s.get("/pilots/new?decision=" + decision).then().statusCode(200).extract().asString());
        assertThat(form.select("input[name=decision]").attr("value")).isEqualTo(Long.toString(decision));
        assertThat(form.text()).contains("Payments gateway");

        long id = scope(s, Long.toString(decision), "Payment authorization API");
        Document edit = Jsoup.parse(s.get("/pilots/" + id + "/edit").then().statusCode(200).extract().asString());
        assertThat(edit.select("#f-hypothesis").text()).startsWith("If we build Payment authorization API in Go")
                .contains("under 60 ms").contains("at 100 concurrent requests");
        assertThat(edit.select("input[name=focus]")).hasSize(10);
        assertThat(edit.select("label[for=f-focus5]").text()).contains("Checkpoint").contains("Tue 29 Dec 2026");
        assertThat(edit.select("label[for=f-focus10]").text()).contains("Go / no-go").contains("Thu 7 Jan 2027");
        assertThat(edit.select("#t-throughput").attr("value")).isEqualTo("1500");
    }

    @Test
    void badScopeInputIsShownOnTheFormWithTheInputKept() {
        FormSession s = FormSession.login(TestUsers.leader());
        Response r = s.postForm("/pilots", Map.of("decision", "999999", "service", "", "startDate", "next monday"));
        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(r.asString());
        assertThat(page.select("#e-startDate").text()).contains("\"next monday\" is not a date");
        assertThat(page.select("#e-service").text()).isEqualTo("Enter the service to build.");
        assertThat(page.select("#e-decision").text()).contains("Decision 999999 does not exist");
        assertThat(page.select("#f-startDate").attr("value")).isEqualTo("next monday");
    }

    @Test
    void anUnknownDecisionInTheLinkIsNotFound() {
        FormSession s = FormSession.login(TestUsers.leader());
        s.get("/pilots/new?decision=987654").then().statusCode(404);
    }

    @Test
    void someoneElsesPilotIsNotFoundAndHiringManagersAreForbidden() {
        long id = scope(FormSession.login(TestUsers.leader()), "", "Private pilot");
        FormSession other = FormSession.login(TestUsers.ensure("other-leader@test.gofit", Role.LEADER));
        other.get("/pilots/" + id).then().statusCode(404);
        other.given().get("/pilots/" + id + "/export.md").then().statusCode(404);
        FormSession.login(TestUsers.hiringManager()).get("/pilots").then()
                .statusCode(403)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Scope a pilot")));
    }

    @Test
    void aMetricWithoutTargetIsAFormMessageAndNothingIsSaved() {
        FormSession s = FormSession.login(TestUsers.leader());
        long id = scope(s, "", "Inventory sync");
        Map<String, Object> fields = charterFields(s, id);
        @SuppressWarnings("unchecked")
        List<String> targets = new ArrayList<>((List<String>) fields.get("target"));
        targets.set(0, "");
        fields.put("target", targets);
        fields.put("hypothesis", "Edited hypothesis");
        Response r = s.postForm("/pilots/" + id + "/edit", fields);
        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(r.asString());
        assertThat(page.select(".errors").text()).contains("p95 latency: Enter the target.");
        assertThat(page.select("#f-hypothesis").text()).isEqualTo("Edited hypothesis");
        assertThat(Jsoup.parse(s.get("/pilots/" + id).asString()).select(".hypothesis").text())
                .startsWith("If we build Inventory sync");
    }

    @Test
    void editingTheCharterSavesEveryPartAndMovesTheDays() {
        FormSession s = FormSession.login(TestUsers.leader());
        long id = scope(s, "", "Search API");
        Map<String, Object> fields = charterFields(s, id);
        fields.put("startDate", "2027-01-04");
        fields.put("hypothesis", "If we build Search API in Go, p95 stays under 90 ms.");
        @SuppressWarnings("unchecked")
        List<String> targets = new ArrayList<>((List<String>) fields.get("target"));
        targets.set(0, "90");
        fields.put("target", targets);
        fields.put("risk", List.of("Elastic client is immature", ""));
        fields.put("mitigation", List.of("Spike it on day 2", ""));
        s.postForm("/pilots/" + id + "/edit", fields).then().statusCode(303);
        Document page = Jsoup.parse(s.get("/pilots/" + id + "?done=saved").asString());
        assertThat(page.select(".flash").text()).isEqualTo("The charter is saved.");
        assertThat(page.select(".hypothesis").text()).contains("under 90 ms");
        assertThat(page.select(".days li")).hasSize(10);
        assertThat(page.select(".days li").first().text()).contains("Mon 2027-01-04");
        assertThat(page.text()).contains("Elastic client is immature").contains("minimum 200 · target ≤ 90 ms");
    }

    @Test
    void measuringALocalEndpointRecordsP95AndThroughputAgainstTheTargets() {
        String leader = TestUsers.leader();
        long decision = PilotFixtures.decision(leader, "Checkout", true, false, false, false);
        FormSession s = FormSession.login(leader);
        long id = scope(s, Long.toString(decision), "Checkout API");
        // A "yes" to concurrency drafts N = 100, which the form proposes.
        Document before = Jsoup.parse(s.get("/pilots/" + id).asString());
        assertThat(before.select("#f-concurrency").attr("value")).isEqualTo("100");
        Response r = s.postForm("/pilots/" + id + "/measure", Map.of("endpoint", readiness.toString(), "method", "GET",
                "body", "", "contentType", "", "concurrency", "100", "requests", "40"));
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.header("Location")).matches(".*/pilots/" + id + "\\?done=measured&run=\\d+#measure");
        PilotFixtures.awaitMeasured(id);
        Document page = Jsoup.parse(s.get("/pilots/" + id).asString());
        assertThat(page.select("table.load").text()).contains("40 of 40 at 100 concurrent").contains("40 successful");
        assertThat(page.select("#measurement-note")).isEmpty();
        assertThat(page.select(".metric").first().select(".badge").text()).isIn("target met", "minimum met", "missed");
        assertThat(page.select(".metric").first().select(".figures").text()).contains("ms at 100 concurrent");
        assertThat(page.select(".metric svg.metric-chart")).hasSize(8);
        assertThat(page.select(".metric svg text:containsOwn(no figures yet)")).hasSize(6);
        assertThat(confirmation.confirmationMarkdown(decision)).get().asString()
                .contains("Checkout API").contains("40 of 40 requests at 100 concurrent");
    }

    @Test
    void aMeasurementAtAnotherConcurrencyThanTheChartersDoesNotCount() {
        FormSession s = FormSession.login(TestUsers.leader());
        // No decision: the charter's N is the content's default, 20.
        long id = scope(s, "", "Catalog API");
        s.postForm("/pilots/" + id + "/measure", Map.of("endpoint", readiness.toString(), "method", "GET",
                "concurrency", "4", "requests", "20")).then().statusCode(303);
        PilotFixtures.awaitMeasured(id);
        Document page = Jsoup.parse(s.get("/pilots/" + id).asString());
        assertThat(page.select("table.load").text()).contains("20 of 20 at 4 concurrent");
        assertThat(page.select("#measurement-note").text()).isEqualTo("This measurement ran at 4 concurrent requests, "
                + "not at the charter's 20: it does not count toward p95 latency and throughput. Measure at 20, "
                + "or change the charter's concurrency.");
        assertThat(page.select(".metric").first().select(".badge").text()).isEqualTo("not measured yet");
        assertThat(page.select(".metric").get(1).select(".badge").text()).isEqualTo("not measured yet");

        s.postForm("/pilots/" + id + "/measure", Map.of("endpoint", readiness.toString(), "method", "GET",
                "concurrency", "20", "requests", "20")).then().statusCode(303);
        PilotFixtures.awaitMeasured(id);
        page = Jsoup.parse(s.get("/pilots/" + id).asString());
        assertThat(page.select("#measurement-note")).isEmpty();
        assertThat(page.select(".metric").first().select(".figures").text()).contains("ms at 20 concurrent");
        assertThat(page.select(".metric").get(1).select(".badge").text()).isIn("target met", "minimum met", "missed");

        // The charter's N moves to 4: the earlier run at 4 is the one that counts now.
        Map<String, Object> fields = charterFields(s, id);
        fields.put("concurrency", "4");
        s.postForm("/pilots/" + id + "/edit", fields).then().statusCode(303);
        page = Jsoup.parse(s.get("/pilots/" + id).asString());
        assertThat(page.select(".metric").first().select(".figures").text()).contains("ms at 4 concurrent");
        assertThat(page.select(".metric").first().select(".badge").text()).isIn("target met", "minimum met", "missed");

        // N = 30, never measured: the figures at 4 stay visible but count for nothing.
        fields.put("concurrency", "30");
        s.postForm("/pilots/" + id + "/edit", fields).then().statusCode(303);
        page = Jsoup.parse(s.get("/pilots/" + id).asString());
        assertThat(page.select(".metric").first().select(".badge").text())
                .isEqualTo("measured at another concurrency: does not count");
        assertThat(page.select(".metric").first().select(".error").text())
                .isEqualTo("Measured at 4 concurrent requests, but the charter's N is 30: this figure does not count. "
                        + "Measure again at 30.");
        assertThat(page.select(".reading").text()).contains("(2 measured at another concurrency than the charter's 30)");
    }

    @Test
    void aFigureEnteredByHandSurvivesAChangeOfN() {
        FormSession s = FormSession.login(TestUsers.leader());
        long id = scope(s, "", "Search API");
        s.postForm("/pilots/" + id + "/measure", Map.of("endpoint", readiness.toString(), "method", "GET",
                "concurrency", "4", "requests", "20")).then().statusCode(303);
        PilotFixtures.awaitMeasured(id);
        given().auth().preemptive().basic(TestUsers.leader(), TestUsers.PASSWORD).contentType("application/json")
                .body(Map.of("p95-latency", 42)).put("/api/pilots/" + id + "/figures").then().statusCode(200);
        Map<String, Object> fields = charterFields(s, id);
        fields.put("concurrency", "4");
        s.postForm("/pilots/" + id + "/edit", fields).then().statusCode(303);
        Document page = Jsoup.parse(s.get("/pilots/" + id).asString());
        // The team's own figure stays; the run at 4 fills only the throughput.
        assertThat(page.select(".metric").first().select(".figures").text()).startsWith("42 ").doesNotContain("at 4 concurrent");
        assertThat(page.select(".metric").get(1).select(".figures").text()).contains("at 4 concurrent");
    }

    @Test
    void aRefusedOrMalformedEndpointIsAFormMessage() {
        FormSession s = FormSession.login(TestUsers.leader());
        long id = scope(s, "", "Ledger");
        Response refused = s.postForm("/pilots/" + id + "/measure", Map.of("endpoint", "http://0.0.0.0:8080/",
                "method", "GET", "concurrency", "4", "requests", "10"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.asString()).select("#e-endpoint").text())
                .startsWith("GoFit will not measure this endpoint: 0.0.0.0 is an unspecified")
                .endsWith("GoFit only calls public internet addresses.");
        Response bad = s.postForm("/pilots/" + id + "/measure", Map.of("endpoint", "http://127.0.0.1:9/",
                "method", "GET", "body", "{}", "concurrency", "100000", "requests", "10"));
        assertThat(bad.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(bad.asString());
        assertThat(page.select("#e-concurrency").text()).contains("from 1 to 200");
        assertThat(page.text()).contains("A GET request has no body");
    }

    @Test
    void figuresByHandAndClosingAcceptsTheDecisionAndFillsItsConfirmation() {
        String leader = TestUsers.leader();
        long decision = PilotFixtures.decision(leader, "Billing", false, false, true, true);
        FormSession s = FormSession.login(leader);
        long id = scope(s, Long.toString(decision), "Billing exporter");
        Document show = Jsoup.parse(s.get("/pilots/" + id).asString());
        List<String> keys = show.select("input[name=figureKey]").eachAttr("value");
        assertThat(keys).containsExactly("memory-footprint", "startup-time", "time-to-first-deploy", "lead-time",
                "deployment-frequency", "onboarding-time");
        s.postForm("/pilots/" + id + "/figures", Map.of("figureKey", keys,
                "figure", List.of("abc", "150", "1", "3", "20", "2"))).then().statusCode(400);
        s.postForm("/pilots/" + id + "/figures", Map.of("figureKey", keys,
                "figure", List.of("48", "150", "1", "3", "20", "2"))).then().statusCode(303);
        Document page = Jsoup.parse(s.get("/pilots/" + id).asString());
        assertThat(page.select(".metric").get(2).select(".badge").text()).isEqualTo("target met");
        // Two load metrics unmeasured and the go / no-go day ahead: Go needs a written reason.
        assertThat(page.select("#close textarea[name=reason]")).hasSize(1);
        Response refused = s.postForm("/pilots/" + id + "/close", Map.of("outcome", "GO"));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.asString()).select("#close .error").text())
                .startsWith("A written reason is needed to close as Go: ")
                .contains("2 of 8 metrics have no figure that counts (p95 latency, Throughput at 20 concurrent requests)")
                .contains("the go / no-go day is");
        assertThat(PilotFixtures.status(decision)).isEqualTo(DecisionStatus.PROPOSED);
        s.postForm("/pilots/" + id + "/close", Map.of("outcome", "GO", "reason", "The exporter is batch: load is not the question."))
                .then().statusCode(303);
        assertThat(PilotFixtures.status(decision)).isEqualTo(DecisionStatus.ACCEPTED);
        assertThat(confirmation.confirmationMarkdown(decision)).get().asString()
                .contains("Pilot outcome: Go").contains("- Memory footprint under load: **48 MB**, target met (baseline 512, minimum 192, target ≤ 64 MB)")
                .contains("Reason given at the close: The exporter is batch: load is not the question.")
                .contains("Time to first deploy: **1 working day**,");
        Document closed = Jsoup.parse(s.get("/pilots/" + id).asString());
        assertThat(closed.select("#close form")).isEmpty();
        assertThat(closed.select("#close").text()).contains("Outcome: Go").contains("The outcome is recorded and stands.");
    }

    @Test
    void closingTheOtherWayAfterwardsIsRefusedOnThePageAndTheDecisionStands() {
        String leader = TestUsers.leader();
        long decision = PilotFixtures.decision(leader, "Ledger rewrite", true, true, false, false);
        FormSession s = FormSession.login(leader);
        long id = scope(s, Long.toString(decision), "Ledger service");
        s.postForm("/pilots/" + id + "/close", Map.of("outcome", "GO", "reason", "Decided early")).then().statusCode(303);
        // A second tab still showing the buttons: the repeat changes nothing, the opposite is refused.
        s.postForm("/pilots/" + id + "/close", Map.of("outcome", "GO")).then().statusCode(303);
        Response flip = s.postForm("/pilots/" + id + "/close", Map.of("outcome", "NO_GO"));
        assertThat(flip.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(flip.asString()).select("#close .error").text())
                .isEqualTo("The pilot is already closed as Go; its outcome and the decision's status stand. "
                        + "No-go was not recorded.");
        assertThat(PilotFixtures.status(decision)).isEqualTo(DecisionStatus.ACCEPTED);
    }

    @Test
    void aDecisionThatIsNotProposedRefusesTheCloseWithAMessageAndNothingIsRecorded() {
        String leader = TestUsers.leader();
        long decision = PilotFixtures.decision(leader, "Search indexer", true, false, false, true);
        FormSession s = FormSession.login(leader);
        long id = scope(s, Long.toString(decision), "Indexer");
        // Mid-revision: the decision went back to draft after the pilot was scoped.
        PilotFixtures.setStatus(decision, DecisionStatus.DRAFT);
        Response refused = s.postForm("/pilots/" + id + "/close", Map.of("outcome", "NO_GO"));
        assertThat(refused.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.select("#close .error").text()).isEqualTo("The decision \u201cSearch indexer\u201d is draft. "
                + "Only a proposed decision can be accepted or rejected. No-go was not recorded: complete the decision first.");
        assertThat(page.select("#close").text()).contains("Outcome: not decided yet");
        // The page offers no close it would refuse: it says why instead.
        assertThat(page.select("#close button")).isEmpty();
        assertThat(page.select("#close .hint").text()).contains("complete the decision first");
        assertThat(PilotFixtures.status(decision)).isEqualTo(DecisionStatus.DRAFT);
        assertThat(Jsoup.parse(s.get("/pilots/" + id).asString()).select("#close").text())
                .contains("Outcome: not decided yet");
    }

    @Test
    void exportsTheCharterAndResultsAsMarkdownPdfAndCalendar() throws Exception {
        FormSession s = FormSession.login(TestUsers.leader());
        long id = scope(s, "", "Export <check> | pipes");
        String md = s.given().get("/pilots/" + id + "/export.md").then().statusCode(200)
                .contentType("text/markdown").extract().asString();
        assertThat(md).startsWith("# Pilot: Export \\<check\\> \\| pipes\n").contains("## Hypothesis")
                .contains("| 5 | Tue 29 Dec 2026 | **Checkpoint** · ").contains("## Go / no-go criteria")
                .contains("| p95 latency | ms | 250 | 200 | 120 (lower is better) | – | not measured yet |");

        byte[] pdf = s.given().get("/pilots/" + id + "/export.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Pilot: Export <check> | pipes").contains("Hypothesis")
                    .contains("Success metrics and results").contains("p95 latency").contains("Deployment frequency")
                    .contains("Go / no-go criteria");
        }

        String ics = s.given().get("/pilots/" + id + "/checkpoints.ics").then().statusCode(200)
                .contentType("text/calendar").extract().asString();
        var calendar = Ics.parse(ics);
        assertThat(calendar.validate().getEntries()).isEmpty();
        assertThat(Ics.events(calendar)).extracting(Ics::start).containsExactly(
                LocalDate.parse("2026-12-21"), LocalDate.parse("2026-12-29"), LocalDate.parse("2027-01-07"));
    }

    @Test
    void anUnmeasuredMetricSaysSoInsteadOfADashAndAUnit() {
        FormSession s = FormSession.login(TestUsers.leader());
        long id = scope(s, "", "Fresh start-up service");
        Document page = Jsoup.parse(s.get("/pilots/" + id).asString());
        assertThat(page.select(".metric .figures").eachText()).isNotEmpty()
                .allSatisfy(t -> assertThat(t).doesNotStartWith("–").startsWith("Not measured yet · minimum"));
    }

    /** The fields the edit form would post, read from the rendered form. */
    private static Map<String, Object> charterFields(FormSession s, long id) {
        Document edit = Jsoup.parse(s.get("/pilots/" + id + "/edit").asString());
        Map<String, Object> fields = new HashMap<>();
        for (String name : List.of("service", "owner", "team", "startDate", "concurrency", "requests")) {
            fields.put(name, edit.select("input[name=" + name + "]").attr("value"));
        }
        for (String name : List.of("hypothesis", "scopeIn", "scopeOut", "criteria")) {
            fields.put(name, edit.select("textarea[name=" + name + "]").first().wholeText());
        }
        for (String name : List.of("focus", "metricKey", "baseline", "minimum", "target")) {
            fields.put(name, edit.select("input[name=" + name + "]").eachAttr("value"));
        }
        fields.put("risk", edit.select("textarea[name=risk]").eachText());
        fields.put("mitigation", edit.select("textarea[name=mitigation]").eachText());
        return fields;
    }
}
