package dev.gofit.ui;

import dev.gofit.support.FormSession;
import dev.gofit.support.PdfPages;
import dev.gofit.support.TestUsers;
import dev.gofit.takehome.Invite;
import dev.gofit.takehome.Review;
import dev.gofit.takehome.ReviewStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The PDFs carry the same charts as their pages and print every glyph: the ADR its matrix chart, the review its
 * timelines and the candidate's name, the pilot its metric charts. Charts are found by their colours on the
 * rendered pages, text by extraction.
 */
@QuarkusTest
class PdfChartsTest {

    private static void keep(String name, byte[] pdf) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".pdf"), pdf);
    }

    private static long decision(String leader) {
        return TestUsers.api(leader)
                .body(Map.of("title", "Payments → gateway …",
                        "answers", Map.of("concurrency", true, "ioPerformance", true, "simpleDeployment", false,
                                "servicesOrTooling", true),
                        "cautions", Map.of("mlPrototyping", false, "lowLevelMemoryControl", false)))
                .post("/api/decisions").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void adrPdfCarriesTheMatrixChart() throws Exception {
        String leader = TestUsers.leader();
        long id = decision(leader);
        byte[] pdf = FormSession.login(leader).given().accept("application/pdf").get("/decisions/" + id + "/adr.pdf")
                .then().statusCode(200).extract().asByteArray();
        keep("adr-chart", pdf);
        String text = PdfPages.text(pdf);
        assertThat(text).contains("Payments → gateway …").contains("Weighted score of each language, out of 5");
        // The second and third languages' bars (#3b5ba5, #a63d12): colours nothing else on the page uses.
        assertThat(PdfPages.pixelsOf(pdf, 0x3b5ba5)).as("second bar").isGreaterThan(100);
        assertThat(PdfPages.pixelsOf(pdf, 0xa63d12)).as("third bar").isGreaterThan(100);
    }

    @Test
    void pilotPdfCarriesItsMetricCharts() throws Exception {
        String leader = TestUsers.leader();
        long decision = decision(leader);
        long pilot = TestUsers.api(leader)
                .body(Map.of("decisionId", decision, "service", "Payment authorization API", "startDate", "2026-12-21"))
                .post("/api/pilots").then().statusCode(201).extract().jsonPath().getLong("id");
        byte[] pdf = FormSession.login(leader).given().accept("application/pdf").get("/pilots/" + pilot + "/export.pdf")
                .then().statusCode(200).extract().asByteArray();
        keep("pilot-charts", pdf);
        assertThat(PdfPages.text(pdf)).contains("Payment authorization API").contains("Trend");
        assertThat(PdfPages.pixelsOf(pdf, 0x1a7f37)).as("target lines").isGreaterThan(100);
        assertThat(PdfPages.pixelsOf(pdf, 0xc62828)).as("minimum lines").isGreaterThan(100);
    }

    @Test
    void reviewPdfCarriesTheTimelinesAndTheCandidatesName() throws Exception {
        String hm = TestUsers.hiringManager();
        FormSession session = FormSession.login(hm);
        String location = session.postForm("/reviews/reference", Map.of()).then().statusCode(303).extract().header("Location");
        long reference = Long.parseLong(location.replaceAll(".*/reviews/(\\d+).*", "$1"));
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> QuarkusTransaction
                .requiringNew().call(() -> Review.<Review>findById(reference).status.finished()));
        String url = TestUsers.api(hm)
                .body(Map.of("candidateName", "Zoë Łukasz Дмитрий", "candidateEmail", "zoe.pdf@example.com"))
                .post("/api/invites").then().statusCode(201).extract().jsonPath().getString("url");
        String token = url.substring(url.indexOf("/t/") + 3);
        long finalReview = QuarkusTransaction.requiringNew().call(() -> {
            Review ref = Review.findById(reference);
            Invite invite = Invite.findUsable(token).orElseThrow();
            Review r = new Review();
            r.endpoint = "https://zoe.example.com/aggregate";
            r.ownerId = invite.createdBy;
            r.inviteId = invite.id;
            r.finalInviteId = invite.id;
            r.status = ReviewStatus.DONE;
            r.progress = 100;
            r.score = ref.score;
            r.report = ref.report;
            r.persist();
            return r.id;
        });
        byte[] pdf = session.given().accept("application/pdf").get("/reviews/" + finalReview + "/report.pdf")
                .then().statusCode(200).extract().asByteArray();
        keep("review-timelines", pdf);
        assertThat(PdfPages.text(pdf)).contains("Zoë Łukasz Дмитрий").contains("concurrency");
        // Embeddings bars (#6f42c1) only appear in the timelines.
        assertThat(PdfPages.pixelsOf(pdf, 0x6f42c1)).as("embeddings bars of the timelines").isGreaterThan(100);
    }
}
