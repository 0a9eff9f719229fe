package dev.gofit.demo;

import dev.gofit.support.FormSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class DemoResourceTest {

    @Inject
    DemoRateLimiter limiter;

    @BeforeEach
    void freshLimits() {
        limiter.reset();
    }

    /** An anonymous visitor who has opened the page (and so holds its CSRF token). */
    private static FormSession visitor() {
        FormSession session = FormSession.anonymous();
        session.get("/demo").then().statusCode(200);
        return session;
    }

    private static Map<String, Object> form(int user, int embeddings, DemoFailure failure) {
        return Map.of("userDelay", user, "embeddingsDelay", embeddings, "failure", failure.name());
    }

    @Test
    void pageIsPublicWithALabelledForm() {
        Document page = Jsoup.parse(FormSession.anonymous().get("/demo").then().statusCode(200).extract().asString());
        assertThat(page.select("h1").text()).contains("Sequential or concurrent");
        assertThat(page.select("label[for=f-userDelay]").text()).isEqualTo("User API delay (ms)");
        assertThat(page.select("select#f-failure option")).hasSize(DemoFailure.values().length);
        assertThat(page.select("form[hx-post=/demo] input[name=csrf-token]")).hasSize(1);
    }

    @Test
    void plainFormRunRedirectsToTheResultWithTwoTimelines() {
        FormSession session = visitor();
        Response posted = session.postForm("/demo", form(100, 200, DemoFailure.NONE));
        posted.then().statusCode(303).header("Location", containsString("/demo?run="));
        String location = posted.header("Location");
        Document page = Jsoup.parse(session.get(location.substring(location.indexOf("/demo"))).then().statusCode(200)
                .extract().asString());
        assertThat(page.select("svg.timeline")).hasSize(2);
        assertThat(page.select("svg.timeline rect")).hasSize(4);
        assertThat(page.select(".demo-sentence").text()).startsWith("Concurrent took").contains("sequential took");
        assertThat(page.select(".demo-run h3").eachText())
                .anySatisfy(t -> assertThat(t).startsWith("Sequential 200 OK in"))
                .anySatisfy(t -> assertThat(t).startsWith("Concurrent 200 OK in"));
        assertThat(page.select("input[name=userDelay]").attr("value")).isEqualTo("100");
    }

    @Test
    void htmxRunAnswersTheFragmentShowingTheCancelledCall() {
        FormSession session = visitor();
        // As htmx sends it: the form's fields (with its hidden token) plus the layout's token header.
        String token = csrf(session);
        Response response = session.given().header("HX-Request", "true").header("X-CSRF-TOKEN", token)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", token)
                .formParams(form(50, 800, DemoFailure.USER_500)).post("/demo");
        response.then().statusCode(200);
        Document fragment = Jsoup.parse(response.asString());
        assertThat(fragment.select("h1")).isEmpty();
        assertThat(fragment.select("#demo svg.timeline")).hasSize(2);
        assertThat(fragment.select("svg.timeline desc").eachText())
                .anySatisfy(d -> assertThat(d).contains("abandoned (caller hung up)"));
        assertThat(fragment.select(".badge.bad").eachText()).containsOnly("502 Bad Gateway");
    }

    @Test
    void droppedConnectionIsOfferedAndShownAsA502WithTheDroppedCall() {
        FormSession session = visitor();
        String token = csrf(session);
        Response response = session.given().header("HX-Request", "true").header("X-CSRF-TOKEN", token)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", token)
                .formParams(form(50, 300, DemoFailure.USER_DROPPED)).post("/demo");
        response.then().statusCode(200);
        Document fragment = Jsoup.parse(response.asString());
        assertThat(fragment.select("svg.timeline desc").eachText())
                .anySatisfy(d -> assertThat(d).contains("connection dropped"));
        assertThat(fragment.select(".badge.bad").eachText()).containsOnly("502 Bad Gateway");
    }

    @Test
    void badInputIsReRenderedWith400AndKeepsTheInput() {
        Response response = visitor().postForm("/demo",
                Map.of("userDelay", "9999", "embeddingsDelay", "abc", "failure", "NONE"));
        response.then().statusCode(400);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.select("#e-userDelay").text()).contains("0 to 2000");
        assertThat(page.select("#e-embeddingsDelay")).hasSize(1);
        assertThat(page.select("input[name=embeddingsDelay]").attr("value")).isEqualTo("abc");
    }

    @Test
    void tooManyRunsFromOneAddressAre429WithAClearMessage() {
        FormSession session = visitor();
        for (int i = 0; i < limiter.perMinute(); i++) {
            session.postForm("/demo", form(0, 0, DemoFailure.NONE)).then().statusCode(303);
        }
        Response refused = session.postForm("/demo", form(0, 0, DemoFailure.NONE));
        refused.then().statusCode(429);
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(Jsoup.parse(refused.asString()).select("[role=alert]").text()).contains("Too many demo runs");
    }

    private static String csrf(FormSession session) {
        return Jsoup.parse(session.get("/demo").asString()).select("input[name=csrf-token]").attr("value");
    }
}
