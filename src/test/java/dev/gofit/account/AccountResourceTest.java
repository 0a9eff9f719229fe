package dev.gofit.account;

import dev.gofit.support.FormSession;
import dev.gofit.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

/**
 * The self-service password change: rules, the current-password check and its throttle, CSRF,
 * and which sessions survive. Resets the throttle so that other tests from 127.0.0.1 are not locked.
 */
@QuarkusTest
class AccountResourceTest {

    @Inject
    LoginThrottle throttle;

    @ConfigProperty(name = "gofit.login.account-failures", defaultValue = "5")
    int accountLimit;

    @BeforeEach
    @AfterEach
    void forgetFailures() {
        throttle.reset();
    }

    private static Response change(FormSession session, String current, String password, String confirmation) {
        session.get("/account/password").then().statusCode(200);
        return session.postForm("/account/password",
                Map.of("currentPassword", current, "password", password, "confirmation", confirmation));
    }

    @Test
    void theFormHasLabelledPasswordFieldsForPasswordManagersAndACsrfToken() {
        Document page = Jsoup.parse(FormSession.login(TestUsers.uniqueLeader()).get("/account/password").then().statusCode(200)
                .extract().asString());
        assertThat(page.select("h1").text()).isEqualTo("Change password");
        assertThat(page.select("label[for=f-currentPassword]").text()).isEqualTo("Current password");
        assertThat(page.select("#f-currentPassword").attr("autocomplete")).isEqualTo("current-password");
        assertThat(page.select("#f-password").attr("autocomplete")).isEqualTo("new-password");
        assertThat(page.select("#f-confirmation").attr("autocomplete")).isEqualTo("new-password");
        assertThat(page.select("form[action=/account/password] input[name=csrf-token]").attr("value")).isNotBlank();
        assertThat(page.select("nav a[href=/account/password]")).hasSize(1);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        given().redirects().follow(false).get("/account/password")
                .then().statusCode(302).header("Location", endsWith("/login"));
    }

    @Test
    void changingThePasswordKeepsThisSessionSwapsTheCredentialsAndShowsAConfirmation() {
        String email = TestUsers.uniqueLeader();
        FormSession session = FormSession.login(email);

        Response changed = change(session, TestUsers.PASSWORD, TestUsers.NEW_PASSWORD, TestUsers.NEW_PASSWORD);
        changed.then().statusCode(303).header("Location", endsWith("/account/password?changed=true"));

        Document confirmation = Jsoup.parse(session.get(changed.header("Location")).then().statusCode(200)
                .extract().asString());
        assertThat(confirmation.select(".flash[role=status]").text()).startsWith("Your password was changed.");
        session.get("/decisions").then().statusCode(200);

        assertThat(TestUsers.basicStatus(email, TestUsers.PASSWORD)).isEqualTo(401);
        assertThat(TestUsers.basicStatus(email, TestUsers.NEW_PASSWORD)).isEqualTo(200);
        FormSession.login(email, TestUsers.NEW_PASSWORD).get("/decisions").then().statusCode(200);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", email).formParam("j_password", TestUsers.PASSWORD)
                .post("/j_security_check").then().statusCode(302).header("Location", endsWith("/login?error=true"));
    }

    @Test
    void anotherSessionOfTheAccountEndsAtItsNextRequest() {
        String email = TestUsers.uniqueLeader();
        FormSession phone = FormSession.login(email);
        phone.get("/decisions").then().statusCode(200);
        FormSession laptop = FormSession.login(email);

        change(laptop, TestUsers.PASSWORD, TestUsers.NEW_PASSWORD, TestUsers.NEW_PASSWORD).then().statusCode(303);

        phone.get("/decisions").then().statusCode(302).header("Location", endsWith("/login"));
        laptop.get("/decisions").then().statusCode(200);
    }

    @Test
    void aSessionCookieWithoutItsStampIsNotAccepted() {
        FormSession session = FormSession.login(TestUsers.uniqueLeader());
        Map<String, String> onlyQuarkus = Map.of(LoginResource.SESSION_COOKIE,
                session.cookies().get(LoginResource.SESSION_COOKIE));
        given().redirects().follow(false).cookies(onlyQuarkus).get("/decisions")
                .then().statusCode(302).header("Location", endsWith("/login"));
        session.get("/decisions").then().statusCode(200);
    }

