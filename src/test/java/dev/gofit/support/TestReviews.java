package dev.gofit.support;

import dev.gofit.takehome.Review;
import dev.gofit.takehome.ReviewStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/** Review rows for tests: written directly (so no worker claims them unless a test says so), read fresh, awaited. */
public final class TestReviews {

    /** Nothing listens there: reviews of it finish quickly, all FAIL. */
    public static final String DEAD_ENDPOINT = "http://127.0.0.1:9/aggregate";

    /** Another port nothing listens on, for rows that must never be reviewed for real. */
    public static final String NOTHING_LISTENS = "http://127.0.0.1:1/aggregate";

    private TestReviews() {
    }

    /** A queued review owned by the test hiring manager, written directly. */
    public static long persist(String endpoint, Long inviteId, boolean reference) {
        long owner = TestUsers.id(TestUsers.hiringManager());
        return QuarkusTransaction.requiringNew().call(() -> {
            Review r = new Review();
            r.endpoint = endpoint;
            r.ownerId = owner;
            r.inviteId = inviteId;
            r.reference = reference;
            r.label = reference ? "reference" : null;
            r.persist();
            return r.id;
        });
    }

    /** A review that already ended FAILED with this reason, as a crashed or refused one would. */
    public static long storedFailed(String endpoint, String failure) {
        long owner = TestUsers.id(TestUsers.hiringManager());
        return QuarkusTransaction.requiringNew().call(() -> {
            Review r = new Review();
            r.endpoint = endpoint;
            r.ownerId = owner;
            r.status = ReviewStatus.FAILED;
            r.failure = failure;
            r.persist();
            return r.id;
        });
    }

    /** The row as the database holds it now (a fresh transaction, not a cached entity). */
    public static Review load(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Review.<Review>findById(id));
    }

    public static void delete(long id) {
        QuarkusTransaction.requiringNew().run(() -> Review.deleteById(id));
    }

    /** Waits (at most a minute) for the review to reach DONE or FAILED and returns it. */
    public static Review awaitFinished(long id) {
        return await("review " + id + " finishes").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> load(id), r -> r.status.finished());
    }
}
