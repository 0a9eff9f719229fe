package dev.gofit.hiring;

import dev.gofit.account.Role;
import dev.gofit.account.User;
import dev.gofit.support.FormSession;
import dev.gofit.support.TestChecklists;
import dev.gofit.support.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Anonymised review: interviewers see a candidate code, not the name or e-mail, until the hiring manager reveals it. */
@QuarkusTest
@Tag("persistence")
class AnonymisedReviewTest {

    private static final String NAME = "Priya Hidden";
    private static final String EMAIL = "priya.hidden@example.com";

    private static RequestSpecification api(String email) {
        return TestUsers.api(email).accept(ContentType.JSON);
    }

    private static String firstStage(long checklist) {
        return QuarkusTransaction.requiringNew().call(() -> Checklist.<Checklist>findById(checklist).stages.get(0).stageKey);
    }

    private static Map<String, Integer> ratingsFor(long checklist, String stage) {
        return QuarkusTransaction.requiringNew().call(() -> Checklist.<Checklist>findById(checklist).skillsIn(stage).stream()
                .collect(Collectors.toMap(s -> s.skillKey, s -> 3)));
    }

    /** An anonymised checklist with one candidate, {@code interviewer} assigned to its first stage; returns {checklist, candidate}. */
    private static long[] anonymisedCandidate(String hm, String interviewer, String role) {
        long checklist = TestChecklists.create(hm, role);
        FormSession.login(hm).postForm("/hiring/checklists/" + checklist + "/anonymised", Map.of("anonymised", "on"))
                .then().statusCode(303);
        long candidate = api(hm).body(Map.of("checklistId", checklist, "name", NAME, "email", EMAIL))
                .post("/api/candidates").then().statusCode(201).extract().jsonPath().getLong("id");
        long interviewerId = TestUsers.id(interviewer);
        api(hm).body(Map.of("assignments", List.of(Map.of("stage", firstStage(checklist), "interviewerId", interviewerId))))
                .post("/api/candidates/" + candidate + "/loop").then().statusCode(200);
        return new long[] {checklist, candidate};
    }

    private static void assertNoLeak(String body) {
        assertThat(body).doesNotContain("Priya").doesNotContain("priya.hidden");
    }

    @Test
    void interviewerPagesAndApiShowTheCodeUntilTheManagerReveals() {
        String hm = TestUsers.hiringManager();
        String ivy = TestUsers.ensure("ivy.anon@test.gofit", Role.INTERVIEWER);
        long[] ids = anonymisedCandidate(hm, ivy, "Anonymised role");
        long id = ids[1];
        String code = QuarkusTransaction.requiringNew().call(() -> Candidate.<Candidate>findById(id).code());
        assertThat(code).matches("C-[0-9A-F]{4}");

        FormSession interviewer = FormSession.login(ivy);
        String page = interviewer.get("/hiring/candidates/" + id).then().statusCode(200).extract().asString();
        assertNoLeak(page);
        assertThat(page).contains("Candidate " + code);
        assertNoLeak(interviewer.get("/hiring/interviews").then().statusCode(200).extract().asString());
        assertNoLeak(interviewer.get("/").then().statusCode(200).extract().asString());
        String loop = api(ivy).get("/api/candidates/" + id + "/loop").then().statusCode(200).extract().asString();
        assertNoLeak(loop);
        String blind = api(ivy).get("/api/candidates/" + id + "/summary").then().statusCode(403).extract().asString();
        assertNoLeak(blind);

        String stage = firstStage(ids[0]);
        api(ivy).body(Map.of("stage", stage, "overall", "YES", "ratings", ratingsFor(ids[0], stage)))
                .post("/api/candidates/" + id + "/scorecards").then().statusCode(201);
        String json = api(ivy).get("/api/candidates/" + id).then().statusCode(200)
                .body("name", equalTo("Candidate " + code)).body("email", nullValue()).body("inviteLink", nullValue())
                .extract().asString();
        assertNoLeak(json);
        assertNoLeak(api(ivy).get("/api/candidates/" + id + "/summary").then().statusCode(200).extract().asString());
        assertNoLeak(interviewer.get("/hiring/candidates/" + id).then().statusCode(200).extract().asString());

        // The manager always sees the name, and the reveal action; an interviewer may not reveal.
        FormSession manager = FormSession.login(hm);
        String managerPage = manager.get("/hiring/candidates/" + id).then().statusCode(200).extract().asString();
        assertThat(managerPage).contains(NAME).contains(EMAIL).contains("Reveal the name");
        api(hm).get("/api/candidates/" + id).then().statusCode(200).body("name", equalTo(NAME)).body("email", equalTo(EMAIL));
        interviewer.postForm("/hiring/candidates/" + id + "/reveal", Map.of()).then().statusCode(403);
        assertNoLeak(interviewer.get("/hiring/candidates/" + id).asString());

        manager.postForm("/hiring/candidates/" + id + "/reveal", Map.of()).then().statusCode(303);
        assertThat(interviewer.get("/hiring/candidates/" + id).asString()).contains(NAME);
        api(ivy).get("/api/candidates/" + id).then().statusCode(200).body("name", equalTo(NAME)).body("email", equalTo(EMAIL));
        assertThat(manager.get("/hiring/candidates/" + id).asString()).doesNotContain("Reveal the name")
                .contains("revealed");
    }

    @Test
    void withoutTheOptionInterviewersSeeTheName() {
        String hm = TestUsers.hiringManager();
        String ivo = TestUsers.ensure("ivo.named@test.gofit", Role.INTERVIEWER);
        long[] ids = anonymisedCandidate(hm, ivo, "Named role");
        FormSession.login(hm).postForm("/hiring/checklists/" + ids[0] + "/anonymised", Map.of()).then().statusCode(303);
        assertThat(FormSession.login(ivo).get("/hiring/candidates/" + ids[1]).asString()).contains(NAME);
        api(ivo).get("/api/candidates/" + ids[1] + "/loop").then().statusCode(200)
                .body("candidateId", equalTo((int) ids[1]));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Candidate.<Candidate>findById(ids[1]).code()))
                .matches(s -> s.matches("C-[0-9A-F]{4}"), "a code");
    }
}
