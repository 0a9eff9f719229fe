package dev.gofit.hiring;

import dev.gofit.support.HiringForms;
import dev.gofit.support.FormSession;
import dev.gofit.support.TestUsers;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The take-home SPI's results appear as evidence, whichever implementation the take-home feature provides. */
@QuarkusTest
class CandidateTakeHomeTest {

    @InjectMock
    TakeHomeResults takeHome;

    @Test
    void takeHomeResultsShowUnderConcurrencyMasteryAndInTheSummaryPdf() throws IOException {
        FormSession session = FormSession.login(TestUsers.hiringManager());
        long checklistId = HiringForms.checklistIdFrom(session.postForm("/hiring/checklists",
                HiringForms.defaultChecklist(session, "Take-home role")));
        String location = session.postForm("/hiring/checklists/" + checklistId + "/candidates",
                Map.of("name", "Gus", "email", "gus@example.com")).then().statusCode(303).extract().header("Location");
        long id = Long.parseLong(location.replaceAll(".*/hiring/candidates/(\\d+).*", "$1"));
        Mockito.when(takeHome.forCandidate("gus@example.com", checklistId)).thenReturn(List.of(new TakeHomeResults.Result(9,
                "http://gus.example/aggregate", 88, "DONE",
                List.of("concurrency: PASS sources fetched in parallel (212 ms, slower source 200 ms)"), "/reviews/9")));

        session.postForm("/hiring/candidates/" + id + "/scorecards",
                HiringForms.screenCard("Ana", "STRONG_YES", 4, 3, 3)).then().statusCode(303);
        Document page = Jsoup.parse(session.get("/hiring/candidates/" + id).asString());
        assertThat(page.select(".evidence tr:contains(Concurrency mastery) .takehome").text())
                .contains("score 88 / 100").doesNotContain("sources fetched in parallel");
        assertThat(page.select(".takehome a").attr("href")).isEqualTo("/reviews/9");

        byte[] pdf = session.given().get("/hiring/candidates/" + id + "/summary.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        Files.createDirectories(Path.of("target", "exports"));
        Files.write(Path.of("target", "exports", "candidate-summary.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(doc.getPage(0).getAnnotations()).anySatisfy(a -> assertThat(
                    ((org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink) a).getAction())
                    .extracting(action -> ((org.apache.pdfbox.pdmodel.interactive.action.PDActionURI) action).getURI())
                    .isEqualTo("http://localhost:8080/reviews/9"));
            assertThat(text).contains("Gus", "Summary across interviewers", "Concurrency mastery", "Take-home, measured",
                    "score 88 / 100", "Ana", "Strong yes");
        }
    }
}
