package dev.gofit.decision;

import dev.gofit.support.DecisionWizard;
import dev.gofit.account.Role;
import dev.gofit.support.FormSession;
import dev.gofit.support.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@Tag("persistence")
class DecisionResourceTest {

    static Document page(FormSession s, String path) {
        Response r = s.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(r.asString());
    }

    @Test
    void wizardWalksFromStartThroughFourQuestionsAndCautionsToTheResult() {
        FormSession s = FormSession.login(TestUsers.leader());
        Document newPage = page(s, "/decisions/new");
        assertThat(newPage.select("input[name=title]")).hasSize(1);
        assertThat(newPage.select(".step-count").text()).contains("Step 1 of 6");

        long id = DecisionWizard.start(s, "Payments gateway");
        Document q1 = page(s, "/decisions/" + id + "/questions/1");
        assertThat(q1.select("h1").text()).isEqualTo("High concurrency");
        assertThat(q1.select(".step-count").text()).contains("Step 2 of 6");
        assertThat(q1.text()).contains("Why Go fits", "Goroutines");
        assertThat(q1.select("progress").attr("value")).isEqualTo("2");

        for (int n = 1; n <= 4; n++) {
            s.postForm("/decisions/" + id + "/questions/" + n, Map.of("answer", n == 3 ? "no" : "yes", "note", "", "nav", "next"))
                    .then().statusCode(303)
                    .header("Location", endsWith(n < 4 ? "/questions/" + (n + 1) : "/cautions"));
        }
        Document cautions = page(s, "/decisions/" + id + "/cautions");
        assertThat(cautions.text()).contains("Verbose error handling", "A simpler type system", "Step 6 of 6");
        s.postForm("/decisions/" + id + "/cautions", Map.of("mlPrototyping", "yes", "lowLevelMemoryControl", "no", "nav", "next"))
                .then().statusCode(303);

        Document result = page(s, "/decisions/" + id);
        assertThat(result.select("#verdict-h").text()).isEqualTo("Go fits, with caveats");
        assertThat(result.select(".reasons li")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(result.select("#alt-h").text()).isEqualTo("Alternatives to consider");
        assertThat(result.text()).contains("Python, for ML model prototyping");
        assertThat(result.select("table.matrix tbody tr")).hasSize(12);
        assertThat(result.select("input#w-ml-ecosystem").attr("value")).isEqualTo("5");
        assertThat(result.select("svg.chart rect")).hasSize(3);
        assertThat(result.select(".flip").text()).contains("What would flip the ranking");
        assertThat(result.select("a[href=/pilots/new?decision=" + id + "]")).hasSize(1);
        assertThat(result.select(".badge.status").text()).isEqualTo("Proposed");
    }

    @Test
    void aPlainLeaderIsToldWhoBuildsTheHiringChecklistInsteadOfGettingADeadLink() {
        FormSession s = FormSession.login(TestUsers.leader());
        long id = DecisionWizard.complete(s, "Hand over", List.of("yes", "yes", "no", "no"), "no", "no");
        Document result = page(s, "/decisions/" + id);
        assertThat(result.select("a[href^=/hiring/]")).isEmpty();
        assertThat(result.select(".hiring-handover").text()).contains("A hiring manager builds the checklist");
        assertThat(result.select(".hiring-handover a").eachAttr("href"))
                .containsExactly("/decisions/" + id + "/adr.pdf", "/decisions/" + id + "/adr.md");
        // The link would have been a dead end: the builder is for hiring managers.
        s.given().accept("text/html").get("/hiring/checklists/new?decision=" + id).then().statusCode(403);
    }

    @Test
    void aLeaderWhoAlsoHiresGetsTheChecklistBuilderStartedFromTheDecision() {
        FormSession s = FormSession.login(TestUsers.ensure("leads-and-hires@test.gofit", Role.LEADER, Role.HIRING_MANAGER));
        long id = DecisionWizard.complete(s, "Hire for it", List.of("yes", "yes", "no", "no"), "no", "no");
        Document result = page(s, "/decisions/" + id);
        assertThat(result.select("a[href=/hiring/checklists/new?decision=" + id + "]")).hasSize(1);
        assertThat(result.select(".hiring-handover")).isEmpty();
        s.get("/hiring/checklists/new?decision=" + id).then().statusCode(200);
    }

    @Test
    void aStepWithoutAnAnswerRerendersWithAMessageAndKeepsTheNote() {
        FormSession s = FormSession.login(TestUsers.leader());
        long id = DecisionWizard.start(s, "Search API");
        Response r = s.postForm("/decisions/" + id + "/questions/1", Map.of("note", "10k open sockets", "nav", "next"));
        assertThat(r.statusCode()).isEqualTo(400);
        Document doc = Jsoup.parse(r.asString());
        assertThat(doc.select("#answer-error").text()).startsWith("Choose yes or no");
        assertThat(doc.select("textarea[name=note]").text()).isEqualTo("10k open sockets");
    }

    @Test
    void startWithoutATitleRerendersAndKeepsWhatWasTyped() {
        FormSession s = FormSession.login(TestUsers.leader());
        Response r = s.postForm("/decisions", Map.of("title", "  ", "description", "Kept text"));
        assertThat(r.statusCode()).isEqualTo(400);
        Document doc = Jsoup.parse(r.asString());
        assertThat(doc.select("#e-title").text()).contains("Give the decision a title");
        assertThat(doc.select("textarea[name=description]").text()).isEqualTo("Kept text");
    }

    @Test
    void backKeepsAnswersAndAHalfFinishedDecisionResumesWhereItStopped() {
        FormSession s = FormSession.login(TestUsers.leader());
        long id = DecisionWizard.start(s, "Billing jobs");
        s.postForm("/decisions/" + id + "/questions/1", Map.of("answer", "yes", "note", "", "nav", "next")).then().statusCode(303);
        s.postForm("/decisions/" + id + "/questions/2", Map.of("answer", "no", "note", "p99 is fine", "nav", "back"))
                .then().statusCode(303).header("Location", endsWith("/questions/1"));
        assertThat(page(s, "/decisions/" + id + "/questions/1").select("input[value=yes]").hasAttr("checked")).isTrue();
        Document q2 = page(s, "/decisions/" + id + "/questions/2");
        assertThat(q2.select("input[value=no]").hasAttr("checked")).isTrue();
        assertThat(q2.select("textarea[name=note]").text()).isEqualTo("p99 is fine");

        s.given().get("/decisions/" + id).then().statusCode(303).header("Location", endsWith("/decisions/" + id + "/questions/3"));
        Document list = page(s, "/decisions");
        assertThat(list.select("a.resume[href=/decisions/" + id + "]")).hasSize(1);
    }

    @Test
    void matrixPageShowsEveryCriterionWithRatingsAndTheWeightRule() {
        FormSession s = FormSession.login(TestUsers.leader());
        Document doc = page(s, "/matrix");
        assertThat(doc.select("table.matrix tbody tr")).hasSize(12);
        assertThat(doc.select("table.matrix thead th").eachText()).containsExactly("Criterion", "Go", "Python", "Rust",
                "Java", "Kotlin", "TypeScript on Node.js", "C# on .NET");
        assertThat(doc.text()).contains("Default weight: 0, +5 if “ML model prototyping” is yes (kept within 0–5)");
        FormSession.login(TestUsers.hiringManager()).given().accept("text/html").get("/matrix").then().statusCode(403);
    }

    @Test
    void listSearchesByTitle() {
        FormSession s = FormSession.login(TestUsers.ensure("searcher@test.gofit", Role.LEADER));
        DecisionWizard.start(s, "Inventory service");
        DecisionWizard.start(s, "Ledger exporter");
        Document all = page(s, "/decisions");
        assertThat(all.select("table.decisions tbody tr")).hasSize(2);
        Document found = page(s, "/decisions?q=LEDGER");
        assertThat(found.select("table.decisions tbody tr")).hasSize(1);
        assertThat(found.select("table.decisions tbody").text()).contains("Ledger exporter");
        assertThat(page(s, "/decisions?q=nothing-like-this").text()).contains("No decision has");
    }

    @Test
    void weightsRecomputeByPlainPostAndByHtmxFragment() {
        FormSession s = FormSession.login(TestUsers.leader());
        long id = DecisionWizard.complete(s, "Weights", List.of("yes", "yes", "yes", "yes"), "no", "no");
        Map<String, Object> form = new HashMap<>(Map.of("w-ml-ecosystem", "5", "w-concurrency-model", "0"));
        s.postForm("/decisions/" + id + "/weights", form).then().statusCode(303)
                .header("Location", containsString("/decisions/" + id + "?done=weights"));
        Document after = page(s, "/decisions/" + id + "?done=weights");
        assertThat(after.select("input#w-ml-ecosystem").attr("value")).isEqualTo("5");
        assertThat(after.select("input#w-concurrency-model").attr("value")).isEqualTo("0");
        assertThat(after.select(".flash").text()).contains("Weights saved");

        Response htmx = s.given().header("HX-Request", "true").accept("text/html")
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", after.select("input[name=csrf-token]").first().attr("value"))
                .formParam("w-memory-control", "5")
                .post("/decisions/" + id + "/weights");
        assertThat(htmx.statusCode()).isEqualTo(200);
        String fragment = htmx.asString();
        assertThat(fragment).doesNotContain("<html").contains("id=\"matrix\"");
        assertThat(Jsoup.parse(fragment).select("input#w-memory-control").attr("value")).isEqualTo("5");

        s.postForm("/decisions/" + id + "/weights", Map.of("reset", "1")).then().statusCode(303);
        assertThat(page(s, "/decisions/" + id).select("input#w-ml-ecosystem").attr("value")).isEqualTo("0");
    }

    @Test
    void aFlipThatMovesFourWeightsIsShownInFullOnThePageAndInTheAdr() {
        FormSession s = FormSession.login(TestUsers.leader());
        // Concurrency, simple deployment and services: no one or two weights put Rust or Python first.
        long id = DecisionWizard.complete(s, "Far from a flip", List.of("yes", "no", "yes", "yes"), "no", "no");
        Document result = page(s, "/decisions/" + id);
        List<String> flips = result.select(".flip li").eachText();
        assertThat(flips).hasSize(2).anySatisfy(f -> assertThat(f).contains("steps in all"));
        assertThat(result.select(".flip").text()).doesNotContain("whatever the weights");
        String md = s.given().get("/decisions/" + id + "/adr.md").then().statusCode(200).extract().asString();
        assertThat(md).contains("What would flip the ranking: " + flips.get(0));
    }

    @Test
    void weightChangesOnAProposedDecisionStayVisibleInTheHistory() {
        FormSession s = FormSession.login(TestUsers.leader());
        long id = DecisionWizard.complete(s, "Weights history", List.of("yes", "yes", "yes", "yes"), "no", "no");
        assertThat(page(s, "/decisions/" + id).select(".weight-changes")).isEmpty();

        s.postForm("/decisions/" + id + "/weights", Map.of("w-ml-ecosystem", "5")).then().statusCode(303);
        assertThat(weightChanges(s, id)).singleElement().asString().endsWith(": ML / data ecosystem 0 → 5");
        // Field by field saves of one editing session are one change; a weight moved back drops out of it.
        s.postForm("/decisions/" + id + "/weights", Map.of("w-memory-control", "3")).then().statusCode(303);
        s.postForm("/decisions/" + id + "/weights", Map.of("w-ml-ecosystem", "0")).then().statusCode(303);
        assertThat(weightChanges(s, id)).singleElement().asString().startsWith("Revision 1, ").endsWith(": Systems and memory control 0 → 3");

        // A later session is a change of its own, listed first.
        QuarkusTransaction.requiringNew().run(() -> DecisionWeightChange.<DecisionWeightChange>find("decisionId", id)
                .firstResult().changedAt = java.time.Instant.now().minus(DecisionService.WEIGHT_EDIT_BURST.multipliedBy(2)));
        s.postForm("/decisions/" + id + "/weights", Map.of("reset", "1")).then().statusCode(303);
        assertThat(weightChanges(s, id)).hasSize(2).first().asString().endsWith(": Systems and memory control 3 → 0");
    }

    private static List<String> weightChanges(FormSession s, long id) {
        return page(s, "/decisions/" + id).select("ul.weight-changes li").eachText();
    }

    @Test
    void aWeightOutsideZeroToFiveRerendersWithTheEnteredValue() {
        FormSession s = FormSession.login(TestUsers.leader());
        long id = DecisionWizard.complete(s, "Bad weights", List.of("yes", "no", "yes", "no"), "no", "no");
        Response r = s.postForm("/decisions/" + id + "/weights", Map.of("w-performance", "9", "w-deployment", "x"));
        assertThat(r.statusCode()).isEqualTo(400);
        Document doc = Jsoup.parse(r.asString());
        assertThat(doc.select("input#w-performance").attr("value")).isEqualTo("9");
        assertThat(doc.select("input#w-performance").attr("aria-invalid")).isEqualTo("true");
        assertThat(doc.select("#e-deployment").text()).contains("0 to 5");
        assertThat(doc.select("#matrix .errors").text()).contains("2 weights need fixing");
    }

    @Test
    void lifecycleGoesProposedAcceptedSupersededAndRevisionsKeepHistory() {
        FormSession s = FormSession.login(TestUsers.ensure("lifecycle@test.gofit", Role.LEADER));
        long first = DecisionWizard.complete(s, "Gateway v1", List.of("yes", "yes", "no", "no"), "no", "no");
        s.postForm("/decisions/" + first + "/status", Map.of("status", "ACCEPTED")).then().statusCode(303);
        assertThat(page(s, "/decisions/" + first).select(".badge.status").text()).isEqualTo("Accepted");
        // accepted: the weights are fixed now
        assertThat(page(s, "/decisions/" + first).select("input#w-performance").hasAttr("disabled")).isTrue();

        long second = DecisionWizard.complete(s, "Gateway v2", List.of("yes", "yes", "yes", "yes"), "no", "no");
        s.postForm("/decisions/" + first + "/status", Map.of("status", "SUPERSEDED", "supersededBy", String.valueOf(first)))
                .then().statusCode(400);
        s.postForm("/decisions/" + first + "/status", Map.of("status", "SUPERSEDED", "supersededBy", String.valueOf(second)))
                .then().statusCode(303);
        Document old = page(s, "/decisions/" + first);
        assertThat(old.select(".badge.status").text()).isEqualTo("Superseded");
        assertThat(old.select(".notice a[href=/decisions/" + second + "]")).hasSize(1);
        assertThat(page(s, "/decisions/" + second).text()).contains("Supersedes Gateway v1");

        // Revise the second decision: revision 1 stays in the history.
        s.postForm("/decisions/" + second + "/revise", Map.of()).then().statusCode(303).header("Location", endsWith("/about"));
        s.postForm("/decisions/" + second + "/about", Map.of("title", "Gateway v2 (after load test)")).then().statusCode(303);
        s.postForm("/decisions/" + second + "/questions/4", Map.of("answer", "no", "nav", "next")).then().statusCode(303);
        s.postForm("/decisions/" + second + "/cautions", Map.of("mlPrototyping", "no", "lowLevelMemoryControl", "no", "nav", "next"))
                .then().statusCode(303);
        Document revised = page(s, "/decisions/" + second);
        assertThat(revised.select("h1").text()).isEqualTo("Gateway v2 (after load test)");
        assertThat(revised.select("#history-h + div tbody tr")).hasSize(2);
        assertThat(revised.select("#history-h + div tbody").text()).contains("2 (current)", "Gateway v2", "Proposed");
        // Past answers read as their titles, never as content keys.
        assertThat(revised.select("#history-h + div tbody").text()).contains("Simple, fast deployment")
                .doesNotContain("simpleDeployment", "ioPerformance");
    }

    @Test
    void aSupersededDecisionIsNeitherOfferedNorAcceptedAsASuccessor() {
        FormSession s = FormSession.login(TestUsers.ensure("no-cycle@test.gofit", Role.LEADER));
        long a = DecisionWizard.complete(s, "Queue v1", List.of("yes", "yes", "no", "no"), "no", "no");
        long b = DecisionWizard.complete(s, "Queue v2", List.of("yes", "yes", "yes", "no"), "no", "no");
        s.postForm("/decisions/" + a + "/status", Map.of("status", "ACCEPTED")).then().statusCode(303);
        s.postForm("/decisions/" + b + "/status", Map.of("status", "ACCEPTED")).then().statusCode(303);
        assertThat(page(s, "/decisions/" + b).select("#supersededBy option").eachAttr("value")).containsExactly(String.valueOf(a));
        s.postForm("/decisions/" + a + "/status", Map.of("status", "SUPERSEDED", "supersededBy", String.valueOf(b)))
                .then().statusCode(303);

        Document bPage = page(s, "/decisions/" + b);
        assertThat(bPage.select("#supersededBy")).isEmpty();
        assertThat(bPage.text()).contains("To supersede it, record the newer decision first.");
        Response forced = s.postForm("/decisions/" + b + "/status", Map.of("status", "SUPERSEDED", "supersededBy", String.valueOf(a)));
        assertThat(forced.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(forced.asString()).select(".errors").text())
                .isEqualTo("“Queue v1” is superseded itself: choose a decision that is still current.");
        assertThat(page(s, "/decisions/" + b).select(".badge.status").text()).isEqualTo("Accepted");
    }

    @Test
    void proposedCannotBeSupersededAndAcceptedCannotBeAcceptedAgain() {
        FormSession s = FormSession.login(TestUsers.leader());
        long id = DecisionWizard.complete(s, "Rules", List.of("yes", "yes", "no", "no"), "no", "no");
        s.postForm("/decisions/" + id + "/status", Map.of("status", "SUPERSEDED")).then().statusCode(400);
        s.postForm("/decisions/" + id + "/status", Map.of("status", "REJECTED")).then().statusCode(303);
        Response again = s.postForm("/decisions/" + id + "/status", Map.of("status", "ACCEPTED"));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(again.asString()).select(".errors").text()).contains("Only a proposed decision");
    }

