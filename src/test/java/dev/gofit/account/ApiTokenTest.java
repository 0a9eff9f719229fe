package dev.gofit.account;

import dev.gofit.support.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/** Personal API tokens: created once, sent as Bearer, stored hashed, revocable, expiring. */
@QuarkusTest
class ApiTokenTest {

    @Test
    void tokenOpensTheApiUntilRevoked() {
        String email = TestUsers.ensure("tokens@test.gofit", Role.LEADER);
        JsonPath created = TestUsers.api(email)
                .body(Map.of("name", "ci", "expiresInDays", 30)).post("/api/tokens")
                .then().statusCode(201).body("name", equalTo("ci")).extract().jsonPath();
        String token = created.getString("token");
        long id = created.getLong("id");
        assertThat(token).startsWith("gofit_").hasSizeGreaterThan(40);

        given().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(200)
                .body("email", equalTo(email));
        given().header("Authorization", "Bearer " + token).get("/api/tokens").then().statusCode(200)
                .body("[0].name", equalTo("ci")).body("[0].lastUsedAt", not(equalTo(null)))
                .body(not(containsString(token)));
        String stored = QuarkusTransaction.requiringNew().call(() -> ApiToken.<ApiToken>findById(id).tokenHash);
        assertThat(stored).isEqualTo(ApiToken.hash(token)).doesNotContain(token);

        // Someone else cannot revoke it.
        String other = TestUsers.ensure("tokens-other@test.gofit", Role.LEADER);
        given().auth().preemptive().basic(other, TestUsers.PASSWORD).delete("/api/tokens/" + id).then().statusCode(404);

        given().header("Authorization", "Bearer " + token).delete("/api/tokens/" + id).then().statusCode(204);
        given().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(401)
                .contentType("application/problem+json");
        given().header("Authorization", "Bearer gofit_not-a-token").get("/api/me").then().statusCode(401);
    }

    @Test
    void expiredTokenIsRefusedAndBadRequestsNameTheField() {
        String email = TestUsers.ensure("tokens-exp@test.gofit", Role.HIRING_MANAGER);
        JsonPath created = TestUsers.api(email)
                .body(Map.of("name", "old")).post("/api/tokens").then().statusCode(201).extract().jsonPath();
        given().header("Authorization", "Bearer " + created.getString("token")).get("/api/me").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> ApiToken.<ApiToken>findById(created.getLong("id")).expiresAt =
                Instant.now().minusSeconds(1));
        given().header("Authorization", "Bearer " + created.getString("token")).get("/api/me").then().statusCode(401);

        TestUsers.api(email)
                .body(Map.of("name", "x", "expiresInDays", 0)).post("/api/tokens").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem(containsString("expiresInDays")));
    }

    @Test
    void accountPageCreatesShowsOnceAndRevokes() {
        String email = TestUsers.ensure("tokens-page@test.gofit", Role.LEADER);
        dev.gofit.support.FormSession session = dev.gofit.support.FormSession.login(email);
        session.get("/account/tokens").then().statusCode(200).header("Cache-Control", "no-store");
        io.restassured.response.Response created = session.postForm("/account/tokens", Map.of("name", "nightly", "expiresInDays", "7"));
        created.then().statusCode(200);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(created.asString());
        String token = page.selectFirst(".token-secret").text();
        given().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(200).body("email", equalTo(email));
        org.jsoup.nodes.Document again = org.jsoup.Jsoup.parse(session.get("/account/tokens").asString());
        assertThat(again.select(".token-secret")).as("shown once").isEmpty();
        assertThat(again.text()).contains("nightly").doesNotContain(token);
        String revoke = again.selectFirst("form[action$=/revoke]").attr("action");
        session.postForm(revoke, Map.of()).then().statusCode(303);
        given().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(401);
        session.postForm("/account/tokens", Map.of("name", "", "expiresInDays", "x")).then().statusCode(400);
    }
}
