package dev.gofit.hiring;

import dev.gofit.support.FormSession;
import dev.gofit.support.TestChecklists;
import dev.gofit.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A create form posted twice with its one-time key (Back, double click) leads to the first result, no duplicate. */
@QuarkusTest
class FormKeyTest {

    @Test
    void postingTheAddCandidateFormTwiceRedirectsToTheFirstCandidate() {
        FormSession session = FormSession.login(TestUsers.hiringManager());
        long checklist = TestChecklists.create(TestUsers.hiringManager(), "Form key role");
        String key = Jsoup.parse(session.get("/hiring/checklists/" + checklist).asString())
                .select("form[action$=/candidates] input[name=formKey]").val();
        assertThat(key).isNotBlank();
        Map<String, String> fields = Map.of("name", "Once Only", "email", "once@example.com", "formKey", key);
        Response first = session.postForm("/hiring/checklists/" + checklist + "/candidates", fields);
        Response second = session.postForm("/hiring/checklists/" + checklist + "/candidates", fields);
        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(second.statusCode()).isEqualTo(303);
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(Jsoup.parse(session.get("/hiring/checklists/" + checklist).asString()).select("#candidates li").eachText())
                .filteredOn(t -> t.contains("Once Only")).hasSize(1);
    }

    @Test
    void postingTheInviteFormTwiceRedirectsToTheFirstInvite() {
        FormSession session = FormSession.login(TestUsers.hiringManager());
        String key = Jsoup.parse(session.get("/invites/new").asString()).select("input[name=formKey]").val();
        Map<String, String> fields = Map.of("candidateName", "Twice", "candidateEmail", "twice@example.com",
                "checklistId", "", "formKey", key);
        Response first = session.postForm("/invites", fields);
        Response second = session.postForm("/invites", fields);
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
    }
}
