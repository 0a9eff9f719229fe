package dev.gofit.system;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** /q/openapi describes what a script uses, in a shape a client generator can work with (issue 13). */
@QuarkusTest
class ApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @ConfigProperty(name = "gofit.public-url")
    String publicUrl;

    private JsonPath document() {
        return given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void describesTheApiTheExportFilesAndTheReferenceEndpointButNoPage() {
        Map<String, Object> paths = document().getMap("paths");
        assertThat(paths.keySet()).contains("/api/decisions", "/api/users/{id}/disable", "/api/tokens",
                "/decisions/{id}/adr.md", "/decisions/{id}/adr.pdf", "/checklists/{id}/export.md",
                "/checklists/{id}/export.csv", "/checklists/{id}/export.pdf", "/pilots/{id}/export.md",
                "/pilots/{id}/export.pdf", "/demo/aggregate");
        assertThat(paths.keySet()).doesNotContain("/", "/login", "/logout", "/decisions", "/decisions/{id}",
                "/admin/users", "/hiring/checklists", "/invites", "/pilots", "/demo", "/t/{token}", "/account/tokens");
        assertThat(paths.keySet()).allMatch(ApiDocument::described, "only /api/**, export files and /demo/aggregate");
    }

    @Test
    void everyOperationHasAUniqueIdItsSecurityAndAProblemAnswer() {
        JsonPath doc = document();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        Set<String> ids = new HashSet<>();
        List<String> faults = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, raw) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            String where = method.toUpperCase() + " " + path;
            Object id = raw.get("operationId");
            if (!(id instanceof String s) || s.isBlank() || !ids.add(s)) {
                faults.add(where + ": operationId missing or not unique: " + id);
            }
            if (!(raw.get("security") instanceof List<?> security)) {
                faults.add(where + ": no security");
                return;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) raw.get("responses");
            if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                faults.add(where + ": no 2xx answer");
            }
            if (path.equals("/demo/aggregate")) {
                if (!security.isEmpty()) {
                    faults.add(where + ": public, yet security " + security);
                }
                return;
            }
            if (security.size() != 2 || !security.toString().contains("bearerAuth") || !security.toString().contains("basicAuth")) {
                faults.add(where + ": security is not Bearer or Basic: " + security);
            }
            for (String code : List.of("401", "403")) {
                if (!problem(doc, responses.get(code))) {
                    faults.add(where + ": no problem+json " + code);
                }
            }
            responses.forEach((code, response) -> {
                if (code.startsWith("4") && !problem(doc, response)) {
                    faults.add(where + ": " + code + " is not problem+json");
                }
            });
        }));
        assertThat(faults).isEmpty();
        assertThat(doc.getString("components.securitySchemes.bearerAuth.scheme")).isEqualTo("bearer");
        assertThat(doc.getString("components.securitySchemes.basicAuth.scheme")).isEqualTo("basic");
        assertThat(doc.getString("components.schemas.Problem.properties.status.type")).isEqualTo("integer");
    }

    @Test
    void everyExportFileItDescribesTakesScriptCredentials() {
        Map<String, Object> paths = document().getMap("paths");
        List<String> faults = new ArrayList<>();
        paths.keySet().stream().filter(p -> !p.startsWith("/api/") && !p.equals("/demo/aggregate")).forEach(path -> {
            String url = path.replace("{id}", "999999").replace("{day}", "5");
            int status = given().redirects().follow(false).auth().preemptive().basic(dev.gofit.support.TestUsers.admin(),
                    dev.gofit.support.TestUsers.PASSWORD).get(url).statusCode();
            if (status != 404) {
                faults.add(url + " → " + status + " (expected 404: authenticated, no such item)");
            }
        });
        assertThat(faults).isEmpty();
    }

    @Test
    void serversNameThePublicUrl() {
        assertThat(document().getList("servers.url")).containsExactly(publicUrl.replaceAll("/+$", ""));
    }

    @SuppressWarnings("unchecked")
    private static boolean problem(JsonPath doc, Object response) {
        if (!(response instanceof Map<?, ?> map)) {
            return false;
        }
        Object ref = map.get("$ref");
        if (ref instanceof String r) {
            map = doc.getMap("components.responses." + r.substring(r.lastIndexOf('/') + 1));
        }
        Object content = map == null ? null : map.get("content");
        return content instanceof Map<?, ?> c && c.containsKey("application/problem+json")
                && String.valueOf(((Map<String, Object>) c.get("application/problem+json")).get("schema")).contains("Problem");
    }
}
