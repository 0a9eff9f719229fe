package dev.gofit.takehome;

import dev.gofit.support.TestReviews;
import dev.gofit.outbound.TargetRefusedException;
import dev.gofit.account.User;
import dev.gofit.support.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The review queue's own rules: one claim per review, a clean stop re-queues, re-runs keep what the original was. */
@QuarkusTest
class ReviewServiceTest {

    /** Connection refused at once: a review of it finishes in seconds, all FAIL. */
    @Inject
    ReviewService service;

    @BeforeEach
    void holdTheQueue() {
        service.pause(); // rows this test writes stay as written until it says otherwise
    }

    @AfterEach
    void releaseTheQueue() {
        service.resume();
    }

    @Test
    void onlyOneOfSeveralRacingWorkersClaimsAQueuedReview() throws Exception {
        long id = TestReviews.persist(TestReviews.NOTHING_LISTENS, null, false);
        int racers = 6;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                Callable<Boolean> claim = () -> {
                    go.await();
                    return service.queue().claim(id).isPresent();
                };
                claims.add(pool.submit(claim));
            }
            go.countDown();
            int won = 0;
            for (Future<Boolean> f : claims) {
                won += f.get() ? 1 : 0;
            }
            assertThat(won).as("workers that got the review").isEqualTo(1);
            Review r = TestReviews.load(id);
            assertThat(r.status).isEqualTo(ReviewStatus.RUNNING);
            assertThat(r.attempts).isEqualTo(1);
            assertThat(service.queue().claim(id)).as("a running review cannot be claimed again").isEmpty();
        } finally {
            pool.shutdownNow();
            TestReviews.delete(id);
        }
    }

    @Test
    void stoppingGoFitMidReviewQueuesItAgainInsteadOfFinishingItWithErrors() throws Exception {
        long id = TestReviews.persist(service.referenceUrl(), null, true);
        ReviewQueue.Claim claim = service.queue().claim(id).orElseThrow();
        Thread worker = new Thread(() -> service.run(claim), "review-under-test");
        try {
            worker.start();
            // Mid-review: at least one check stored, more to come.
            await("a first check stored").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                    .until(() -> TestReviews.load(id).progress > 0);
            assertThat(TestReviews.load(id).progress).as("the review got going").isBetween(1, 99);
            worker.interrupt(); // what ExecutorService.shutdownNow() does to a review worker
            worker.join(Duration.ofSeconds(5).toMillis());
            assertThat(worker.isAlive()).as("an interrupt ends the review promptly").isFalse();

            Review r = TestReviews.load(id);
            assertThat(r.status).as("left for the next start, not finished").isEqualTo(ReviewStatus.QUEUED);
            assertThat(r.report).as("no check written off as ERROR").isNull();
            assertThat(r.score).isNull();
            assertThat(r.progress).isZero();
            assertThat(r.finishedAt).isNull();
            assertThat(r.attempts).as("a clean stop is not an interruption by a crash").isZero();
            assertThat(r.leaseOwner).as("handed back: any replica may take it").isNull();
        } finally {
            worker.interrupt();
            worker.join(10_000);
            TestReviews.delete(id);
        }
    }

    @Test
    void rerunOfTheReferenceIsAgainTheTrustedReference() throws Exception {
        long old = TestReviews.persist(service.referenceUrl(), null, true);
        Review fresh = service.rerun(old, owner());
        assertThat(fresh.reference).isTrue();
        assertThat(fresh.endpoint).isEqualTo(service.referenceUrl());
        assertThat(fresh.inviteId).isNull();
        TestReviews.delete(old);
    }

    @Test
    void rerunOfACandidatesReviewStaysUnderTheirInviteWithoutUsingTheirPracticeAllowance() throws Exception {
        long inviteId = persistInvite();
        long old = TestReviews.persist(TestReviews.NOTHING_LISTENS, inviteId, false);
        long rerunner = QuarkusTransaction.requiringNew().call(() ->
                User.findByEmail(TestUsers.admin()).orElseThrow().id);
        Review fresh = service.rerun(old, rerunner);
        assertThat(fresh.inviteId).isEqualTo(inviteId);
        assertThat(fresh.practice).isFalse();
        assertThat(fresh.kind()).isEqualTo("re-run");
        assertThat(fresh.ownerId).isEqualTo(rerunner);
        assertThat(fresh.reference).isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Review.listForInvite(inviteId)))
                .extracting(r -> r.id).contains(fresh.id);
        TestReviews.delete(old);
    }

    @Test
    void rerunOfAnEndpointTheGuardNowRefusesThrowsTheRefusal() {
        long old = TestReviews.persist("http://169.254.169.254/latest/meta-data/", null, false);
        long before = QuarkusTransaction.requiringNew().call(() -> Review.count());
        assertThatThrownBy(() -> service.rerun(old, owner())).isInstanceOf(TargetRefusedException.class)
                .hasMessageContaining("metadata");
        long after = QuarkusTransaction.requiringNew().call(() -> Review.count());
        assertThat(after).as("nothing queued").isEqualTo(before);
        TestReviews.delete(old);
    }

    static long owner() {
        return QuarkusTransaction.requiringNew().call(() -> User.findByEmail(TestUsers.hiringManager()).orElseThrow().id);
    }

    static long persistInvite() {
        long owner = owner();
        return QuarkusTransaction.requiringNew().call(() -> {
            Invite i = new Invite();
            i.tokenHash = Invite.hash(Invite.newToken());
            i.candidateName = "Grace";
            i.candidateEmail = "grace-" + System.nanoTime() + "@candidate.example";
            i.createdBy = owner;
            i.expiresAt = Instant.now().plus(Duration.ofDays(7));
            i.persist();
            return i.id;
        });
    }

}
