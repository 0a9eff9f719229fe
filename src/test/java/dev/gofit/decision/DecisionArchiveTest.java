package dev.gofit.decision;

import dev.gofit.account.Role;
import dev.gofit.support.FormSession;
import dev.gofit.support.TestDecisions;
import dev.gofit.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@Tag("persistence")
class DecisionArchiveTest {

    @Test
    void deleteArchivesAndTheDecisionLeavesListsLogAndExports() {
        String leader = TestUsers.leader();
        long id = TestDecisions.createPayments(leader, "Archive via API");
        TestDecisions.as(leader).delete("/api/decisions/" + id).then().statusCode(204);
        TestDecisions.as(leader).get("/api/decisions/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        TestDecisions.as(leader).get("/api/decisions").then().statusCode(200).body("id", not(hasItem((int) id)));
        TestDecisions.as(leader).get("/api/decisions?scope=all").then().statusCode(200).body("id", not(hasItem((int) id)));
        TestDecisions.as(leader).get("/decisions/" + id + "/adr.md").then().statusCode(404);
        TestDecisions.as(leader).delete("/api/decisions/" + id).then().statusCode(404);
    }

    @Test
    void someoneElsesOrAnUnknownDecisionIsNotFound() {
        long id = TestDecisions.createPayments(TestUsers.leader(), "Not yours to archive");
        String colleague = TestUsers.ensure("archive-colleague@test.gofit", Role.LEADER);
        TestDecisions.as(colleague).delete("/api/decisions/" + id).then().statusCode(404);
        TestDecisions.as(colleague).delete("/api/decisions/999999").then().statusCode(404);
        TestDecisions.as(TestUsers.leader()).get("/api/decisions/" + id).then().statusCode(200).body("id", equalTo((int) id));
    }

    @Test
    void pageArchivesWithConfirmationAndUndoRestores() {
        String leader = TestUsers.leader();
        long id = TestDecisions.createPayments(leader, "Archive via page");
        FormSession s = FormSession.login(leader);
        Document page = Jsoup.parse(s.get("/decisions/" + id).asString());
        assertThat(page.select("details.archive form").attr("action")).isEqualTo("/decisions/" + id + "/archive");
        assertThat(page.select("details.archive button").text()).isEqualTo("Yes, archive");

        Response archived = s.postForm("/decisions/" + id + "/archive", Map.of());
        assertThat(archived.statusCode()).isEqualTo(303);
        assertThat(archived.header("Location")).endsWith("/decisions?archived=" + id);
        Document list = Jsoup.parse(s.get("/decisions?archived=" + id).asString());
        assertThat(list.select("form.undo").attr("action")).isEqualTo("/decisions/" + id + "/restore");
        assertThat(list.select("form.undo button").text()).isEqualTo("Undo");
        assertThat(list.select("table.decisions a[href=/decisions/" + id + "]")).isEmpty();
        assertThat(s.get("/decisions/" + id).statusCode()).isEqualTo(404);

        Response restored = s.postForm("/decisions/" + id + "/restore", Map.of());
        assertThat(restored.statusCode()).isEqualTo(303);
        assertThat(restored.header("Location")).endsWith("/decisions/" + id + "?done=restored");
        assertThat(Jsoup.parse(s.get("/decisions").asString()).select("table.decisions a[href=/decisions/" + id + "]")).hasSize(1);
    }
}
