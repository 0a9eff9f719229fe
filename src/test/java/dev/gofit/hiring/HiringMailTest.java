package dev.gofit.hiring;

import dev.gofit.account.Role;
import dev.gofit.support.FormSession;
import dev.gofit.support.TestChecklists;
import dev.gofit.support.GreenMailResource;
import dev.gofit.support.MutableClock;
import dev.gofit.support.TestUsers;
import dev.gofit.takehome.InviteReminders;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** E-mail against a real SMTP server in the test JVM: the invite, the interviewer's assignment and both reminders. */
@QuarkusTest
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = true)
class HiringMailTest {

    @Inject
    MutableClock clock;

    @Inject
    InviteReminders inviteReminders;

    @Inject
    InterviewMail interviewMail;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void creatingAnInviteSendsItAsTextAndHtml() throws Exception {
        String hm = TestUsers.hiringManager();
        String url = TestUsers.api(hm).body(Map.of("candidateName", "Edsger Mail", "candidateEmail", "edsger.mail@example.com"))
                .post("/api/invites").then().statusCode(201)
                .body("email.status", equalTo("SENT")).body("url", startsWith("http"))
                .extract().jsonPath().getString("url");
        List<MimeMessage> received = GreenMailResource.await("edsger.mail@example.com", 1);
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getSubject()).contains("take-home");
        String text = GreenMailResource.part(mail, "text/plain");
        String html = GreenMailResource.part(mail, "text/html");
        assertThat(text).contains("Edsger Mail", url, "Deadline:", "concurrently", "hiring@test.gofit");
        assertThat(html).contains("href=\"" + url + "\"", "Deadline:", "mailto:hiring@test.gofit");
    }

    @Test
    void theCandidateIsRemindedOnce48HoursBeforeTheDeadline() throws Exception {
        String hm = TestUsers.hiringManager();
        TestUsers.api(hm).body(Map.of("candidateName", "Grace Remind", "candidateEmail", "grace.remind@example.com"))
                .post("/api/invites").then().statusCode(201);
        GreenMailResource.await("grace.remind@example.com", 1);
        inviteReminders.run();
        assertThat(GreenMailResource.to("grace.remind@example.com")).hasSize(1);
        clock.advance(Duration.ofDays(14).minusHours(47));
        inviteReminders.run();
        inviteReminders.run();
        List<MimeMessage> received = GreenMailResource.await("grace.remind@example.com", 2);
        assertThat(received).hasSize(2);
        assertThat(received.get(1).getSubject()).startsWith("Reminder: your GoFit take-home closes on");
        assertThat(GreenMailResource.part(received.get(1), "text/plain")).contains("Grace Remind", "no final submission");
    }

    @Test
    void interviewersAreToldWhenAssignedAndRemindedOnceWhenTheirScorecardIsOverdue() throws Exception {
        String hm = TestUsers.hiringManager();
        String ben = TestUsers.ensure("ben.mail@test.gofit", Role.INTERVIEWER);
        String cy = TestUsers.ensure("cy.mail@test.gofit", Role.INTERVIEWER);
        long checklist = TestChecklists.create(hm, Map.of("role", "Mail role", "skills", List.of("concurrency")));
        long id = TestUsers.api(hm).body(Map.of("checklistId", checklist, "name", "Ada Mail")).post("/api/candidates").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        String today = LocalDate.now(clock).toString();
        TestUsers.api(hm).body(Map.of("assignments", List.of(
                        Map.of("stage", "screen", "interviewerId", TestUsers.id(ben), "date", today),
                        Map.of("stage", "design", "interviewerId", TestUsers.id(cy), "date", today))))
                .post("/api/candidates/" + id + "/loop").then().statusCode(200);
        List<MimeMessage> toBen = GreenMailResource.await("ben.mail@test.gofit", 1);
        assertThat(toBen).hasSize(1);
        assertThat(toBen.get(0).getSubject()).isEqualTo("You interview Ada Mail (Technical screen)");
        assertThat(GreenMailResource.part(toBen.get(0), "text/plain")).contains("/hiring/candidates/" + id, today);

        interviewMail.run();
        assertThat(GreenMailResource.to("ben.mail@test.gofit")).hasSize(1);
        TestUsers.api(cy).body(Map.of("stage", "design", "overall", "YES", "ratings", Map.of("concurrency", 3)))
                .post("/api/candidates/" + id + "/scorecards").then().statusCode(201);
        clock.advance(Duration.ofDays(3));
        interviewMail.run();
        interviewMail.run();
        toBen = GreenMailResource.await("ben.mail@test.gofit", 2);
        assertThat(toBen).hasSize(2);
        assertThat(toBen.get(1).getSubject()).isEqualTo("Scorecard overdue: Ada Mail (Technical screen)");
        assertThat(GreenMailResource.await("cy.mail@test.gofit", 1)).hasSize(1);
    }

    @Test
    void anAnonymisedCandidateIsACodeInTheInterviewersMail() throws Exception {
        String hm = TestUsers.hiringManager();
        String dee = TestUsers.ensure("dee.mail@test.gofit", Role.INTERVIEWER);
        long checklist = TestChecklists.create(hm, "Anonymised mail role");
        FormSession.login(hm).postForm("/hiring/checklists/" + checklist + "/anonymised", Map.of("anonymised", "on"))
                .then().statusCode(303);
        long id = TestUsers.api(hm).body(Map.of("checklistId", checklist, "name", "Olga Hidden", "email", "olga.hidden@example.com"))
                .post("/api/candidates").then().statusCode(201).extract().jsonPath().getLong("id");
        String code = QuarkusTransaction.requiringNew().call(() -> Candidate.<Candidate>findById(id).code());
        TestUsers.api(hm).body(Map.of("assignments", List.of(Map.of("stage", "screen", "interviewerId", TestUsers.id(dee)))))
                .post("/api/candidates/" + id + "/loop").then().statusCode(200);
        MimeMessage mail = GreenMailResource.await("dee.mail@test.gofit", 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("You interview Candidate " + code + " (Technical screen)");
        assertThat(GreenMailResource.part(mail, "text/plain")).doesNotContain("Olga").contains("Candidate " + code);
        assertThat(GreenMailResource.part(mail, "text/html")).doesNotContain("Olga");
    }
}
