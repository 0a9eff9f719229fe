package dev.gofit.hiring;

import dev.gofit.support.HiringForms;
import dev.gofit.account.Role;
import dev.gofit.account.User;
import dev.gofit.decision.Decision;
import dev.gofit.decision.DecisionStatus;
import dev.gofit.support.FormSession;
import dev.gofit.support.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class HiringResourceTest {

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> form, String name) {
        return (List<Object>) form.computeIfAbsent(name, k -> new ArrayList<>());
    }

    @Test
    void overviewAndBuilderNeedTheHiringRole() {
        FormSession.login(TestUsers.leader()).get("/hiring").then().statusCode(403);
        FormSession.login(TestUsers.hiringManager()).get("/hiring").then().statusCode(200);
    }

    @Test
    void builderStartsFromTheFiveCoreSkillsAndStages() {
        Document page = Jsoup.parse(FormSession.login(TestUsers.hiringManager()).get("/hiring/checklists/new").asString());
        assertThat(page.select("input[name=skill][checked]")).extracting(e -> e.attr("value"))
                .containsExactly("concurrency", "stdlib", "testing", "systems-design", "cloud-native");
        assertThat(page.select("input[name=stage][checked]")).hasSize(3);
        assertThat(page.select("#minutes-screen").attr("value")).isEqualTo("30");
        assertThat(page.select("#minutes-design").attr("value")).isEqualTo("60");
        assertThat(page.select("label[for=f-role]").text()).isEqualTo("Role title");
        assertThat(page.text()).contains("Chooses between a mutex and a channel and explains why");
    }

    @Test
    void savingTheBuilderDropsAndAddsItemsAndRedirectsToTheChecklist() {
        FormSession session = FormSession.login(TestUsers.hiringManager());
        Map<String, Object> form = HiringForms.defaultChecklist(session, "Streaming Go engineer");
        list(form, "skill").remove("cloud-native");
        list(form, "check").remove("concurrency:context-and-timeouts");
        list(form, "weight").replaceAll(v -> v.equals("testing:3") ? "testing:5" : v);
        list(form, "extra").set(0, "Explains the Go memory model's happens-before");
        list(form, "customLabel").set(0, "Kafka consumer groups");
        list(form, "customWeight").set(0, "4");
        list(form, "customChecks").set(0, "Rebalancing and offset commits\nExactly-once trade-offs");
        Response saved = session.postForm("/hiring/checklists", form);
        saved.then().statusCode(303);
        long id = HiringForms.checklistIdFrom(saved);

        assertThat(saved.header("Location")).endsWith("/hiring/checklists/" + id + "?saved=1");
        Document page = Jsoup.parse(session.get("/hiring/checklists/" + id + "?saved=1").then().statusCode(200).extract().asString());
        assertThat(page.select("h1").text()).isEqualTo("Streaming Go engineer");
        String text = page.text();
        assertThat(text).contains("Checklist saved.", "Kafka consumer groups", "Rebalancing and offset commits",
                "Explains the Go memory model's happens-before").doesNotContain("Cloud-native tooling")
                .doesNotContain("Propagates context.Context");
        assertThat(page.select("tr:contains(Robust testing habits) td").get(1).text()).isEqualTo("5 / 5");
        assertThat(page.select(".job li").text()).contains("table-driven tests", "Kafka consumer groups");
    }

    @Test
    void emptyRoleAndBadMinutesReRenderTheFormWithMessagesAndInputKept() {
        FormSession session = FormSession.login(TestUsers.hiringManager());
        Map<String, Object> form = HiringForms.defaultChecklist(session, "");
        list(form, "minutes").set(0, "two");
        list(form, "customLabel").set(0, "gRPC streaming");
        list(form, "skill").remove("stdlib");
        String html = session.postForm("/hiring/checklists", form).then().statusCode(400).extract().asString();
        Document page = Jsoup.parse(html);
        assertThat(page.select(".errors li").text()).contains("Name the role").contains("duration in minutes");
        assertThat(page.select("#e-role").text()).contains("Name the role");
        assertThat(page.select("#custom-label-0").attr("value")).isEqualTo("gRPC streaming");
        assertThat(page.select("#keep-stdlib").hasAttr("checked")).isFalse();
        assertThat(page.select("#keep-concurrency").hasAttr("checked")).isTrue();
        assertThat(page.select("#minutes-screen").attr("value")).isEmpty();
    }

    @Test
    void anUnknownSkillKeyIsNamedInsteadOfDropped() {
        FormSession session = FormSession.login(TestUsers.hiringManager());
        Map<String, Object> form = HiringForms.defaultChecklist(session, "Polyglot role");
        list(form, "skill").add("haskell");
        Response r = session.postForm("/hiring/checklists", form);
        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(r.asString());
        assertThat(page.select("#e-skills").text()).contains("Unknown skill key 'haskell'");
        assertThat(page.select("#f-role").attr("value")).isEqualTo("Polyglot role");
        assertThat(page.select("#keep-concurrency").hasAttr("checked")).isTrue();
    }

    @Test
    void aCheckInADroppedStageIsExplained() {
        FormSession session = FormSession.login(TestUsers.hiringManager());
        Map<String, Object> form = HiringForms.defaultChecklist(session, "No take-home role");
        list(form, "stage").remove("take-home");
        Document page = Jsoup.parse(session.postForm("/hiring/checklists", form).then().statusCode(400).extract().asString());
        assertThat(page.select("#skill-concurrency .error").text()).contains("Designs a bounded worker pool").contains("take-home");
    }

    @Test
    void startingFromADecisionWeighsConcurrencyHigher() {
        String email = TestUsers.ensure("hm-decider@test.gofit", Role.HIRING_MANAGER, Role.LEADER);
        long decisionId = QuarkusTransaction.requiringNew().call(() -> {
            Decision d = new Decision();
            d.owner = User.findByEmail(email).orElseThrow();
            d.title = "Realtime bidding";
            d.concurrency = true;
            d.ioPerformance = true;
            d.persist();
            return d.id;
        });
        FormSession session = FormSession.login(email);
        Document page = Jsoup.parse(session.get("/hiring/checklists/new?decision=" + decisionId).then().statusCode(200)
                .extract().asString());
        assertThat(page.select("#weight-concurrency option[selected]").attr("value")).isEqualTo("concurrency:5");
        assertThat(page.select("#weight-stdlib option[selected]").attr("value")).isEqualTo("stdlib:4");
        assertThat(page.select("#weight-cloud-native option[selected]").attr("value")).isEqualTo("cloud-native:2");
        assertThat(page.select("#f-role").attr("value")).contains("Realtime bidding");
        assertThat(page.select("input[name=decision]").attr("value")).isEqualTo(String.valueOf(decisionId));
        // Issue 10: any decision of the shared log may start a checklist, a colleague's included, once it
        // has left the draft (a colleague's draft stays private).
        FormSession colleague = FormSession.login(TestUsers.hiringManager());
        colleague.get("/hiring/checklists/new?decision=" + decisionId).then().statusCode(404);
        QuarkusTransaction.requiringNew().run(() -> Decision.<Decision>findById(decisionId).status = DecisionStatus.PROPOSED);
        colleague.get("/hiring/checklists/new?decision=" + decisionId).then().statusCode(200);
    }

    @Test
    void anotherManagersChecklistIs404UntilShared() {
        FormSession owner = FormSession.login(TestUsers.hiringManager());
        Response saved = owner.postForm("/hiring/checklists", HiringForms.defaultChecklist(owner, "Shared role"));
        long id = HiringForms.checklistIdFrom(saved);
        String colleague = TestUsers.ensure("colleague@test.gofit", Role.HIRING_MANAGER);
        FormSession other = FormSession.login(colleague);
        other.get("/hiring/checklists/" + id).then().statusCode(404);
        other.get("/hiring/checklists/" + id + "/kit").then().statusCode(404);
        other.given().accept("text/html,application/pdf,*/*;q=0.8").get("/checklists/" + id + "/export.pdf").then().statusCode(404);

        // A colleague who is not a hiring manager cannot be added.
        owner.postForm("/hiring/checklists/" + id + "/shares", Map.of("colleague", TestUsers.leader()))
                .then().statusCode(400);
        owner.postForm("/hiring/checklists/" + id + "/shares", Map.of("colleague", colleague)).then().statusCode(303);
        other.get("/hiring/checklists/" + id).then().statusCode(200);
        assertThat(other.get("/hiring").asString()).contains("Shared role");
        // The colleague sees it but cannot share it further.
        Document page = Jsoup.parse(other.get("/hiring/checklists/" + id).asString());
        assertThat(page.select("form[action$=/shares]")).isEmpty();
    }

    @Test
    void editingKeepsTheIdAndReplacesTheSkills() {
        FormSession session = FormSession.login(TestUsers.hiringManager());
        long id = HiringForms.checklistIdFrom(session.postForm("/hiring/checklists", HiringForms.defaultChecklist(session, "Editable role")));
        Document edit = Jsoup.parse(session.get("/hiring/checklists/" + id + "/edit").then().statusCode(200).extract().asString());
        Map<String, Object> form = HiringForms.formOf(edit.selectFirst("form.builder"));
        form.put("role", "Edited role");
        list(form, "skill").remove("testing");
        session.postForm("/hiring/checklists/" + id, form).then().statusCode(303);
        String page = session.get("/hiring/checklists/" + id).asString();
        assertThat(page).contains("Edited role").doesNotContain("Robust testing habits");
    }

    @Test
    void theKitPageShowsEachStagesQuestionsTimingAndPrompts() {
        FormSession session = FormSession.login(TestUsers.hiringManager());
        long id = HiringForms.checklistIdFrom(session.postForm("/hiring/checklists", HiringForms.defaultChecklist(session, "Kit role")));
        Document kit = Jsoup.parse(session.get("/hiring/checklists/" + id + "/kit").then().statusCode(200).extract().asString());
        assertThat(kit.select(".stage-kit h2").eachText()).containsExactly("Interview kit: Technical screen · 30 min",
                "Interview kit: Take-home exercise · 180 min", "Interview kit: Systems design interview · 60 min");
        assertThat(kit.select("#stage-design").text()).contains("URL shortener", "Rate limiter", "Concurrent web scraper");
        assertThat(kit.select("#stage-screen .timing tr").first().text()).startsWith("0–3 min");
        assertThat(kit.select("#stage-screen").text()).contains("A strong answer shows", "Red flags");
    }
}
