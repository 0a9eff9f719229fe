package dev.gofit.account;

import dev.gofit.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Coming back after a session ends (htmx included), the e-mail kept after a wrong password, 404 for anyone. */
@QuarkusTest
class LoginReturnTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    LoginThrottle throttle;

    @AfterEach
    void forgetFailures() {
        throttle.reset();
    }

    private String origin() {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    @Test
    void htmxRequestWithoutSessionIsSentToTheLoginPageAndBack() {
        Response r = given().redirects().follow(false).header("HX-Request", "true")
                .header("HX-Current-URL", origin() + "/decisions/5?x=1")
                .contentType("application/x-www-form-urlencoded").formParam("w-performance", "3")
                .post("/decisions/5/weights");
        r.then().statusCode(200).header("Location", nullValue())
                .header("HX-Redirect", equalTo("/login?redirect=%2Fdecisions%2F5%3Fx%3D1"));
        assertThat(r.body().asString()).doesNotContain("j_security_check");
    }

    @Test
    void htmxRequestFromAnotherSiteGoesToThePlainLoginPage() {
        given().redirects().follow(false).header("HX-Request", "true")
                .header("HX-Current-URL", "https://evil.example/decisions").get("/decisions")
                .then().statusCode(200).header("HX-Redirect", equalTo("/login"));
    }

    @Test
    void loginLeadsBackToTheRedirectPath() {
        Response page = given().get("/login?redirect=/matrix");
        page.then().statusCode(200).body(containsString("Log in again"));
        String location = page.getCookie(LoginReturn.LOCATION_COOKIE);
        assertThat(location).isEqualTo(origin() + "/matrix");
        given().redirects().follow(false).cookie(LoginReturn.LOCATION_COOKIE, location)
                .contentType("application/x-www-form-urlencoded")
                .formParam("j_username", TestUsers.leader()).formParam("j_password", TestUsers.PASSWORD)
                .post("/j_security_check")
                .then().statusCode(302).header("Location", endsWith("/matrix"));
    }

    @Test
    void redirectOutsideTheSiteIsIgnored() {
        for (String bad : new String[]{"https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)",
                "/login", "decisions"}) {
            assertThat(given().queryParam("redirect", bad).get("/login").getCookie(LoginReturn.LOCATION_COOKIE))
                    .as(bad).isNull();
        }
        assertThat(LoginReturn.samePath("/decisions/1?a=b", "http://h:1")).isEqualTo(Optional.of("/decisions/1?a=b"));
        assertThat(LoginReturn.samePath("http://h:1/pilots", "http://h:1")).isEqualTo(Optional.of("/pilots"));
        assertThat(LoginReturn.samePath("http://h:2/pilots", "http://h:1")).isEmpty();
    }

    @Test
    void wrongPasswordKeepsTheEmailInTheForm() {
        Response failed = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "someone+tag@test.gofit").formParam("j_password", "wrong password")
                .post("/j_security_check");
        failed.then().statusCode(302).header("Location", containsString("/login?error"));
        String cookie = failed.getCookie(LoginReturn.EMAIL_COOKIE);
        assertThat(cookie).isNotNull();
        String html = given().cookie(LoginReturn.EMAIL_COOKIE, cookie).get("/login?error=true").then().statusCode(200)
                .extract().asString();
        assertThat(Jsoup.parse(html).select("#j_username").attr("value")).isEqualTo("someone+tag@test.gofit");
        // Without the cookie (another browser, later) nothing is prefilled.
        assertThat(Jsoup.parse(given().get("/login?error=true").asString()).select("#j_username").attr("value")).isEmpty();
    }

    @Test
    void unknownUrlIsA404PageForAnyone() {
        given().redirects().follow(false).accept("text/html").get("/no-such-page").then().statusCode(404)
                .body(containsString("404"));
        given().redirects().follow(false).accept("text/html").get("/decisions/1/no-such-part").then().statusCode(404);
        // Pages that exist still need a login, whatever their parameters.
        given().redirects().follow(false).accept("text/html").get("/decisions/123").then().statusCode(302)
                .header("Location", containsString("/login"));
        given().redirects().follow(false).accept("text/html").get("/hiring/checklists/4/kit").then().statusCode(302);
        given().redirects().follow(false).accept("text/html").get("/account/password").then().statusCode(302);
        given().redirects().follow(false).get("/api/no-such-thing").then().statusCode(401);
    }

    @Test
    void unknownUrlIsA404PageWhenLoggedIn() {
        dev.gofit.support.FormSession.login(TestUsers.leader()).get("/no-such-page").then().statusCode(404);
    }
}