    @Test
    void adrMarkdownFollowsTheMadrLayout() {
        FormSession s = FormSession.login(TestUsers.leader());
        long id = DecisionWizard.complete(s, "Notification fan-out", List.of("yes", "yes", "yes", "no"), "no", "yes");
        String md = s.given().get("/decisions/" + id + "/adr.md").then().statusCode(200)
                .contentType(startsWith("text/markdown")).extract().asString();
        assertThat(md).startsWith("---\nstatus: proposed\ndate: ");
        assertThat(md).contains("decision-makers: leader", "# Notification fan-out", "## Context and Problem Statement",
                "Card payments for the shop", "## Decision Drivers", "* High concurrency", "**Yes**. Evidence: note 1",
                "## Considered Options", "* Go\n* Python\n* Rust", "## Decision Outcome",
                // Go fits with caveats, and the caution's alternative ranks first: the matrix and the verdict agree.
                "Chosen option: \"Rust\", because it ranks first in the decision matrix", "and the Go-fit verdict agrees",
                "### Consequences",
                "### Confirmation", "/pilots/new?decision=" + id, "## Pros and Cons of the Options", "### Rust",
                "## More Information", "What would flip the ranking");
    }

    @Test
    void theResultPageComparesChosenOptionsAndAcceptsWithAChoiceAndARationale() {
        FormSession s = FormSession.login(TestUsers.ensure("options-page@test.gofit", Role.LEADER));
        long id = DecisionWizard.complete(s, "Options", List.of("yes", "yes", "no", "yes"), "no", "no");
        Document before = page(s, "/decisions/" + id);
        assertThat(before.select(".agreement").text()).contains("The matrix agrees with the verdict: Go ranks first of 3 options");
        assertThat(before.select(".divergence")).isEmpty();
        s.postForm("/decisions/" + id + "/options", Map.of("option", List.of("python", "java"))).then().statusCode(303);
        Document after = page(s, "/decisions/" + id);
        assertThat(after.select("svg.chart rect")).hasSize(3);
        assertThat(after.select("table.matrix thead th").eachText()).contains("Java").doesNotContain("Rust");
        assertThat(after.select("input[name=option][value=go]").hasAttr("disabled")).isTrue();
        Response tooFew = s.postForm("/decisions/" + id + "/options", Map.of("option", "go"));
        assertThat(tooFew.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(tooFew.asString()).select(".errors").text()).contains("must name 2 to 6 options");

        s.postForm("/decisions/" + id + "/status", Map.of("status", "ACCEPTED", "chosenOption", "java",
                "rationale", "Our platform team runs the JVM already.")).then().statusCode(303);
        Document accepted = page(s, "/decisions/" + id);
        assertThat(accepted.select(".chosen").text()).isEqualTo("Chosen option: Java — Our platform team runs the JVM already.");
        String md = s.given().get("/decisions/" + id + "/adr.md").then().statusCode(200).extract().asString();
        assertThat(md).contains("* Go\n* Python\n* Java\n", "Chosen option: \"Java\", because the deciders chose it although "
                + "the matrix ranks Go first: Our platform team runs the JVM already.");
    }

