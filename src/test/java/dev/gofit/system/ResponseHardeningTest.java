package dev.gofit.system;

import dev.gofit.support.FormSession;
import dev.gofit.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The hardening of issue 13: no-store, the CSRF cookie, a request without Host, metrics and Swagger UI. */
@QuarkusTest
class ResponseHardeningTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void staffPagesAndExportsAreNotStoredButStaticFilesMayBe() {
        FormSession admin = FormSession.login(TestUsers.admin());
        admin.given().get("/decisions").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        admin.given().get("/admin/users").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        int checklist = given().auth().preemptive().basic(TestUsers.admin(), TestUsers.PASSWORD).contentType("application/json")
                .body("{\"role\":\"Cache\"}").post("/api/checklists").then().statusCode(201).extract().path("id");
        given().auth().preemptive().basic(TestUsers.admin(), TestUsers.PASSWORD).get("/checklists/" + checklist + "/export.md")
                .then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        given().auth().preemptive().basic(TestUsers.admin(), TestUsers.PASSWORD).get("/api/me")
                .then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        given().get("/css/app.css").then().statusCode(200).header("Cache-Control", anyOf(nullValue(), not(containsString("no-store"))));
    }

    @Test
    void theCsrfCookieIsSameSiteStrict() {
        FormSession admin = FormSession.login(TestUsers.admin());
        String setCookie = admin.given().get("/account/password").then().statusCode(200).extract().headers()
                .getValues("Set-Cookie").stream().filter(c -> c.startsWith("csrf-token=")).findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("SameSite=Strict");
    }

    @Test
    void aRequestWithoutHostIsAProblem400WithoutAnErrorLogLine() throws IOException {
        List<LogRecord> errors = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            for (String request : List.of("GET /decisions HTTP/1.0\r\n\r\n", "GET /api/me HTTP/1.1\r\nConnection: close\r\n\r\n",
                    "GET / HTTP/1.0\r\nAccept: text/html\r\n\r\n")) {
                String answer = raw(request);
                assertThat(answer).as(request).startsWith("HTTP/1.").contains(" 400 ");
                assertThat(answer.toLowerCase()).as(request).contains("content-type: application/problem+json");
                assertThat(answer).as(request).contains("\"status\":400").contains("Host");
            }
        } finally {
            root.removeHandler(handler);
        }
        assertThat(errors).extracting(LogRecord::getMessage).isEmpty();
    }

    @Test
    void metricsAndSwaggerUiAreForAdminsUnlessOpened() {
        given().redirects().follow(false).get("/q/metrics").then().statusCode(anyOf(equalTo(401), equalTo(302)));
        given().redirects().follow(false).get("/q/swagger-ui/").then().statusCode(anyOf(equalTo(401), equalTo(302)));
        given().auth().preemptive().basic(TestUsers.leader(), TestUsers.PASSWORD).get("/q/metrics").then().statusCode(403);
        given().auth().preemptive().basic(TestUsers.admin(), TestUsers.PASSWORD).get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
        FormSession.login(TestUsers.admin()).given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            int n;
            while ((n = in.read(buffer)) > 0) {
                answer.write(buffer, 0, n);
                if (answer.toString(StandardCharsets.UTF_8).contains("\r\n\r\n") && complete(answer.toString(StandardCharsets.UTF_8))) {
                    break;
                }
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    /** Whether the answer's body is complete by its Content-Length (HTTP/1.1 keeps the connection otherwise). */
    private static boolean complete(String answer) {
        int headerEnd = answer.indexOf("\r\n\r\n");
        for (String line : answer.substring(0, headerEnd).split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                int length = Integer.parseInt(line.substring(15).trim());
                return answer.getBytes(StandardCharsets.UTF_8).length - headerEnd - 4 >= length;
            }
        }
        return false;
    }
}
