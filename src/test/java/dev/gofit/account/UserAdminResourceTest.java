package dev.gofit.account;

import dev.gofit.support.FormSession;
import dev.gofit.support.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;

/** The admin's user pages: list, add with validation, disable and enable. */
@QuarkusTest
class UserAdminResourceTest {

    private static String uniqueEmail() {
        return "staff-" + UUID.randomUUID().toString().substring(0, 8) + "@test.gofit";
    }

    private static long idOf(String email) {
        return TestUsers.id(email);
    }

    @Test
    void listShowsEveryAccountWithItsRolesAndStatus() {
        String leader = TestUsers.leader();
        Document page = Jsoup.parse(FormSession.login(TestUsers.admin()).get("/admin/users").then().statusCode(200)
                .extract().asString());
        assertThat(page.select("h1").text()).isEqualTo("Users");
        var row = page.select("tr:has(td:containsOwn(" + leader + "))");
        assertThat(row).hasSize(1);
        assertThat(row.select("td[data-label=Roles]").text()).contains("LEADER");
        assertThat(row.select("td[data-label=Status]").text()).isEqualTo("active");
        assertThat(row.select("form[action$=/disable] input[name=csrf-token]")).hasSize(1);
    }

    @Test
    void addingAUserRedirectsToTheListAndTheUserCanLogIn() {
        FormSession admin = FormSession.login(TestUsers.admin());
        String email = uniqueEmail();
        Response created = admin.postForm("/admin/users", Map.of("email", email.toUpperCase(), "displayName", "Grace Hopper",
                "roles", List.of("LEADER", "HIRING_MANAGER"), "password", TestUsers.PASSWORD));
        created.then().statusCode(303).header("Location", matchesPattern(".*/admin/users\\?added=\\d+"));

        Document list = Jsoup.parse(admin.get(created.header("Location")).asString());
        assertThat(list.select(".flash").text()).isEqualTo(email + " was added.");
        assertThat(list.select("tr:has(td:containsOwn(" + email + ")) td[data-label=Roles]").text())
                .contains("LEADER").contains("HIRING_MANAGER").doesNotContain("ADMIN");
        given().auth().preemptive().basic(email, TestUsers.PASSWORD).get("/api/me").then().statusCode(200);
    }

    @Test
    void invalidFormIsShownAgainWithMessagesAndTheInputKept() {
        FormSession admin = FormSession.login(TestUsers.admin());
        Response response = admin.postForm("/admin/users",
                Map.of("email", "not-an-email", "displayName", "  ", "password", "short"));
        assertThat(response.statusCode()).isEqualTo(400);
        Document form = Jsoup.parse(response.asString());
        assertThat(form.select("#f-email").attr("value")).isEqualTo("not-an-email");
        assertThat(form.select("#f-email").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.select("#e-email").text()).contains("well-formed email");
        assertThat(form.select("#e-displayName").text()).isEqualTo("must not be blank");
        assertThat(form.select("#e-roles").text()).isEqualTo("choose at least one role");
        assertThat(form.select("#e-password").text()).isEqualTo("must be 12 to 72 characters");
        assertThat(form.select("#f-password").attr("value")).as("the password is never sent back").isEmpty();
        assertThat(form.select("[role=alert]").text()).contains("was not added");
    }

    @Test
    void duplicateEmailIsAFieldError() {
        FormSession admin = FormSession.login(TestUsers.admin());
        Response response = admin.postForm("/admin/users", Map.of("email", TestUsers.leader(), "displayName", "Again",
                "roles", "LEADER", "password", TestUsers.PASSWORD));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.asString()).select("#e-email").text()).isEqualTo("is already used by another account");
    }

    @Test
    void disablingAUserEndsTheirOpenSessionAtOnceAndEnablingRestoresLogin() {
        String email = TestUsers.ensure(uniqueEmail(), Role.ADMIN);
        FormSession victim = FormSession.login(email);
        victim.get("/admin/users").then().statusCode(200);

        FormSession admin = FormSession.login(TestUsers.admin());
        admin.postForm("/admin/users/" + idOf(email) + "/disable", Map.of())
                .then().statusCode(303).header("Location", endsWith("/admin/users?disabled=" + idOf(email)));

        // The same cookie, one request later: no longer accepted.
        victim.get("/admin/users").then().statusCode(302).header("Location", endsWith("/login"));
        given().auth().preemptive().basic(email, TestUsers.PASSWORD).get("/api/me").then().statusCode(401);
        assertThat(Jsoup.parse(admin.get("/admin/users").asString())
                .select("tr:has(td:containsOwn(" + email + ")) td[data-label=Status]").text()).isEqualTo("disabled");

        admin.postForm("/admin/users/" + idOf(email) + "/enable", Map.of()).then().statusCode(303);
        FormSession.login(email).get("/admin/users").then().statusCode(200);
    }

    @Test
    void anAdminCannotDisableTheirOwnAccount() {
        String email = TestUsers.admin();
        FormSession admin = FormSession.login(email);
        admin.postForm("/admin/users/" + idOf(email) + "/disable", Map.of())
                .then().statusCode(303).header("Location", endsWith("/admin/users?self=true"));
        assertThat(Jsoup.parse(admin.get("/admin/users?self=true").asString()).select("[role=alert]").text())
                .isEqualTo("You cannot disable your own account.");
        given().auth().preemptive().basic(email, TestUsers.PASSWORD).get("/api/me").then().statusCode(200);
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        FormSession admin = FormSession.login(TestUsers.admin());
        String email = uniqueEmail();
        int status = admin.given().contentType("application/x-www-form-urlencoded").formParam("email", email)
                .formParam("displayName", "X").formParam("roles", "LEADER").formParam("password", TestUsers.PASSWORD)
                .post("/admin/users").statusCode();
        assertThat(status).isIn(400, 403);
        assertThat(QuarkusTransaction.requiringNew().call(() -> User.findByEmail(email).isPresent())).isFalse();
    }
}
