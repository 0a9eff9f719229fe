package dev.gofit.takehome;

import dev.gofit.support.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static dev.gofit.takehome.ReviewLease.Action.CLAIM;
import static dev.gofit.takehome.ReviewLease.Action.FAIL;
import static dev.gofit.takehome.ReviewLease.Action.LEAVE;
import static dev.gofit.takehome.ReviewLease.Action.TAKE_BACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lease rules of the shared review queue, on a clock the test moves. */
class ReviewLeaseTest {

    private final TestClock clock = new TestClock();
    private final ReviewLease lease = new ReviewLease(Duration.ofSeconds(30), clock);

    @Test
    void aLeaseHoldsForItsLengthFromWhenItWasTakenOrRenewed() {
        Instant until = lease.expiry();
        assertThat(until).isEqualTo(clock.instant().plusSeconds(30));
        clock.advance(Duration.ofSeconds(29));
        assertThat(lease.expired(until)).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(lease.expired(until)).as("at its end").isTrue();
        assertThat(lease.expired(null)).as("a row from before leases").isTrue();
    }

    @Test
    void theHeartbeatRenewsThreeTimesPerLease() {
        assertThat(lease.renewEvery()).isEqualTo(Duration.ofSeconds(10));
        assertThat(new ReviewLease(Duration.ofMillis(60), clock).renewEvery()).as("floor").isEqualTo(Duration.ofMillis(50));
        assertThatThrownBy(() -> new ReviewLease(Duration.ZERO, clock)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anyReplicaClaimsAQueuedReview() {
        assertThat(lease.judge(ReviewStatus.QUEUED, null, null, 0, "b", false)).isEqualTo(CLAIM);
        assertThat(lease.judge(ReviewStatus.QUEUED, null, null, 1, "a", false)).isEqualTo(CLAIM);
    }

    @Test
    void aRunningReviewUnderALiveLeaseBelongsToItsOwnerEvenIfItLooksIdle() {
        Instant until = lease.expiry();
        clock.advance(Duration.ofSeconds(25));
        assertThat(lease.judge(ReviewStatus.RUNNING, "a", until, 1, "b", false)).isEqualTo(LEAVE);
        assertThat(lease.judge(ReviewStatus.RUNNING, "a", until, 1, "a", false)).as("not even its owner re-claims it").isEqualTo(LEAVE);
    }

    @Test
    void anyReplicaTakesBackAReviewWhoseLeaseExpiredAndOnlyThat() {
        Instant until = lease.expiry();
        clock.advance(Duration.ofSeconds(31));
        assertThat(lease.judge(ReviewStatus.RUNNING, "a", until, 1, "b", false)).isEqualTo(TAKE_BACK);
        assertThat(lease.judge(ReviewStatus.RUNNING, "a", until, 2, "b", false)).as("lost twice").isEqualTo(FAIL);
        assertThat(lease.judge(ReviewStatus.DONE, "a", until, 1, "b", false)).isEqualTo(LEAVE);
        assertThat(lease.judge(ReviewStatus.FAILED, null, null, 1, "b", false)).isEqualTo(LEAVE);
    }

    @Test
    void aRestartTakesBackOnlyItsOwnRunningReviewsAtOnce() {
        Instant live = lease.expiry();
        assertThat(lease.judge(ReviewStatus.RUNNING, "a", live, 1, "a", true)).isEqualTo(TAKE_BACK);
        assertThat(lease.judge(ReviewStatus.RUNNING, "a", live, 2, "a", true)).isEqualTo(FAIL);
        assertThat(lease.judge(ReviewStatus.RUNNING, "b", live, 1, "a", true)).as("another replica's").isEqualTo(LEAVE);
        clock.advance(Duration.ofMinutes(5));
        assertThat(lease.judge(ReviewStatus.RUNNING, "b", live, 1, "a", true))
                .as("the restart itself leaves expired leases to the queue's poll").isEqualTo(LEAVE);
        assertThat(lease.judge(ReviewStatus.QUEUED, null, null, 0, "a", true)).isEqualTo(LEAVE);
    }
}
