package dev.gofit.hiring;

import dev.gofit.support.HiringForms;
import dev.gofit.account.Role;
import dev.gofit.support.FormSession;
import dev.gofit.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class CandidateResourceTest {

    FormSession session;
    long checklistId;

    @BeforeEach
    void checklist() {
        session = FormSession.login(TestUsers.hiringManager());
        checklistId = HiringForms.checklistIdFrom(session.postForm("/hiring/checklists",
                HiringForms.defaultChecklist(session, "Candidates role")));
    }

    long addCandidate(String name, String email) {
        Response added = session.postForm("/hiring/checklists/" + checklistId + "/candidates", Map.of("name", name, "email", email));
        added.then().statusCode(303);
        return Long.parseLong(added.header("Location").replaceAll(".*/hiring/candidates/(\\d+).*", "$1"));
    }

    @Test
    void addsACandidateWithAnInviteLinkToTheTakeHome() {
        long id = addCandidate("Ana Lima", "Ana.Lima@example.com");
        Document page = Jsoup.parse(session.get("/hiring/candidates/" + id).then().statusCode(200).extract().asString());
        assertThat(page.select("h1").text()).isEqualTo("Ana Lima");
        assertThat(page.select("a:contains(Send the take-home invite)").attr("href"))
                .isEqualTo("/invites/new?checklist=" + checklistId + "&name=Ana%20Lima&email=ana.lima%40example.com");
        assertThat(session.get("/hiring/checklists/" + checklistId).asString()).contains("Ana Lima");
    }

    @Test
    void invalidCandidateReRendersTheChecklistWithMessages() {
        Document page = Jsoup.parse(session.postForm("/hiring/checklists/" + checklistId + "/candidates",
                Map.of("name", "", "email", "not-an-email")).then().statusCode(400).extract().asString());
        assertThat(page.select("#e-name").text()).contains("name");
        assertThat(page.select("#e-email").text()).contains("e-mail");
        assertThat(page.select("#f-email").attr("value")).isEqualTo("not-an-email");
    }

    @Test
    void theScreenFormRatesOnlyTheSkillsTheScreenChecks() {
        long id = addCandidate("Ben", "ben@example.com");
        Document page = Jsoup.parse(session.get("/hiring/candidates/" + id + "?stage=screen").asString());
        assertThat(page.select("select[name=rating]")).extracting(e -> e.id())
                .containsExactly("rating-concurrency", "rating-stdlib", "rating-cloud-native");
        // 1-4 and no neutral middle.
        assertThat(page.select("#rating-concurrency option")).extracting(e -> e.attr("value"))
                .containsExactly("", "concurrency:1", "concurrency:2", "concurrency:3", "concurrency:4");
        assertThat(page.select("input[name=overall]")).extracting(e -> e.attr("value"))
                .containsExactly("STRONG_NO", "NO", "YES", "STRONG_YES");
    }

    @Test
    void scorecardsFromTwoInterviewersMakeASummaryWithAgreementAndGaps() {
        long id = addCandidate("Cy", "cy@example.com");
        session.postForm("/hiring/candidates/" + id + "/scorecards", HiringForms.screenCard("Ana", "YES", 4, 1, 3)).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/hiring/candidates/" + id + "?saved=1#summary"));
        session.postForm("/hiring/candidates/" + id + "/scorecards", HiringForms.screenCard("Ben", "STRONG_YES", 3, 4, 3)).then().statusCode(303);
        // The same interviewer again replaces their scorecard for the stage.
        session.postForm("/hiring/candidates/" + id + "/scorecards", HiringForms.screenCard("ana", "YES", 4, 2, 3)).then().statusCode(303);

        Document page = Jsoup.parse(session.get("/hiring/candidates/" + id).asString());
        String summary = page.select("#summary").text();
        assertThat(summary).contains("Aligned: every interviewer says yes (2)")
                .contains("Interviewers disagree on Standard library proficiency (ratings from 2 to 4)")
                .contains("No scorecard yet for the Systems design interview")
                .contains("No evidence yet for Robust testing habits");
        assertThat(page.select(".evidence tr:contains(Concurrency mastery)").text()).contains("Ana (Technical screen): 4", "3.5", "Agree");
        assertThat(page.select(".recommendations tbody tr")).hasSize(2);
    }

    @Test
    void aScorecardForAStageTheChecklistDoesNotHaveIsRejected() {
        long id = addCandidate("Dee", "dee@example.com");
        Map<String, Object> card = new java.util.HashMap<>(HiringForms.screenCard("Ana", "YES", 3, 3, 3));
        card.put("stage", "pairing");
        Document page = Jsoup.parse(session.postForm("/hiring/candidates/" + id + "/scorecards", card)
                .then().statusCode(400).extract().asString());
        assertThat(page.select(".errors").text()).contains("no stage 'pairing'");
        assertThat(page.select("#f-interviewer").attr("value")).isEqualTo("Ana");
    }

    @Test
    void missingRatingsAndOverallAreNamed() {
        long id = addCandidate("Eve", "eve@example.com");
        Document page = Jsoup.parse(session.postForm("/hiring/candidates/" + id + "/scorecards",
                Map.of("stage", "screen", "interviewer", "Ana", "rating", List.of("concurrency:3", "stdlib:", "cloud-native:7")))
                .then().statusCode(400).extract().asString());
        assertThat(page.select(".rating.has-error select")).extracting(e -> e.id()).containsExactly("rating-stdlib", "rating-cloud-native");
        assertThat(page.select("#rating-concurrency option[selected]").attr("value")).isEqualTo("concurrency:3");
        assertThat(page.select(".overall .error").text()).contains("Strong no, No, Yes or Strong yes");
    }

    @Test
    void anotherManagersCandidateIs404() {
        long id = addCandidate("Fay", "fay@example.com");
        FormSession other = FormSession.login(TestUsers.ensure("other-hm2@test.gofit", Role.HIRING_MANAGER));
        other.get("/hiring/candidates/" + id).then().statusCode(404);
        other.given().get("/hiring/candidates/" + id + "/summary.pdf").then().statusCode(404);
        other.postForm("/hiring/candidates/" + id + "/scorecards", HiringForms.screenCard("X", "NO", 1, 1, 1)).then().statusCode(404);
        FormSession.login(TestUsers.admin()).get("/hiring/candidates/" + id).then().statusCode(200);
    }
}