    @Test
    void theAboutStepTakesAnOptionalTeamContextThatMovesTheMatrix() {
        FormSession s = FormSession.login(TestUsers.ensure("context-page@test.gofit", Role.LEADER));
        Map<String, Object> about = new HashMap<>(Map.of("title", "Reporting API", "famLanguage", List.of("go", "python"),
                "famLevel", List.of("NONE", "EXPERT"), "timeline", "WEEKS", "hiring", "HARD", "cpuBound", "no"));
        Response r = s.postForm("/decisions", about);
        assertThat(r.statusCode()).isEqualTo(303);
        long id = Long.parseLong(r.header("Location").replaceAll(".*/decisions/(\\d+)/.*", "$1"));
        for (int n = 1; n <= 4; n++) {
            s.postForm("/decisions/" + id + "/questions/" + n, Map.of("answer", n == 3 ? "no" : "yes", "nav", "next"));
        }
        s.postForm("/decisions/" + id + "/cautions", Map.of("mlPrototyping", "no", "lowLevelMemoryControl", "no", "nav", "next"))
                .then().statusCode(303);
        Document result = page(s, "/decisions/" + id);
        assertThat(result.select("#verdict-h").text()).isEqualTo("Go is a top contender");
        assertThat(result.select(".divergence").text()).startsWith("The matrix departs from the verdict. Python ranks first")
                .contains("Team familiarity");
        assertThat(result.select(".context-lines").text()).contains("Python: the team's main language, with in-house experts");
        assertThat(page(s, "/decisions").text()).contains("Reporting API");
        // A wrong level is named and the input kept.
        about.put("famLevel", List.of("NONE", "GURU"));
        Response bad = s.postForm("/decisions", about);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(bad.asString()).select("#f-title").attr("value")).isEqualTo("Reporting API");
        assertThat(Jsoup.parse(bad.asString()).text()).contains("Choose a level from the list.");
    }

    @Test
    void pdfAndPrintViewExportTheAdr() throws java.io.IOException {
        FormSession s = FormSession.login(TestUsers.leader());
        long id = DecisionWizard.complete(s, "Export me", List.of("yes", "yes", "no", "no"), "no", "no");
        byte[] pdf = s.given().get("/decisions/" + id + "/adr.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        // Kept for a person to look at (pdftoppm -png target/screenshots/decision-adr.pdf).
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "decision-adr.pdf"), pdf);
        Document print = page(s, "/decisions/" + id + "/print");
        assertThat(print.select("article.adr h2").eachText()).contains("Context and Problem Statement", "Decision Drivers",
                "Decision Outcome", "Pros and Cons of the Options");
        assertThat(print.select("button[data-print]")).hasSize(1);
    }

    @Test
    void userTextIsEscapedInThePrintView() {
        FormSession s = FormSession.login(TestUsers.leader());
        long id = DecisionWizard.start(s, "<script>alert(1)</script>");
        assertThat(s.get("/decisions/" + id + "/print").asString()).doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void someoneElsesDecisionIsNotFoundAndHiringManagersCannotDecide() {
        FormSession owner = FormSession.login(TestUsers.ensure("owner2@test.gofit", Role.LEADER));
        long id = DecisionWizard.start(owner, "Private");
        FormSession other = FormSession.login(TestUsers.leader());
        other.get("/decisions/" + id + "/questions/1").then().statusCode(404);
        other.get("/decisions/" + id + "/adr.md").then().statusCode(404);
        other.get("/decisions/" + id + "/adr.pdf").then().statusCode(404);
        other.get("/decisions/" + id).then().statusCode(404);
        other.postForm("/decisions/" + id + "/status", Map.of("status", "ACCEPTED")).then().statusCode(404);
        FormSession hiring = FormSession.login(TestUsers.hiringManager());
        hiring.get("/decisions").then().statusCode(403);
        // Issue 10: a hiring manager reads the shared log, but a colleague's draft is not in it.
        hiring.get("/decisions/" + id + "/adr.md").then().statusCode(404);
    }
}
