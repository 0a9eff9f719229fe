package dev.gofit.system;

import dev.gofit.account.Role;
import dev.gofit.account.User;
import dev.gofit.support.FormSession;
import dev.gofit.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Forms carry a CSRF token that stays valid while the user moves between pages. */
@QuarkusTest
class CsrfTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aFormFromAnEarlierPageStillPostsAfterVisitingOthers() {
        FormSession admin = FormSession.login(TestUsers.admin());
        String tokenOfFirstPage = tokenOn(admin, "/admin/users/new");
        // The user opens other pages (or another tab), then comes Back and submits the first form.
        String tokenOfLaterPage = tokenOn(admin, "/");
        tokenOn(admin, "/admin/users");
        assertThat(tokenOfLaterPage).isEqualTo(tokenOfFirstPage);

        admin.given().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", tokenOfFirstPage)
                .formParam("email", "back-button@test.gofit").formParam("displayName", "Back Button")
                .formParam("roles", "LEADER").formParam("password", "a long enough password")
                .post("/admin/users")
                .then().statusCode(303);
    }

    @Test
    void aFormPostWithoutTheTokenIsRefused() {
        FormSession admin = FormSession.login(TestUsers.admin());
        admin.get("/admin/users/new");
        String page = admin.given().accept("text/html").contentType("application/x-www-form-urlencoded")
                .formParam("email", "no-token@test.gofit").formParam("displayName", "No Token")
                .formParam("roles", "LEADER").formParam("password", "a long enough password")
                .post("/admin/users")
                .then().statusCode(400).contentType("text/html").extract().asString();
        // Not a bare 400: the person learns what happened and how to get their input back.
        assertThat(Jsoup.parse(page).select("main").text()).contains("Form expired").contains("Go back, reload the page");
    }

    @Test
    void aPagePostThatIsNotAFormIsRefusedAndChangesNothing() throws Exception {
        String email = TestUsers.ensure("csrf-victim-" + System.nanoTime() + "@test.gofit", Role.LEADER);
        long id = User.findByEmail(email).orElseThrow().id;
        FormSession admin = FormSession.login(TestUsers.admin());
        admin.get("/admin/users");
        // What a forged cross-origin fetch can send without a preflight: no body, or text/plain.
        admin.given().accept("text/html").post("/admin/users/" + id + "/disable").then().statusCode(400);
        admin.given().accept("text/html").contentType("text/plain").body("x")
                .post("/admin/users/" + id + "/disable").then().statusCode(400);
        // A form type the CSRF filter does not recognise (it compares case-sensitively) must not slip past.
        for (String type : new String[] {"Application/x-www-form-urlencoded", "*/*", "application/*"}) {
            assertThat(rawPost(admin, "/admin/users/" + id + "/disable", type, "a=b")).as(type).isEqualTo(400);
        }
        given().auth().preemptive().basic(email, TestUsers.PASSWORD).get("/api/me").then().statusCode(200);
    }

    /** A POST with a Content-Type exactly as given (REST Assured normalises or refuses odd ones). */
    private int rawPost(FormSession session, String path, String contentType, String body) throws Exception {
        String cookies = session.cookies().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(base.toURI().resolve(path))
                .header("Content-Type", contentType).header("Cookie", cookies).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String tokenOn(FormSession session, String path) {
        String html = session.get(path).then().statusCode(200).extract().asString();
        return Jsoup.parse(html).selectFirst("input[name=csrf-token]").attr("value");
    }
}
