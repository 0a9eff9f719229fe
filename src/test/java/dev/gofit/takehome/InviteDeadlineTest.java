package dev.gofit.takehome;

import dev.gofit.support.FormSession;
import dev.gofit.support.TestChecklists;
import dev.gofit.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Per-invite deadlines: set at creation (default from config), extended by the hiring manager, shown to the candidate. */
@QuarkusTest
class InviteDeadlineTest {

    @Test
    void deadlineIsSetAtCreationAndExtendedForTheCandidateToSee() {
        String hm = TestUsers.hiringManager();
        LocalDate in3 = LocalDate.now(ZoneOffset.UTC).plusDays(3);
        var created = TestUsers.api(hm)
                .body(Map.of("candidateName", "Dee Line", "candidateEmail", "dee@example.com", "deadline", in3.toString()))
                .post("/api/invites").then().statusCode(201).body("email.status", equalTo("OFF")).extract().jsonPath();
        String url = created.getString("url");
        String token = url.substring(url.indexOf("/t/") + 3);
        FormSession candidate = FormSession.anonymous();
        assertThat(candidate.get("/t/" + token).asString()).contains("It works until " + in3 + " 23:59 UTC");

        LocalDate in10 = in3.plusDays(7);
        FormSession session = FormSession.login(hm);
        assertThat(session.postForm("/invites/" + created.getLong("id") + "/deadline", Map.of("deadline", in10.toString()))
                .statusCode()).isEqualTo(303);
        assertThat(candidate.get("/t/" + token).asString()).contains("It works until " + in10 + " 23:59 UTC");
        assertThat(session.postForm("/invites/" + created.getLong("id") + "/deadline", Map.of("deadline", in3.toString()))
                .statusCode()).isEqualTo(400);
    }

    @Test
    void theBriefReadsTheInvitesOwnDeadlineNotAFixedWindow() {
        String hm = TestUsers.hiringManager();
        LocalDate in5 = LocalDate.now(ZoneOffset.UTC).plusDays(5);
        String url = TestUsers.api(hm)
                .body(Map.of("candidateName", "Wendy Window", "candidateEmail", "wendy@example.com", "deadline", in5.toString()))
                .post("/api/invites").then().statusCode(201).extract().jsonPath().getString("url");
        Document page = Jsoup.parse(FormSession.anonymous().get(url.substring(url.indexOf("/t/"))).asString());
        assertThat(page.text()).doesNotContain("7-day");
        assertThat(page.selectFirst("#deadline-note").text()).contains("by " + in5 + " 23:59 UTC");

        long checklist = TestChecklists.create(hm, "Window role");
        String kit = FormSession.login(hm).get("/hiring/checklists/" + checklist + "/kit").asString();
        assertThat(kit).as("the kit names no fixed window: each invite has its own deadline").doesNotContain("7-day window")
                .contains("before the deadline of their invite");
    }

    @Test
    void theDefaultDeadlineIsTheConfiguredDaysAndAPastOneIsRefused() {
        String hm = TestUsers.hiringManager();
        FormSession session = FormSession.login(hm);
        assertThat(session.get("/invites/new").asString())
                .contains("value=\"" + LocalDate.now(ZoneOffset.UTC).plusDays(14) + "\"");
        TestUsers.api(hm)
                .body(Map.of("candidateName", "Past", "candidateEmail", "past@example.com", "deadline", "2020-01-01"))
                .post("/api/invites").then().statusCode(400).body("errors.field", hasItem("deadline"));
    }
}
