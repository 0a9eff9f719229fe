package dev.gofit.hiring;

import dev.gofit.support.TestChecklists;
import dev.gofit.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ChecklistExportTest {

    long id;

    @BeforeEach
    void checklist() {
        id = TestChecklists.create(TestUsers.hiringManager(), Map.of("role", "Payments Go engineer",
                "custom", List.of("Kafka consumer groups, \"exactly once\""), "weights", Map.of("concurrency", 5)));
    }

    @Test
    void csvHasOneRowPerItemWithSkillCheckWeightStage() throws IOException {
        String body = TestUsers.api(TestUsers.hiringManager()).get("/api/checklists/" + id + "/export.csv").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body))) {
            assertThat(parser.getHeaderNames()).containsExactly("skill", "check", "weight", "stage");
            List<CSVRecord> rows = parser.getRecords();
            // 16 content checks in the five core skills + 1 for the custom skill.
            assertThat(rows).hasSize(17);
            assertThat(rows.get(0).get("skill")).isEqualTo("Concurrency mastery");
            assertThat(rows.get(0).get("weight")).isEqualTo("5");
            assertThat(rows).extracting(r -> r.get("stage")).containsOnly("screen", "take-home", "design");
            CSVRecord custom = rows.get(rows.size() - 1);
            // The comma and quotes in the custom name survive the round trip.
            assertThat(custom.get("skill")).isEqualTo("Kafka consumer groups, \"exactly once\"");
            assertThat(custom.get("weight")).isEqualTo("3");
        }
    }

    @Test
    void csvCellsCannotRunAsSpreadsheetFormulas() throws IOException {
        long formulas = TestChecklists.create(TestUsers.hiringManager(), Map.of("role", "Formula role",
                "skills", List.of("testing"), "custom", List.of("=HYPERLINK(\"http://evil.example\")", "@SUM(A1)")));
        String body = TestUsers.api(TestUsers.hiringManager()).get("/api/checklists/" + formulas + "/export.csv").then().statusCode(200)
                .extract().asString();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body))) {
            List<String> skills = parser.getRecords().stream().map(r -> r.get("skill")).distinct().toList();
            assertThat(skills).contains("'=HYPERLINK(\"http://evil.example\")", "'@SUM(A1)");
            assertThat(skills).noneMatch(s -> s.startsWith("=") || s.startsWith("@"));
        }
    }

    @Test
    void markdownHasSkillsKitsAndJobDescription() {
        String md = TestUsers.api(TestUsers.hiringManager()).get("/api/checklists/" + id + "/export.md").then().statusCode(200)
                .contentType("text/markdown").extract().asString();
        assertThat(md).startsWith("# Hiring checklist: Payments Go engineer")
                .contains("### Concurrency mastery (weight 5 of 5)")
                .contains("- [ ] Designs a bounded worker pool with cancellation (Take-home exercise)")
                .contains("## Interview kit: Technical screen (30 min)")
                .contains("- 0–3 min: Introductions")
                .contains("#### Rate limiter")
                .contains("## Job description")
                .doesNotContain("&quot;").doesNotContain("&#");
    }

    @Test
    void pdfIsARealPdfWhoseTextHoldsTheChecklistAndKit() throws IOException {
        byte[] pdf = TestUsers.api(TestUsers.hiringManager()).get("/api/checklists/" + id + "/export.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        // Kept for a person to look at (pdftoppm -png target/exports/checklist.pdf).
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "exports"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "exports", "checklist.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Payments Go engineer")
                    .contains("Concurrency mastery")
                    .contains("Interview kit: Technical screen · 30 min")
                    .contains("A strong answer shows")
                    .contains("Concurrent web scraper")
                    .contains("Kafka consumer groups")
                    .contains("Job description");
        }
    }

    @Test
    void browserExportPathsNeedALoginAndAnswerTheSameFiles() {
        // Without credentials: a Basic challenge or the login page, depending on which mechanism answers first.
        io.restassured.RestAssured.given().redirects().follow(false).get("/checklists/" + id + "/export.csv")
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(401), org.hamcrest.Matchers.is(302)));
        dev.gofit.support.FormSession session = dev.gofit.support.FormSession.login(TestUsers.hiringManager());
        session.given().get("/checklists/" + id + "/export.pdf").then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("checklist-" + id + ".pdf"));
        session.given().get("/checklists/" + id + "/export.md").then().statusCode(200);
    }
}
