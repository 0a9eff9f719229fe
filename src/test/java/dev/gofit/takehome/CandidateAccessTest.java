package dev.gofit.takehome;

import dev.gofit.support.TestInvites;
import dev.gofit.support.TestReviews;
import dev.gofit.support.FormSession;
import dev.gofit.support.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** What a candidate's link allows over HTTP: guessing is throttled, expiry is enforced, the final submission closes practice. */
@QuarkusTest
@Tag("persistence")
class CandidateAccessTest {

    @jakarta.inject.Inject
    TokenThrottle throttle;

    @Test
    void guessingTokensFromOneAddressIsRefusedWith429AfterTheLimitButARealLinkStillOpens() throws IOException {
        throttle.reset();
        String token = TestInvites.create(FormSession.login(TestUsers.hiringManager()), "Guess", "guess@example.com", "");
        // The throttle counts per client address: guess from 127.0.0.2 so other tests (from 127.0.0.1) stay unaffected.
        InetAddress guesser = InetAddress.getByName("127.0.0.2");
        for (int i = 0; i < TokenThrottle.MAX_MISSES; i++) {
            String guess = String.format("%043d", i);
            assertThat(status(guesser, "/t/" + guess)).as("guess " + i).isEqualTo(404);
        }
        assertThat(status(guesser, "/t/" + "Z".repeat(43))).isEqualTo(429);
        // Only misses count: the address's real link still opens (issue 13: it got 429 for 10 minutes).
        assertThat(status(guesser, "/t/" + token)).isEqualTo(200);
        assertThat(status(guesser, "/t/" + "Y".repeat(43))).as("and guessing stays blocked").isEqualTo(429);
        given().accept("text/html").get("/t/" + token).then().statusCode(200);
    }

    @Test
    void expiredInviteSaysSoAndRefusesSubmissions() {
        String token = TestInvites.create(FormSession.login(TestUsers.hiringManager()), "Late", "late@example.com", "");
        FormSession candidate = FormSession.anonymous();
        candidate.get("/t/" + token).then().statusCode(200);
        long id = QuarkusTransaction.requiringNew().call(() -> {
            Invite invite = Invite.<Invite>find("tokenHash", Invite.hash(token)).firstResult();
            invite.expiresAt = Instant.now().minusSeconds(60);
            return invite.id;
        });
        Response page = given().accept("text/html").get("/t/" + token);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(page.asString()).selectFirst("#invite-gone h1").text()).isEqualTo("This invite has expired");
        Response submit = candidate.postForm("/t/" + token + "/reviews",
                Map.of("endpoint", TestReviews.DEAD_ENDPOINT, "kind", "final"));
        assertThat(submit.statusCode()).isEqualTo(404);
        assertThat(submit.asString()).contains("This invite has expired");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Review.count("inviteId", id))).isZero();
    }

    @Test
    void practiceIsRefusedOnceTheFinalSubmissionIsIn() {
        String token = TestInvites.create(FormSession.login(TestUsers.hiringManager()), "Done", "done@example.com", "");
        FormSession candidate = FormSession.anonymous();
        candidate.get("/t/" + token).then().statusCode(200);
        candidate.postForm("/t/" + token + "/reviews", Map.of("endpoint", TestReviews.DEAD_ENDPOINT, "kind", "final"))
                .then().statusCode(303);
        // The page no longer offers practice; a hand-made post must be refused too.
        Response practice = candidate.postForm("/t/" + token + "/reviews",
                Map.of("endpoint", TestReviews.DEAD_ENDPOINT, "kind", "practice"));
        assertThat(practice.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(practice.asString()).selectFirst("#e-submission").text()).contains("practice reviews are closed");
        long practices = QuarkusTransaction.requiringNew().call(() -> Review.count("practice = true and inviteId = "
                + "(select i.id from Invite i where i.tokenHash = ?1)", Invite.hash(token)));
        assertThat(practices).isZero();
    }

    /** A bare HTTP/1.1 GET from {@code from}, answering the status code (REST Assured cannot pick the source address). */
    private static int status(InetAddress from, String path) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), RestAssured.port), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }
}