    @Test
    void aWrongCurrentPasswordReRendersTheFormWithoutEchoingPasswords() {
        String email = TestUsers.uniqueLeader();
        FormSession session = FormSession.login(email);

        Response response = change(session, "not my password", TestUsers.NEW_PASSWORD, TestUsers.NEW_PASSWORD);

        assertThat(response.statusCode()).isEqualTo(400);
        Document form = Jsoup.parse(response.asString());
        assertThat(form.select("#e-currentPassword").text()).isEqualTo("is not your current password");
        assertThat(form.select("#f-currentPassword").attr("aria-describedby")).isEqualTo("e-currentPassword");
        assertThat(form.select("#f-currentPassword").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.select("input[type=password]")).allSatisfy(input -> assertThat(input.attr("value")).isEmpty());
        assertThat(form.select("[role=alert]").text()).contains("was not changed");
        assertThat(TestUsers.basicStatus(email, TestUsers.PASSWORD)).isEqualTo(200);
    }

    @Test
    void wrongCurrentPasswordsCountTowardsTheLoginThrottle() {
        String email = TestUsers.uniqueLeader();
        FormSession session = FormSession.login(email);
        for (int i = 0; i < accountLimit; i++) {
            change(session, "guess " + i, TestUsers.NEW_PASSWORD, TestUsers.NEW_PASSWORD).then().statusCode(400);
        }

        Response locked = change(session, TestUsers.PASSWORD, TestUsers.NEW_PASSWORD, TestUsers.NEW_PASSWORD);

        assertThat(locked.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(locked.asString()).select("#e-currentPassword").text()).startsWith("too many wrong attempts");
        assertThat(TestUsers.basicStatus(email, TestUsers.PASSWORD)).as("the account is locked for logins too").isEqualTo(401);
        throttle.reset();
        assertThat(TestUsers.basicStatus(email, TestUsers.PASSWORD)).as("the password was not changed").isEqualTo(200);
    }

    @Test
    void aMismatchedConfirmationAndATooShortPasswordAreFieldErrors() {
        String email = TestUsers.uniqueLeader();
        FormSession session = FormSession.login(email);

        Document mismatch = Jsoup.parse(change(session, TestUsers.PASSWORD, TestUsers.NEW_PASSWORD, TestUsers.NEW_PASSWORD + "!")
                .then().statusCode(400).extract().asString());
        assertThat(mismatch.select("#e-confirmation").text()).isEqualTo("does not match the new password");
        assertThat(mismatch.select("#e-password")).isEmpty();

        Document tooShort = Jsoup.parse(change(session, TestUsers.PASSWORD, "short", "short")
                .then().statusCode(400).extract().asString());
        assertThat(tooShort.select("#e-password").text()).isEqualTo("must be 12 to 72 characters");
        assertThat(tooShort.select("#f-password").attr("aria-describedby")).as("the rule and the message")
                .isEqualTo("h-password e-password");
        assertThat(tooShort.select("#e-confirmation")).isEmpty();

        Document same = Jsoup.parse(change(session, TestUsers.PASSWORD, TestUsers.PASSWORD, TestUsers.PASSWORD)
                .then().statusCode(400).extract().asString());
        assertThat(same.select("#e-password").text()).isEqualTo("must differ from your current password");

        assertThat(TestUsers.basicStatus(email, TestUsers.PASSWORD)).isEqualTo(200);
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() {
        String email = TestUsers.uniqueLeader();
        FormSession session = FormSession.login(email);
        session.get("/account/password");
        int status = session.given().contentType("application/x-www-form-urlencoded")
                .formParam("currentPassword", TestUsers.PASSWORD).formParam("password", TestUsers.NEW_PASSWORD)
                .formParam("confirmation", TestUsers.NEW_PASSWORD).post("/account/password").statusCode();
        assertThat(status).isIn(400, 403);
        assertThat(TestUsers.basicStatus(email, TestUsers.PASSWORD)).isEqualTo(200);
    }
}
