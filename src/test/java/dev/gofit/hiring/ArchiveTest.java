package dev.gofit.hiring;

import dev.gofit.support.TestChecklists;
import dev.gofit.account.Role;
import dev.gofit.support.FormSession;
import dev.gofit.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Archive (soft delete) with undo for checklists, candidates and invites: API DELETE and page restore. */
@QuarkusTest
@Tag("persistence")
class ArchiveTest {

    @Test
    void anArchivedChecklistLeavesTheListAndComesBackWithUndo() {
        String hm = TestUsers.hiringManager();
        long id = TestChecklists.create(hm, Map.of("role", "Archived role"));
        String other = TestUsers.ensure("archive-other@test.gofit", Role.HIRING_MANAGER);
        TestUsers.api(other).delete("/api/checklists/" + id).then().statusCode(404);
        TestUsers.api(hm).delete("/api/checklists/" + id).then().statusCode(204);
        TestUsers.api(hm).get("/api/checklists/" + id).then().statusCode(404);
        TestUsers.api(hm).get("/api/checklists").then().body("role", not(hasItem("Archived role")));
        TestUsers.api(hm).get("/checklists/" + id + "/export.md").then().statusCode(404);
        FormSession session = FormSession.login(hm);
        String overview = session.get("/hiring?archived=" + id).asString();
        assertThat(Jsoup.parse(overview).select("form.undo").attr("action")).isEqualTo("/hiring/checklists/" + id + "/restore");
        assertThat(session.postForm("/hiring/checklists/" + id + "/restore", Map.of()).statusCode()).isEqualTo(303);
        TestUsers.api(hm).get("/api/checklists/" + id).then().statusCode(200);
    }

    @Test
    void anArchivedCandidateKeepsItsScorecardsForTheUndo() {
        String hm = TestUsers.hiringManager();
        long checklist = TestChecklists.create(hm, Map.of("role", "Archive cand role", "skills", List.of("concurrency")));
        long id = TestUsers.api(hm).body(Map.of("checklistId", checklist, "name", "Arch Ive")).post("/api/candidates").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        TestUsers.api(hm).body(Map.of("stage", "screen", "interviewer", "Ben", "overall", "YES", "ratings", Map.of("concurrency", 3)))
                .post("/api/candidates/" + id + "/scorecards").then().statusCode(201);
        FormSession session = FormSession.login(hm);
        assertThat(session.postForm("/hiring/candidates/" + id + "/archive", Map.of()).header("Location"))
                .endsWith("/hiring/checklists/" + checklist + "?archivedCandidate=" + id);
        TestUsers.api(hm).get("/api/candidates/" + id).then().statusCode(404);
        assertThat(session.get("/hiring/checklists/" + checklist).asString()).doesNotContain("Arch Ive");
        assertThat(session.postForm("/hiring/candidates/" + id + "/restore", Map.of()).statusCode()).isEqualTo(303);
        TestUsers.api(hm).get("/api/candidates/" + id + "/summary").then().statusCode(200)
                .body("submitted", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void anArchivedInvitesLinkSaysSoUntilRestored() {
        String hm = TestUsers.hiringManager();
        var created = TestUsers.api(hm).body(Map.of("candidateName", "Ina Archive", "candidateEmail", "ina@example.com"))
                .post("/api/invites").then().statusCode(201).extract().jsonPath();
        String url = created.getString("url");
        String path = url.substring(url.indexOf("/t/"));
        long id = created.getLong("id");
        TestUsers.api(TestUsers.ensure("archive-other@test.gofit", Role.HIRING_MANAGER)).delete("/api/invites/" + id).then().statusCode(404);
        TestUsers.api(hm).delete("/api/invites/" + id).then().statusCode(204);
        FormSession candidate = FormSession.anonymous();
        var gone = candidate.get(path);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(gone.asString()).select("#invite-gone").text()).contains("archived");
        FormSession session = FormSession.login(hm);
        assertThat(session.get("/invites").asString()).doesNotContain("Ina Archive");
        assertThat(session.postForm("/invites/" + id + "/restore", Map.of()).statusCode()).isEqualTo(303);
        assertThat(candidate.get(path).statusCode()).isEqualTo(200);
    }
}
