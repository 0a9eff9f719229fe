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
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@Tag("persistence")
class DecisionLogTest {

    static String owner() {
        return TestUsers.ensure("log-owner@test.gofit", Role.LEADER);
    }

    static String colleague() {
        return TestUsers.ensure("log-colleague@test.gofit", Role.LEADER);
    }

    @Test
    void scopeAllListsColleaguesDecisionsReadOnly() {
        long id = TestDecisions.createPayments(owner(), "Shared log ledger");
        TestDecisions.as(colleague()).get("/api/decisions?scope=all").then().statusCode(200)
                .body("id", hasItem((int) id));
        TestDecisions.as(colleague()).get("/api/decisions").then().statusCode(200).body("id", not(hasItem((int) id)));
        TestDecisions.as(colleague()).get("/api/decisions/" + id).then().statusCode(200)
                .body("canEdit", equalTo(false)).body("owner.name", equalTo("log-owner"));
        TestDecisions.as(owner()).get("/api/decisions/" + id).then().statusCode(200).body("canEdit", equalTo(true));
        TestDecisions.as(TestUsers.hiringManager()).get("/api/decisions/" + id).then().statusCode(200)
                .body("canEdit", equalTo(false));
    }

    @Test
    void colleaguesCannotEditThroughApiOrPages() {
        long id = TestDecisions.createPayments(owner(), "Shared log not yours");
        TestDecisions.as(colleague()).contentType(ContentType.JSON).body("{\"status\": \"ACCEPTED\"}")
                .post("/api/decisions/" + id + "/status").then().statusCode(403).contentType("application/problem+json");
        TestDecisions.as(colleague()).contentType(ContentType.JSON).post("/api/decisions/" + id + "/reevaluate")
                .then().statusCode(403);
        FormSession s = FormSession.login(colleague());
        Document page = Jsoup.parse(s.get("/decisions/" + id).asString());
        assertThat(page.select(".read-only").text()).contains("only its owner and its decision-makers change it");
        assertThat(page.select("form[action$=/status], form[action$=/revise], form[action$=/options], details.archive")).isEmpty();
        assertThat(page.select("#matrix input[type=number]").eachAttr("disabled")).isNotEmpty();
        assertThat(s.postForm("/decisions/" + id + "/status", Map.of("status", "ACCEPTED")).statusCode()).isEqualTo(403);
        assertThat(s.postForm("/decisions/" + id + "/revise", Map.of()).statusCode()).isEqualTo(403);
        assertThat(s.get("/decisions/" + id + "/about").statusCode()).isEqualTo(403);
        TestDecisions.as(owner()).get("/api/decisions/" + id).then().body("status", equalTo("PROPOSED"));
    }

    @Test
    void logPageSearchesAndFiltersForEveryStaffRoleThatSeesDecisions() {
        long accepted = TestDecisions.createPayments(owner(), "Ledger filter accepted");
        TestDecisions.as(owner()).contentType(ContentType.JSON)
                .body("{\"status\": \"ACCEPTED\", \"chosenOption\": \"rust\", \"rationale\": \"Latency budget\"}")
                .post("/api/decisions/" + accepted + "/status").then().statusCode(200);
        long proposed = TestDecisions.createPayments(colleague(), "Ledger filter proposed");

        FormSession hm = FormSession.login(TestUsers.hiringManager());
        Document all = Jsoup.parse(hm.get("/decisions/log?q=ledger").asString());
        assertThat(all.select("table.log a").eachText()).contains("Ledger filter accepted", "Ledger filter proposed");
        assertThat(all.select("select#decider option").eachText()).contains("log-owner", "log-colleague");

        Document byStatus = Jsoup.parse(hm.get("/decisions/log?q=ledger&status=ACCEPTED").asString());
        assertThat(byStatus.select("table.log a").eachText()).contains("Ledger filter accepted").doesNotContain("Ledger filter proposed");
        Document byChosen = Jsoup.parse(hm.get("/decisions/log?q=ledger&chosen=rust").asString());
        assertThat(byChosen.select("table.log a").eachText()).containsExactly("Ledger filter accepted");
        assertThat(byChosen.select("table.log td[data-label=Chosen]").text()).isEqualTo("Rust");
        long colleagueId = TestDecisions.as(colleague()).get("/api/decisions/" + proposed).jsonPath().getLong("owner.id");
        Document byDecider = Jsoup.parse(hm.get("/decisions/log?q=ledger&decider=" + colleagueId).asString());
        assertThat(byDecider.select("table.log a").eachText()).containsExactly("Ledger filter proposed");
        Document byVerdict = Jsoup.parse(hm.get("/decisions/log?q=ledger&verdict=GO_NOT_INDICATED").asString());
        assertThat(byVerdict.select("table.log a")).isEmpty();

        TestDecisions.as(colleague()).get("/api/decisions?scope=all&status=ACCEPTED&q=ledger").then().statusCode(200)
                .body("id", hasItem((int) accepted)).body("status", everyItem(equalTo("ACCEPTED")));
        TestDecisions.as(colleague()).get("/api/decisions?scope=everything").then().statusCode(400)
                .contentType("application/problem+json");
        TestDecisions.as(colleague()).get("/api/decisions?scope=all&status=DONE").then().statusCode(400);

        String interviewer = TestUsers.ensure("log-interviewer@test.gofit", Role.INTERVIEWER);
        TestDecisions.as(interviewer).get("/api/decisions?scope=all").then().statusCode(403);
        assertThat(FormSession.login(interviewer).get("/decisions/log").statusCode()).isEqualTo(403);
    }
}
