package dev.gofit.takehome;

import dev.gofit.support.TestReviews;
import dev.gofit.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared queue's SQL, with two replicas simulated by two queues on one database and one test
 * clock: race-free claims, take-back only after the lease, a restart takes back only its own,
 * fenced writes. Runs on H2 and (tag persistence) on PostgreSQL.
 */
@QuarkusTest
@Tag("persistence")
class ReviewQueueTest {

    private static final Duration LEASE = Duration.ofSeconds(30);

    @Inject
    ReviewService service;

    private final TestClock clock = new TestClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    private final List<Long> created = new ArrayList<>();
    private ReviewQueue a;
    private ReviewQueue b;

    @BeforeEach
    void twoReplicas() {
        service.pause(); // this app's own replica stays out of the test's rows
        String run = Long.toHexString(System.nanoTime());
        a = new ReviewQueue(new ReviewLease(LEASE, clock), "replica-a-" + run);
        b = new ReviewQueue(new ReviewLease(LEASE, clock), "replica-b-" + run);
    }

    @AfterEach
    void cleanUp() {
        created.forEach(TestReviews::delete);
        service.resume();
    }

    @Test
    void ofManyWorkersOnTwoReplicasRacingForOneReviewExactlyOneGetsIt() throws Exception {
        long id = queued();
        int racers = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Optional<ReviewQueue.Claim>>> claims = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                ReviewQueue replica = i % 2 == 0 ? a : b;
                claims.add(pool.submit(() -> {
                    go.await();
                    return replica.claim(id);
                }));
            }
            go.countDown();
            int won = 0;
            for (var f : claims) {
                won += f.get().isPresent() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
            Review r = TestReviews.load(id);
            assertThat(r.status).isEqualTo(ReviewStatus.RUNNING);
            assertThat(r.claims).isEqualTo(1);
            assertThat(r.attempts).isEqualTo(1);
            assertThat(r.leaseOwner).isIn(a.me(), b.me());
            assertThat(r.leaseUntil).isEqualTo(clock.instant().plus(LEASE));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anotherReplicaTakesBackOnlyAfterTheLeaseExpiredAndTheOldOwnerCanNoLongerWrite() {
        long id = queued();
        ReviewQueue.Claim first = a.claim(id).orElseThrow();
        assertThat(a.ifHeld(first, r -> r.progress = 40)).isTrue();

        clock.advance(LEASE.minusSeconds(1));
        assertThat(b.claim(id)).as("lease still live").isEmpty();
        clock.advance(Duration.ofSeconds(1));
        ReviewQueue.Claim second = b.claim(id).orElseThrow();
        assertThat(second.claims()).isEqualTo(2);

        Review r = TestReviews.load(id);
        assertThat(r.leaseOwner).isEqualTo(b.me());
        assertThat(r.progress).as("re-run from the start").isZero();
        assertThat(r.report).isNull();
        assertThat(r.attempts).as("the lost run counts").isEqualTo(2);

        assertThat(a.renew(List.of(first))).as("A learns it lost the review").containsExactly(first);
        assertThat(a.ifHeld(first, x -> x.progress = 99)).as("A's late write is fenced off").isFalse();
        assertThat(a.handBack(first)).isFalse();
        assertThat(TestReviews.load(id).progress).isZero();
        assertThat(b.ifHeld(second, x -> x.progress = 10)).isTrue();
    }

    @Test
    void theHeartbeatKeepsAReviewWithItsOwner() {
        long id = queued();
        ReviewQueue.Claim claim = a.claim(id).orElseThrow();
        for (int beat = 0; beat < 6; beat++) {
            clock.advance(a.lease().renewEvery());
            assertThat(a.renew(List.of(claim))).isEmpty();
        }
        assertThat(b.claim(id)).as("two leases' time later, still A's").isEmpty();
        assertThat(TestReviews.load(id).leaseUntil).isEqualTo(clock.instant().plus(LEASE));
    }

    @Test
    void aLostReviewAlreadyInterruptedOnceFailsWithAReasonInsteadOfRunningAThirdTime() {
        long id = queued();
        a.claim(id).orElseThrow();
        clock.advance(LEASE);
        b.claim(id).orElseThrow();
        clock.advance(LEASE);
        assertThat(a.claim(id)).isEmpty();
        Review r = TestReviews.load(id);
        assertThat(r.status).isEqualTo(ReviewStatus.FAILED);
        assertThat(r.failure).contains("Interrupted twice");
        assertThat(r.leaseOwner).isNull();
        assertThat(r.finishedAt).isNotNull();
    }

    @Test
    void aRestartTakesBackItsOwnRunningReviewsAtOnceAndLeavesTheOtherReplicas() {
        long mine = queued();
        long theirs = queued();
        a.claim(mine).orElseThrow();
        b.claim(theirs).orElseThrow();
        ReviewQueue restartedA = new ReviewQueue(new ReviewLease(LEASE, clock), a.me());
        assertThat(restartedA.recoverOwn()).isEqualTo(1);
        Review m = TestReviews.load(mine);
        assertThat(m.status).isEqualTo(ReviewStatus.QUEUED);
        assertThat(m.leaseOwner).isNull();
        assertThat(m.attempts).as("a crash counts").isEqualTo(1);
        Review t = TestReviews.load(theirs);
        assertThat(t.status).isEqualTo(ReviewStatus.RUNNING);
        assertThat(t.leaseOwner).isEqualTo(b.me());
    }

    @Test
    void aCleanHandBackQueuesAtOnceWithoutCountingAnAttempt() {
        long id = queued();
        ReviewQueue.Claim claim = a.claim(id).orElseThrow();
        a.ifHeld(claim, r -> r.progress = 50);
        assertThat(a.handBack(claim)).isTrue();
        Review r = TestReviews.load(id);
        assertThat(r.status).isEqualTo(ReviewStatus.QUEUED);
        assertThat(r.attempts).isZero();
        assertThat(r.claims).as("claims only grow").isEqualTo(1);
        assertThat(r.progress).isZero();
        assertThat(r.leaseOwner).isNull();
        assertThat(b.claim(id)).as("at once, not after the lease").isPresent();
    }

    @Test
    void claimNextTakesQueuedReviewsAndExpiredOnesButNotLiveOnes() {
        long live = queued();
        long lost = queued();
        long waiting = queued();
        a.claim(live).orElseThrow();
        a.claim(lost).orElseThrow();
        clock.advance(Duration.ofSeconds(20));
        a.renew(List.of(new ReviewQueue.Claim(live, 1)));
        clock.advance(Duration.ofSeconds(15)); // lost's lease expired, live's renewed one did not
        List<ReviewQueue.Claim> taken = new ArrayList<>();
        for (Optional<ReviewQueue.Claim> c = b.claimNext(); c.isPresent(); c = b.claimNext()) {
            taken.add(c.get());
        }
        taken.stream().filter(c -> !created.contains(c.id())).forEach(b::handBack); // other tests' leftovers go back
        assertThat(taken).extracting(ReviewQueue.Claim::id).contains(lost, waiting).doesNotContain(live);
    }

    private long queued() {
        long id = TestReviews.persist(TestReviews.NOTHING_LISTENS, null, false);
        created.add(id);
        return id;
    }
}
