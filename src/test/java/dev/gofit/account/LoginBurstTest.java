package dev.gofit.account;

import dev.gofit.support.TestUsers;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, "parallel guesses pass the login lockout": the lock was checked before and recorded
 * after the password check, so 40 guesses sent at once were all checked and a right password
 * among them logged in. Now the attempt is counted first, atomically: at most the limit is checked.
 */
@QuarkusTest
class LoginBurstTest {

    private static final int BURST = 40;

    @Inject
    LoginThrottle throttle;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "gofit.login.account-failures", defaultValue = "5")
    int accountLimit;

    @BeforeEach
    @AfterEach
    void forget() {
        throttle.reset();
    }

    @Test
    void fortyParallelBasicGuessesCheckAtMostTheLimitAndTheRightPasswordSentWithMoreDoesNotLogIn() throws Exception {
        String victim = TestUsers.ensure("burst-basic@test.gofit", Role.LEADER);
        double before = checks();
        List<Integer> statuses = burst(i -> given().auth().preemptive().basic(victim, "guess " + i).get("/api/me").statusCode());
        assertThat(statuses).containsOnly(401);
        assertThat(checks() - before).as("passwords checked of %d sent at once", BURST).isLessThanOrEqualTo(accountLimit);
        // A second burst with the right password in the middle: all refused, none even checked.
        double locked = checks();
        statuses = burst(i -> given().auth().preemptive().basic(victim, i == BURST / 2 ? TestUsers.PASSWORD : "again " + i)
                .get("/api/me").statusCode());
        assertThat(statuses).containsOnly(401);
        assertThat(checks()).isEqualTo(locked);
    }

    @Test
    void fortyParallelFormGuessesCheckAtMostTheLimit() throws Exception {
        String victim = TestUsers.ensure("burst-form@test.gofit", Role.LEADER);
        double before = checks();
        burst(i -> given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", victim).formParam("j_password", "guess " + i)
                .post("/j_security_check").statusCode());
        assertThat(checks() - before).as("passwords checked").isLessThanOrEqualTo(accountLimit);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", victim).formParam("j_password", TestUsers.PASSWORD)
                .post("/j_security_check").then().statusCode(302)
                .header("Location", org.hamcrest.Matchers.endsWith("/login?error=true"));
    }

    private double checks() {
        return metrics.counter(dev.gofit.account.StaffIdentityProvider.PASSWORD_CHECKS).count();
    }

    private interface Guess {
        int send(int i);
    }

    private static List<Integer> burst(Guess guess) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(BURST);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                int n = i;
                Callable<Integer> one = () -> {
                    go.await();
                    return guess.send(n);
                };
                sent.add(pool.submit(one));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : sent) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
