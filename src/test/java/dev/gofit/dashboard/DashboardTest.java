package dev.gofit.dashboard;

import dev.gofit.account.Role;
import dev.gofit.support.FormSession;
import dev.gofit.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** After login each role lands on its own dashboard, offering only what the role may do. */
@QuarkusTest
class DashboardTest {

    static Document home(FormSession session) {
        return Jsoup.parse(session.get("/").then().statusCode(200).extract().asString());
    }

    /** Every link in the page's main part answers without a 403 for this user. */
    static void noForbiddenLinks(FormSession session, Document page) {
        List<String> links = page.select("main a[href^=/]").eachAttr("href");
        for (String link : links) {
            assertThat(session.get(link).statusCode()).as(link).isNotEqualTo(403);
        }
    }

    @Test
    void visitorsSeeThePublicPage() {
        Document page = home(FormSession.anonymous());
        assertThat(page.select("h1").text()).contains("Is Go the right language");
    }

    @Test
    void aLeaderSeesOpenDecisionsOnly() {
        FormSession session = FormSession.login(TestUsers.leader());
        Document page = home(session);
        assertThat(page.select("#dash-decisions")).hasSize(1);
        assertThat(page.select("#dash-candidates, #dash-invites, #dash-interviews, #dash-users")).isEmpty();
        noForbiddenLinks(session, page);
    }

    @Test
    void aHiringManagerSeesCandidatesInvitesAndReviews() {
        FormSession session = FormSession.login(TestUsers.hiringManager());
        Document page = home(session);
        assertThat(page.select("#dash-candidates, #dash-invites, #dash-reviews")).hasSize(3);
        assertThat(page.select("#dash-decisions, #dash-users")).isEmpty();
        assertThat(page.select("a[href=/decisions/new]")).isEmpty();
        noForbiddenLinks(session, page);
    }

    @Test
    void anInterviewerSeesTheirInterviewsOnly() {
        FormSession session = FormSession.login(TestUsers.ensure("dash.interviewer@test.gofit", Role.INTERVIEWER));
        Document page = home(session);
        assertThat(page.select("#dash-interviews")).hasSize(1);
        assertThat(page.select("#dash-decisions, #dash-candidates, #dash-invites, #dash-users")).isEmpty();
        noForbiddenLinks(session, page);
    }

    @Test
    void anAdminSeesUsers() {
        FormSession session = FormSession.login(TestUsers.admin());
        Document page = home(session);
        assertThat(page.select("#dash-users td").text()).contains("admin@test.gofit");
        noForbiddenLinks(session, page);
    }
}
