package dev.gofit.account;

import dev.gofit.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The login POST refuses other sites' forms (login CSRF); the cookie is SameSite=Strict. */
@QuarkusTest
class LoginOriginGuardTest {

    @TestHTTPResource("/")
    URL base;

    private RequestSpecification loginPost() {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", TestUsers.leader()).formParam("j_password", TestUsers.PASSWORD);
    }

    private String ownOrigin() {
        return "http://" + base.getHost() + ":" + base.getPort();
    }

    @Test
    void crossOriginLoginPostIsRefusedBeforeCredentialsAreChecked() {
        var response = loginPost().header("Origin", "https://evil.example").post("/j_security_check");
        response.then().statusCode(403).body(containsString("another site"));
        assertThat(response.getCookie("quarkus-credential")).isNull();
    }

    @Test
    void crossSiteRefererWithoutOriginIsRefused() {
        loginPost().header("Referer", "https://evil.example/page").post("/j_security_check").then().statusCode(403);
    }

    @Test
    void opaqueNullOriginIsRefused() {
        loginPost().header("Origin", "null").post("/j_security_check").then().statusCode(403);
    }

    @Test
    void sameOriginLoginPostLogsIn() {
        var response = loginPost().header("Origin", ownOrigin()).header("Referer", ownOrigin() + "/login")
                .post("/j_security_check");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.getDetailedCookie("quarkus-credential").getSameSite()).isEqualToIgnoringCase("Strict");
        assertThat(response.getDetailedCookie("quarkus-credential").isHttpOnly()).isTrue();
    }

    @Test
    void publicUrlOriginIsAcceptedBehindAProxy() {
        // gofit.public-url is http://localhost:8080 in tests: a proxy may present that origin.
        loginPost().header("Origin", "http://localhost:8080").post("/j_security_check")
                .then().statusCode(302);
    }

    @Test
    void scriptsWithoutOriginOrRefererStillLogIn() {
        loginPost().post("/j_security_check").then().statusCode(302);
    }

    @Test
    void originRulesCompareSchemeHostAndPort() {
        String own = "http://gofit.example";
        assertThat(LoginOriginGuard.allowed("http://GoFit.example:80", null, own, null)).isTrue();
        assertThat(LoginOriginGuard.allowed("https://gofit.example", null, own, null)).isFalse();
        assertThat(LoginOriginGuard.allowed("http://gofit.example:8081", null, own, null)).isFalse();
        assertThat(LoginOriginGuard.allowed("http://gofit.example.evil.test", null, own, null)).isFalse();
        assertThat(LoginOriginGuard.allowed(null, "http://gofit.example/login?x=1", own, null)).isTrue();
        assertThat(LoginOriginGuard.allowed("not a url", null, own, null)).isFalse();
        assertThat(LoginOriginGuard.originOf("https://a.example:443/x")).isEqualTo("https://a.example");
    }

    @Test
    void refusalKeepsTheSecurityHeaders() {
        loginPost().header("Origin", "https://evil.example").post("/j_security_check")
                .then().statusCode(403).header("X-Content-Type-Options", equalTo("nosniff"));
    }
}
