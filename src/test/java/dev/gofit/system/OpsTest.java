package dev.gofit.system;

import dev.gofit.support.FormSession;
import dev.gofit.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** Health and the API document are served without login; metrics and Swagger UI to admins (gofit.api.ops-public opens them). */
@QuarkusTest
class OpsTest {

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void readinessCoversTheDatabaseAndTheContent() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "content"))
                .body("checks.find { it.name == 'content' }.status", equalTo("UP"));
    }

    @Test
    void prometheusMetricsAreExposed() {
        given().get("/login").then().statusCode(200); // at least one request to count
        given().auth().preemptive().basic(TestUsers.admin(), TestUsers.PASSWORD).get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"), containsString("http_server_requests_seconds"));
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("GoFit API"))
                .body("paths.keySet()", hasItems("/api/users", "/api/me"))
                .body("components.securitySchemes.basicAuth.scheme", equalTo("basic"));
    }

    @Test
    void swaggerUiIsServed() {
        FormSession.login(TestUsers.admin()).given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
    }
}
