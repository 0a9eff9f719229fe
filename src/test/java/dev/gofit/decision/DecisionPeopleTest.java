package dev.gofit.decision;

import dev.gofit.account.Role;
import dev.gofit.support.FormSession;
import dev.gofit.support.TestDecisions;
import dev.gofit.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** MADR 4 people (decision-makers, consulted, informed) and comments kept per revision. */
@QuarkusTest
@Tag("persistence")
class DecisionPeopleTest {

    static String owner() {
        return TestUsers.ensure("people-owner@test.gofit", Role.LEADER);
    }

    static String maker() {
        return TestUsers.ensure("people-maker@test.gofit", Role.LEADER);
    }

    static String consulted() {
        return TestUsers.ensure("people-consulted@test.gofit", Role.HIRING_MANAGER);
    }

    static String informed() {
        return TestUsers.ensure("people-informed@test.gofit", Role.LEADER);
    }

    static long idOf(String email) {
        return TestDecisions.as(owner()).get("/api/decisions/staff").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.email == '" + email + "' }.id");
    }

    /** A decision of owner() naming maker() as decision-maker, consulted() as consulted and informed() as informed. */
    static long withPeople(String title) {
        String body = TestDecisions.payments(title).replaceFirst("}$", ", \"people\": {\"decisionMakers\": [%d], \"consulted\": [%d], \"informed\": [%d]}}"
                .formatted(idOf(maker()), idOf(consulted()), idOf(informed())));
        return TestDecisions.create(owner(), body);
    }

    @Test
    void peopleAreNamedInTheApiAndInTheAdrFrontMatterAsMadr4Keys() {
        long id = withPeople("People ADR");
        TestDecisions.as(owner()).get("/api/decisions/" + id).then().statusCode(200)
                .body("decisionMakers.name", contains("people-maker"))
                .body("consulted.name", contains("people-consulted"))
                .body("informed.name", contains("people-informed"));
        String adr = TestDecisions.as(consulted()).get("/decisions/" + id + "/adr.md").then().statusCode(200).extract().asString();
        assertThat(adr).contains("decision-makers: \"people-owner, people-maker\"\n", "consulted: people-consulted\n",
                "informed: people-informed\n").doesNotContain("deciders:");
    }

    @Test
    void aDecisionMakerEditsAndOthersMayNot() {
        long id = withPeople("People edit");
        TestDecisions.as(maker()).get("/api/decisions/" + id).then().body("canEdit", equalTo(true));
        TestDecisions.as(informed()).get("/api/decisions/" + id).then().body("canEdit", equalTo(false));
        TestDecisions.as(informed()).contentType(ContentType.JSON).body("{\"consulted\": []}")
                .put("/api/decisions/" + id + "/people").then().statusCode(403);
        TestDecisions.as(maker()).contentType(ContentType.JSON)
                .body("{\"status\": \"ACCEPTED\", \"chosenOption\": \"go\", \"rationale\": \"Agreed in the review\"}")
                .post("/api/decisions/" + id + "/status").then().statusCode(200).body("status", equalTo("ACCEPTED"));
    }

    @Test
    void unknownOrNonDecidingStaffAreRefusedNamingTheField() {
        long id = withPeople("People invalid");
        TestDecisions.as(owner()).contentType(ContentType.JSON)
                .body("{\"decisionMakers\": [" + idOf(consulted()) + "], \"informed\": [999999]}")
                .put("/api/decisions/" + id + "/people").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("decisionMakers")))
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("informed")));
        TestDecisions.as(owner()).contentType(ContentType.JSON).body(TestDecisions.payments("People bad")
                        .replaceFirst("}$", ", \"people\": {\"consulted\": [999999]}}"))
                .post("/api/decisions").then().statusCode(400)
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("consulted")));
    }

    @Test
    void pagePeopleFormSavesTheRoles() {
        long id = TestDecisions.createPayments(owner(), "People page");
        FormSession s = FormSession.login(owner());
        Document page = Jsoup.parse(s.get("/decisions/" + id).asString());
        assertThat(page.select("form.people-form input[name=decisionMakers]").eachAttr("value"))
                .contains(String.valueOf(idOf(maker()))).doesNotContain(String.valueOf(idOf(consulted())));
        Response saved = s.postForm("/decisions/" + id + "/people",
                Map.of("decisionMakers", idOf(maker()), "consulted", idOf(consulted())));
        assertThat(saved.statusCode()).isEqualTo(303);
        Document after = Jsoup.parse(s.get("/decisions/" + id).asString());
        assertThat(after.select("dl.people").text()).contains("people-owner (owner), people-maker", "Consulted people-consulted");
    }

    @Test
    void commentsAreKeptPerRevisionAndNotInTheAdr() {
        long id = withPeople("People comments");
        TestDecisions.as(consulted()).contentType(ContentType.JSON).body("{\"body\": \"Hiring Go engineers takes us 3 months.\"}")
                .post("/api/decisions/" + id + "/comments").then().statusCode(201)
                .body("revision", equalTo(1)).body("author.name", equalTo("people-consulted"));
        TestDecisions.as(informed()).contentType(ContentType.JSON).body("{\"body\": \"Not mine to say\"}")
                .post("/api/decisions/" + id + "/comments").then().statusCode(403).contentType("application/problem+json");
        TestDecisions.as(owner()).contentType(ContentType.JSON).body("{\"body\": \"  \"}")
                .post("/api/decisions/" + id + "/comments").then().statusCode(400)
                .body("errors.field", hasItem("body"));

        TestDecisions.as(owner()).contentType(ContentType.JSON).post("/api/decisions/" + id + "/reevaluate")
                .then().statusCode(200).body("revision", equalTo(2));
        FormSession maker = FormSession.login(maker());
        assertThat(maker.postForm("/decisions/" + id + "/comments", Map.of("body", "Revision two looks right")).statusCode())
                .isEqualTo(303);
        TestDecisions.as(informed()).get("/api/decisions/" + id + "/comments").then().statusCode(200)
                .body("", hasSize(2)).body("revision", contains(2, 1));

        Document page = Jsoup.parse(maker.get("/decisions/" + id).asString());
        assertThat(page.select("h3.comment-revision").eachText()).containsExactly("Revision 2 (current)", "Revision 1");
        assertThat(page.select("ul.comments").get(1).text()).contains("Hiring Go engineers takes us 3 months.");
        Response blank = maker.postForm("/decisions/" + id + "/comments", Map.of("body", " "));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(blank.asString()).select("[role=alert]").text()).contains("Write a comment first.");
        assertThat(FormSession.login(informed()).get("/decisions/" + id).asString()).doesNotContain("comment-form");

        String adr = TestDecisions.as(owner()).get("/decisions/" + id + "/adr.md").asString();
        assertThat(adr).doesNotContain("Hiring Go engineers takes us 3 months.", "Revision two looks right");
    }
}
