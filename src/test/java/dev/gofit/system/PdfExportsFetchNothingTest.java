package dev.gofit.system;

import dev.gofit.support.FormSession;
import dev.gofit.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every PDF GoFit renders (ADR, checklist and interview kit, candidate summary, review report,
 * pilot) made from content full of hostile Markdown and HTML: nothing reaches a loopback listener,
 * nothing from the server's disk ends up in the PDF, and the HTML print view shows no user image.
 */
@QuarkusTest
class PdfExportsFetchNothingTest {

    @Test
    void noExportFetchesOrEmbedsAnything() throws Exception {
        Path secret = Files.createTempFile("gofit-secret", ".png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, 1), "png", secret.toFile());
        try (LoopbackListener listener = new LoopbackListener()) {
            String md = hostile(listener, secret);
            String oneLine = md.replaceAll("\\s+", " ");
            String leader = TestUsers.leader();
            String hm = TestUsers.hiringManager();

            Map<String, Object> decision = new LinkedHashMap<>();
            decision.put("title", "Hostile ![t](" + listener.url("/title.png") + ")");
            decision.put("description", md);
            decision.put("teamContext", md);
            decision.put("answers", Map.of("concurrency", true, "ioPerformance", true, "simpleDeployment", false,
                    "servicesOrTooling", true));
            decision.put("cautions", Map.of("mlPrototyping", false, "lowLevelMemoryControl", false));
            decision.put("notes", Map.of("concurrency", md, "ioPerformance", md));
            long decisionId = api(leader).body(decision).post("/api/decisions").then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            long checklistId = api(hm).body(Map.of("role", oneLine.substring(0, 120), "skills",
                    List.of("concurrency", "testing"), "custom", List.of(oneLine.substring(0, 120))))
                    .post("/api/checklists").then().statusCode(201).extract().jsonPath().getLong("id");
            long candidateId = api(hm).body(Map.of("name", oneLine.substring(0, 100), "email", "h@example.com"))
                    .post("/api/checklists/" + checklistId + "/candidates").then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            long reviewId = api(hm).body(Map.of("endpoint", "http://127.0.0.1:9/aggregate", "label", oneLine.substring(0, 120)))
                    .post("/api/reviews").then().statusCode(202).extract().jsonPath().getLong("id");
            long pilotId = api(leader).body(Map.of("decisionId", decisionId, "service", oneLine.substring(0, 150),
                    "startDate", "2026-12-07")).post("/api/pilots").then().statusCode(201).extract().jsonPath().getLong("id");

            FormSession lead = FormSession.login(leader);
            FormSession hiring = FormSession.login(hm);
            Map<String, byte[]> pdfs = new LinkedHashMap<>();
            pdfs.put("adr", pdf(lead, "/decisions/" + decisionId + "/adr.pdf"));
            pdfs.put("checklist", pdf(hiring, "/checklists/" + checklistId + "/export.pdf"));
            pdfs.put("candidate", pdf(hiring, "/hiring/candidates/" + candidateId + "/summary.pdf"));
            pdfs.put("review", pdf(hiring, "/reviews/" + reviewId + "/report.pdf"));
            pdfs.put("pilot", pdf(lead, "/pilots/" + pilotId + "/export.pdf"));

            assertThat(listener.connections()).as("connections to the loopback listener").isZero();
            Files.createDirectories(Path.of("target", "exports"));
            for (Map.Entry<String, byte[]> e : pdfs.entrySet()) {
                Files.write(Path.of("target", "exports", "hostile-" + e.getKey() + ".pdf"), e.getValue());
                try (PDDocument doc = Loader.loadPDF(e.getValue())) {
                    assertThat(imageCount(doc)).as(e.getKey() + ": embedded images").isZero();
                    String text = new PDFTextStripper().getText(doc);
                    assertThat(text).as(e.getKey()).doesNotContain("root:x:0:0");
                }
            }

            for (String file : List.of("/decisions/" + decisionId + "/adr.md", "/checklists/" + checklistId + "/export.md",
                    "/checklists/" + checklistId + "/export.csv", "/pilots/" + pilotId + "/export.md",
                    "/pilots/" + pilotId + "/checkpoints.ics")) {
                FormSession owner = file.startsWith("/checklists") ? hiring : lead;
                owner.given().get(file).then().statusCode(200).header("Content-Disposition",
                        org.hamcrest.Matchers.startsWith("attachment; filename=\""));
            }
            Document print = Jsoup.parse(lead.get("/decisions/" + decisionId + "/print").then().statusCode(200)
                    .extract().asString());
            assertThat(print.select("main img, main link, main style, main object")).isEmpty();
            assertThat(print.select("a[href]").eachAttr("href")).noneMatch(h -> h.startsWith("javascript:")
                    || h.startsWith("file:") || h.startsWith("data:"));
            assertThat(listener.connections()).isZero();
        } finally {
            Files.deleteIfExists(secret);
        }
    }

    static String hostile(LoopbackListener listener, Path secret) {
        return """
                Hostile ![a](%1$s) ![s](%2$s) ![p](file:///etc/passwd) [run](javascript:alert(1)) [f](%2$s)
                <img src="%1$s"> <link rel="stylesheet" href="%3$s"> <style>@import url(%3$s); body { background: url(%1$s) }</style>
                <object data="file:///etc/passwd"></object> ![r][ref]

                [ref]: %1$s
                """.formatted(listener.url("/x.png"), secret.toUri(), listener.url("/s.css"));
    }

    private static RequestSpecification api(String email) {
        return TestUsers.api(email);
    }

    private static byte[] pdf(FormSession session, String path) {
        return session.given().accept("application/pdf").get(path).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", org.hamcrest.Matchers.matchesPattern("attachment; filename=\"[^\"/]+\\.pdf\".*"))
                .extract().asByteArray();
    }

    private static int imageCount(PDDocument doc) throws IOException {
        int n = 0;
        for (PDPage page : doc.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    n++;
                }
            }
        }
        return n;
    }
}
