package dev.gofit.account;

import dev.gofit.support.FormSession;
import dev.gofit.support.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** An admin sets another user's password, on the users page and through the API; others may not. */
@QuarkusTest
class UserPasswordResetTest {

    private static long idOf(String email) {
        return TestUsers.id(email);
    }

    @Test
    void anAdminSetsAPasswordOnThePageAndTheUsersSessionsEnd() {
        String email = TestUsers.uniqueLeader();
        FormSession victim = FormSession.login(email);
        victim.get("/decisions").then().statusCode(200);
        FormSession admin = FormSession.login(TestUsers.admin());
        long id = idOf(email);

        Document list = Jsoup.parse(admin.get("/admin/users").asString());
        assertThat(list.select("tr:has(td:containsOwn(" + email + ")) a[href=/admin/users/" + id + "/password]")).hasSize(1);
        Document form = Jsoup.parse(admin.get("/admin/users/" + id + "/password").then().statusCode(200)
                .extract().asString());
        assertThat(form.select("p.muted").text()).contains(email);
        assertThat(form.select("#f-password").attr("autocomplete")).isEqualTo("new-password");

        Response set = admin.postForm("/admin/users/" + id + "/password",
                Map.of("password", TestUsers.NEW_PASSWORD, "confirmation", TestUsers.NEW_PASSWORD));
        set.then().statusCode(303).header("Location", endsWith("/admin/users?password=" + id));

        assertThat(Jsoup.parse(admin.get(set.header("Location")).asString()).select(".flash").text())
                .isEqualTo(email + " has a new password: their open sessions are logged out.");
        victim.get("/decisions").then().statusCode(302).header("Location", endsWith("/login"));
        assertThat(TestUsers.basicStatus(email, TestUsers.PASSWORD)).isEqualTo(401);
        assertThat(TestUsers.basicStatus(email, TestUsers.NEW_PASSWORD)).isEqualTo(200);
    }

    @Test
    void anInvalidResetIsShownAgainWithMessages() {
        String email = TestUsers.uniqueLeader();
        FormSession admin = FormSession.login(TestUsers.admin());
        long id = idOf(email);
        admin.get("/admin/users/" + id + "/password");

        Response response = admin.postForm("/admin/users/" + id + "/password",
                Map.of("password", "short", "confirmation", "other"));

        assertThat(response.statusCode()).isEqualTo(400);
        Document form = Jsoup.parse(response.asString());
        assertThat(form.select("#e-password").text()).isEqualTo("must be 12 to 72 characters");
        assertThat(form.select("#e-confirmation").text()).isEqualTo("does not match the new password");
        assertThat(form.select("input[type=password]")).allSatisfy(input -> assertThat(input.attr("value")).isEmpty());
        assertThat(TestUsers.basicStatus(email, TestUsers.PASSWORD)).isEqualTo(200);
    }

    @Test
    void anAdminsOwnPasswordGoesThroughTheSelfServicePage() {
        String email = TestUsers.admin();
        FormSession admin = FormSession.login(email);
        admin.get("/admin/users/" + idOf(email) + "/password")
                .then().statusCode(303).header("Location", endsWith("/account/password"));
        admin.postForm("/admin/users/" + idOf(email) + "/password", Map.of("password", TestUsers.NEW_PASSWORD, "confirmation", TestUsers.NEW_PASSWORD))
                .then().statusCode(303).header("Location", endsWith("/account/password"));
        assertThat(TestUsers.basicStatus(email, TestUsers.PASSWORD)).isEqualTo(200);
    }

    @Test
    void onlyAdminsReachTheResetPage() {
        long id = idOf(TestUsers.uniqueLeader());
        FormSession.login(TestUsers.leader()).get("/admin/users/" + id + "/password").then().statusCode(403);
        given().redirects().follow(false).get("/admin/users/" + id + "/password")
                .then().statusCode(302).header("Location", endsWith("/login"));
    }

    @Test
    void theApiSetsAPasswordAndAnswers204() {
        String email = TestUsers.uniqueLeader();
        FormSession victim = FormSession.login(email);
        given().auth().preemptive().basic(TestUsers.admin(), TestUsers.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("password", TestUsers.NEW_PASSWORD)).post("/api/users/" + idOf(email) + "/password")
                .then().statusCode(204);

        assertThat(TestUsers.basicStatus(email, TestUsers.NEW_PASSWORD)).isEqualTo(200);
        assertThat(TestUsers.basicStatus(email, TestUsers.PASSWORD)).isEqualTo(401);
        victim.get("/decisions").then().statusCode(302).header("Location", endsWith("/login"));
    }

    @Test
    void theApiAnswersProblemsForBadInputAndUnknownUsers() {
        String admin = TestUsers.admin();
        long id = idOf(TestUsers.uniqueLeader());
        TestUsers.api(admin)
                .body(Map.of("password", "short")).post("/api/users/" + id + "/password")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("password"))
                .body("errors[0].message", equalTo("must be 12 to 72 characters"));
        TestUsers.api(admin)
                .body("{}").post("/api/users/" + id + "/password")
                .then().statusCode(400).body("errors[0].field", equalTo("password"));
        TestUsers.api(admin)
                .body(Map.of("password", TestUsers.NEW_PASSWORD)).post("/api/users/999999/password")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    void theApiRefusesNonAdminsAndAnonymousCallers() {
        long id = idOf(TestUsers.uniqueLeader());
        given().auth().preemptive().basic(TestUsers.leader(), TestUsers.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("password", TestUsers.NEW_PASSWORD)).post("/api/users/" + id + "/password")
                .then().statusCode(403).contentType(startsWith("application/problem+json"));
        given().contentType(ContentType.JSON).body(Map.of("password", TestUsers.NEW_PASSWORD)).post("/api/users/" + id + "/password")
                .then().statusCode(401).contentType(startsWith("application/problem+json"));
    }
}
