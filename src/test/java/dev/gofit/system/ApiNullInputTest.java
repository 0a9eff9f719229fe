package dev.gofit.system;

import dev.gofit.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Nulls inside lists and maps of API bodies are 400s naming the field, never a 500 (issue 13). */
@QuarkusTest
class ApiNullInputTest {

    private static final String DECISION = "\"title\":\"Null fuzz\",\"answers\":{\"concurrency\":true,\"ioPerformance\":true,"
            + "\"simpleDeployment\":false,\"servicesOrTooling\":true},\"cautions\":{\"mlPrototyping\":false,\"lowLevelMemoryControl\":false}";

    private static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic(TestUsers.admin(), TestUsers.PASSWORD).contentType("application/json");
    }

    @Test
    void nullsInsideListsAndMapsAre400sNamingTheField() {
        String email = "null-" + UUID.randomUUID().toString().substring(0, 8) + "@test.gofit";
        int checklist = asAdmin().body("{\"role\":\"Null fuzz\"}").post("/api/checklists").then().statusCode(201).extract().path("id");
        int candidate = asAdmin().body("{\"checklistId\":" + checklist + ",\"name\":\"Nell\"}").post("/api/candidates")
                .then().statusCode(201).extract().path("id");
        int decision = asAdmin().body("{" + DECISION + "}").post("/api/decisions").then().statusCode(201).extract().path("id");

        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put("roles", new String[]{"/api/users", "{\"email\":\"" + email + "\",\"displayName\":\"N\",\"roles\":[null],\"password\":\"long enough pw\"}"});
        cases.put("weights", new String[]{"/api/checklists", "{\"role\":\"R\",\"weights\":{\"concurrency\":null}}"});
        cases.put("skills", new String[]{"/api/checklists", "{\"role\":\"R\",\"skills\":[null]}"});
        cases.put("custom", new String[]{"/api/checklists", "{\"role\":\"R\",\"custom\":[null]}"});
        cases.put("stages", new String[]{"/api/checklists", "{\"role\":\"R\",\"stages\":[null]}"});
        cases.put("minutes", new String[]{"/api/checklists", "{\"role\":\"R\",\"minutes\":{\"screen\":null}}"});
        cases.put("options", new String[]{"/api/decisions", "{" + DECISION + ",\"options\":[\"go\",null]}"});
        cases.put("weights ", new String[]{"/api/decisions", "{" + DECISION + ",\"weights\":{\"concurrency\":null}}"});
        cases.put("notes", new String[]{"/api/decisions", "{" + DECISION + ",\"notes\":{\"concurrency\":null}}"});
        cases.put("answers", new String[]{"/api/decisions", "{\"title\":\"T\",\"answers\":{\"concurrency\":null,\"ioPerformance\":true,"
                + "\"simpleDeployment\":false,\"servicesOrTooling\":true},\"cautions\":{\"mlPrototyping\":false,\"lowLevelMemoryControl\":false}}"});
        cases.put("context", new String[]{"/api/decisions", "{" + DECISION + ",\"context\":{\"familiarity\":{\"go\":null}}}"});
        cases.put("assignments", new String[]{"/api/candidates/" + candidate + "/loop", "{\"assignments\":[null]}"});
        cases.put("ratings", new String[]{"/api/candidates/" + candidate + "/scorecards",
                "{\"stage\":\"screen\",\"ratings\":{\"concurrency\":null},\"overall\":\"YES\"}"});
        cases.put("metrics", new String[]{"/api/pilots", "{\"decisionId\":" + decision + ",\"service\":\"S\",\"metrics\":[null]}"});
        cases.put("status", new String[]{"/api/decisions/" + decision + "/status", "{\"status\":null}"});
        cases.put("name", new String[]{"/api/tokens", "{\"name\":null}"});
        cases.put("endpoint", new String[]{"/api/reviews", "{\"endpoint\":null}"});
        cases.put("candidateName", new String[]{"/api/invites", "{\"candidateName\":null,\"candidateEmail\":null}"});

        List<String> faults = new ArrayList<>();
        cases.forEach((field, call) -> {
            var response = asAdmin().body(call[1]).post(call[0]).then().extract();
            String body = response.asString();
            if (response.statusCode() != 400 && response.statusCode() != 403 && response.statusCode() != 422
                    || !String.valueOf(response.contentType()).startsWith("application/problem+json")
                    || !body.contains("\"field\":\"" + field.strip())) {
                faults.add(field + " → " + response.statusCode() + " " + body);
            }
        });
        assertThat(faults).isEmpty();
    }
}
