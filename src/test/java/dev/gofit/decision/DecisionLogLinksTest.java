package dev.gofit.decision;

import dev.gofit.account.Role;
import dev.gofit.support.FormSession;
import dev.gofit.support.TestDecisions;
import dev.gofit.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Issue 10: checklists and pilots start from any decision of the shared log, a colleague's too, never an archived one. */
@QuarkusTest
@Tag("persistence")
class DecisionLogLinksTest {

    static String decider() {
        return TestUsers.ensure("links-decider@test.gofit", Role.LEADER);
    }

    @Test
    void hiringManagerStartsAChecklistFromTheLog() {
        long id = TestDecisions.createPayments(decider(), "Links gateway");
        FormSession hm = FormSession.login(TestUsers.hiringManager());
        Document log = Jsoup.parse(hm.get("/decisions/log?q=links").asString());
        String href = log.select("table.log a:contains(Links gateway)").attr("href");
        assertThat(href).isEqualTo("/decisions/" + id);
        Document page = Jsoup.parse(hm.get(href).asString());
        String checklist = page.select("a:contains(Build a hiring checklist)").attr("href");
        assertThat(checklist).isEqualTo("/hiring/checklists/new?decision=" + id);
        assertThat(hm.get(checklist).asString()).contains("Links gateway");
        Document overview = Jsoup.parse(hm.get("/hiring").asString());
        assertThat(overview.select("#f-decision option").eachText()).contains("Links gateway");
    }

    @Test
    void aLeaderScopesAPilotFromAColleaguesDecisionWithoutChangingIt() {
        long id = TestDecisions.createPayments(decider(), "Links pilot");
        String colleague = TestUsers.ensure("links-colleague@test.gofit", Role.LEADER);
        TestDecisions.as(colleague).contentType(ContentType.JSON)
                .body(Map.of("decisionId", id, "service", "Payment authorization API", "startDate", "2026-12-07"))
                .post("/api/pilots").then().statusCode(201).body("decisionId", equalTo((int) id));
        assertThat(FormSession.login(colleague).get("/pilots/new?decision=" + id).asString()).contains("Links pilot");
        TestDecisions.as(decider()).get("/api/decisions/" + id).then().body("status", equalTo("PROPOSED"));
    }

    @Test
    void anArchivedDecisionStartsNothing() {
        long id = TestDecisions.createPayments(decider(), "Links archived");
        TestDecisions.as(decider()).delete("/api/decisions/" + id).then().statusCode(204);
        assertThat(FormSession.login(TestUsers.hiringManager()).get("/hiring/checklists/new?decision=" + id).statusCode())
                .isEqualTo(404);
        TestDecisions.as(decider()).contentType(ContentType.JSON)
                .body(Map.of("decisionId", id, "service", "Payment authorization API", "startDate", "2026-12-07"))
                .post("/api/pilots").then().statusCode(404);
    }
}
