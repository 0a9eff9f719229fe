package dev.gofit.account;

import dev.gofit.support.FormSession;
import dev.gofit.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The role matrix: who gets what on pages and on the API, and in which error format. */
@QuarkusTest
class SecurityMatrixTest {

    @Test
    void anonymousApiCallIs401ProblemWithBasicChallenge() {
        given().get("/api/users").then().statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", startsWith("Basic"))
                .body("status", equalTo(401)).body("title", equalTo("Unauthorized"));
    }

    @Test
    void wrongCredentialsOnTheApiAre401Problem() {
        given().auth().preemptive().basic(TestUsers.leader(), "not the password").get("/api/me")
                .then().statusCode(401).contentType(startsWith("application/problem+json")).body("status", equalTo(401));
    }

    @Test
    void unknownApiPathIsStillDeniedBeforeItIsLookedUp() {
        given().get("/api/no-such-thing").then().statusCode(401).contentType(startsWith("application/problem+json"));
    }

    @Test
    void anonymousPageRequestsRedirectToLogin() {
        for (String page : new String[]{"/admin/users", "/admin/users/new"}) {
            given().redirects().follow(false).accept("text/html").get(page)
                    .then().statusCode(302).header("Location", endsWith("/login"));
        }
    }

    @Test
    void anUnknownUrlIsA404ForAnonymousVisitorsToo() {
        given().redirects().follow(false).accept("text/html").get("/anything-not-public").then().statusCode(404);
    }

    @Test
    void publicPagesNeedNoLogin() {
        for (String page : new String[]{"/", "/login", "/css/app.css", "/q/health/live"}) {
            given().get(page).then().statusCode(200);
        }
    }

    @Test
    void wrongRoleOnTheApiIs403Problem() {
        for (String email : new String[]{TestUsers.leader(), TestUsers.hiringManager()}) {
            given().auth().preemptive().basic(email, TestUsers.PASSWORD).get("/api/users")
                    .then().statusCode(403).contentType(startsWith("application/problem+json"))
                    .body("status", equalTo(403)).body("detail", containsString("role"));
        }
    }

    @Test
    void wrongRoleOnAPageIsAFriendly403Page() {
        Response page = FormSession.login(TestUsers.hiringManager()).get("/admin/users");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.contentType()).startsWith("text/html");
        var doc = Jsoup.parse(page.asString());
        assertThat(doc.select("h1").text()).contains("403");
        assertThat(doc.select("a[href=/]").text()).contains("Back to the start");
    }

    @Test
    void interviewerIsStaffWithoutDecisionsPilotsOrHiringAdministration() {
        String interviewer = TestUsers.ensure("interviewer@test.gofit", Role.INTERVIEWER);
        given().auth().preemptive().basic(interviewer, TestUsers.PASSWORD).get("/api/me").then().statusCode(200);
        for (String path : new String[]{"/api/decisions", "/api/checklists", "/api/users"}) {
            given().auth().preemptive().basic(interviewer, TestUsers.PASSWORD).get(path)
                    .then().statusCode(403).contentType(startsWith("application/problem+json"));
        }
        FormSession session = FormSession.login(interviewer);
        for (String page : new String[]{"/decisions", "/pilots", "/hiring", "/invites", "/admin/users"}) {
            assertThat(session.get(page).statusCode()).as(page).isEqualTo(403);
        }
    }

    @Test
    void adminReachesUserAdministration() {
        given().auth().preemptive().basic(TestUsers.admin(), TestUsers.PASSWORD).get("/api/users").then().statusCode(200);
        FormSession.login(TestUsers.admin()).get("/admin/users").then().statusCode(200);
    }

    @Test
    void everyStaffRoleReachesItsOwnAccount() {
        for (String email : new String[]{TestUsers.leader(), TestUsers.hiringManager(), TestUsers.admin(),
                TestUsers.ensure("interviewer@test.gofit", Role.INTERVIEWER)}) {
            given().auth().preemptive().basic(email, TestUsers.PASSWORD).get("/api/me")
                    .then().statusCode(200).body("email", equalTo(email));
        }
    }
}
