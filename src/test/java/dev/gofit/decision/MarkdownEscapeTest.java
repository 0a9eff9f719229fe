package dev.gofit.decision;

import dev.gofit.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** A decision title is one line, and the Markdown exports escape what users typed (issue 13). */
@QuarkusTest
class MarkdownEscapeTest {

    private static final String ANSWERS = "\"answers\":{\"concurrency\":true,\"ioPerformance\":true,\"simpleDeployment\":false,"
            + "\"servicesOrTooling\":true},\"cautions\":{\"mlPrototyping\":false,\"lowLevelMemoryControl\":false}";

    private static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic(TestUsers.admin(), TestUsers.PASSWORD).contentType("application/json");
    }

    @Test
    void aTitleWithALineBreakIs400() {
        asAdmin().body("{\"title\":\"Payments\\n# Injected heading\"," + ANSWERS + "}").post("/api/decisions")
                .then().statusCode(400).body("errors[0].field", equalTo("title"))
                .body("errors[0].message", equalTo("must be one line"));
    }

    @Test
    void theAdrEscapesTheTitle() {
        int id = asAdmin().body("{\"title\":\"Pay | #1 *gw* [x](http://evil)\"," + ANSWERS + "}").post("/api/decisions")
                .then().statusCode(201).extract().path("id");
        String md = asAdmin().get("/decisions/" + id + "/adr.md").then().statusCode(200).extract().asString();
        assertThat(md).contains("# Pay \\| \\#1 \\*gw\\* \\[x\\](http://evil)\n");
        assertThat(md).doesNotContain("[x](http://evil)");
    }

    @Test
    void theChecklistMarkdownKeepsUserTextOnOneEscapedLine() {
        int id = asAdmin().body("{\"role\":\"Go dev\\n# Injected | cell\",\"custom\":[\"Reads *pprof* | traces\"]}")
                .post("/api/checklists").then().statusCode(201).extract().path("id");
        String md = asAdmin().get("/checklists/" + id + "/export.md").then().statusCode(200).extract().asString();
        assertThat(md.lines()).noneMatch(line -> line.startsWith("# Injected"));
        assertThat(md).contains("# Hiring checklist: Go dev \\# Injected \\| cell");
        assertThat(md).contains("Reads \\*pprof\\* \\| traces");
        String csv = asAdmin().get("/checklists/" + id + "/export.csv").then().statusCode(200).extract().asString();
        assertThat(Arrays.stream(csv.split("\r\n")).filter(l -> l.contains("traces")).findFirst().orElseThrow())
                .startsWith("Reads *pprof* | traces,"); // a CSV cell as typed (quoted only where CSV needs it)
    }
}
