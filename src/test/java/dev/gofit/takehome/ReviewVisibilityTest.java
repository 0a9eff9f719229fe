package dev.gofit.takehome;

import dev.gofit.account.Role;
import dev.gofit.account.User;
import dev.gofit.hiring.Checklist;
import dev.gofit.support.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Who may open a review: its owner, an admin, and whoever can see the hiring checklist of the
 * invite it belongs to (the checklist's take-home evidence links to it); and which review is the reference.
 */
@QuarkusTest
class ReviewVisibilityTest {

    String checklistOwner;
    String colleague;
    String sender;
    String stranger;
    long linkedReview;
    long unlinkedReview;

    @BeforeEach
    void setUp() {
        checklistOwner = TestUsers.ensure("checklist-owner@test.gofit", Role.HIRING_MANAGER);
        colleague = TestUsers.ensure("checklist-colleague@test.gofit", Role.HIRING_MANAGER);
        sender = TestUsers.ensure("invite-sender@test.gofit", Role.HIRING_MANAGER);
        stranger = TestUsers.ensure("stranger@test.gofit", Role.HIRING_MANAGER);
        QuarkusTransaction.requiringNew().run(() -> {
            Checklist checklist = new Checklist();
            checklist.owner = User.findByEmail(checklistOwner).orElseThrow();
            checklist.roleTitle = "Backend engineer";
            checklist.level = "senior";
            checklist.sharedWith.add(User.findByEmail(colleague).orElseThrow());
            checklist.sharedWith.add(User.findByEmail(sender).orElseThrow());
            checklist.persist();
            long senderId = User.findByEmail(sender).orElseThrow().id;
            Invite invite = new Invite();
            invite.tokenHash = Invite.hash(Invite.newToken());
            invite.candidateName = "Linus";
            invite.candidateEmail = "linus-" + System.nanoTime() + "@candidate.example";
            invite.checklistId = checklist.id;
            invite.createdBy = senderId;
            invite.expiresAt = Instant.now().plus(Duration.ofDays(7));
            invite.persist();
            linkedReview = review(senderId, invite.id, "https://linus.example/aggregate", false).id;
            unlinkedReview = review(senderId, null, "https://sender.example/aggregate", false).id;
        });
    }

    private static Review review(long ownerId, Long inviteId, String endpoint, boolean reference) {
        Review r = new Review();
        r.endpoint = endpoint;
        r.ownerId = ownerId;
        r.inviteId = inviteId;
        r.reference = reference;
        r.status = ReviewStatus.DONE;
        r.finishedAt = Instant.now();
        r.persist();
        return r;
    }

    private static int status(String user, long reviewId) {
        return given().auth().preemptive().basic(user, TestUsers.PASSWORD).get("/api/reviews/" + reviewId)
                .then().extract().statusCode();
    }

    @Test
    void everyoneWhoSeesTheInvitesChecklistOpensTheCandidatesReview() {
        given().auth().preemptive().basic(colleague, TestUsers.PASSWORD).get("/api/reviews/" + linkedReview)
                .then().statusCode(200).body("id", equalTo((int) linkedReview));
        assertThat(status(checklistOwner, linkedReview)).as("the checklist's owner, though a colleague sent the invite")
                .isEqualTo(200);
        assertThat(status(sender, linkedReview)).as("the review's owner").isEqualTo(200);
    }

    @Test
    void othersStillGetNotFound() {
        assertThat(status(stranger, linkedReview)).as("a manager the checklist is not shared with").isEqualTo(404);
        assertThat(status(colleague, unlinkedReview)).as("a review outside any invite stays its owner's").isEqualTo(404);
    }

    @Test
    void aColleaguesReRunOfAnInviteOpensForItsSenderButNotForTheCandidate() {
        String token = Invite.newToken();
        long[] ids = QuarkusTransaction.requiringNew().call(() -> {
            Invite invite = new Invite();
            invite.tokenHash = Invite.hash(token);
            invite.candidateName = "Grace";
            invite.candidateEmail = "grace-" + System.nanoTime() + "@candidate.example";
            invite.createdBy = User.findByEmail(sender).orElseThrow().id;
            invite.expiresAt = Instant.now().plus(Duration.ofDays(7));
            invite.persist(); // no checklist: only its sender (and admins) follow it
            Review finalSubmission = review(invite.createdBy, invite.id, "https://grace.example/aggregate", false);
            finalSubmission.finalInviteId = invite.id;
            long admin = User.findByEmail(TestUsers.admin()).orElseThrow().id;
            long reRun = review(admin, invite.id, "https://grace.example/aggregate", false).id;
            return new long[]{finalSubmission.id, reRun};
        });
        assertThat(status(sender, ids[1])).as("the invite's sender opens an admin's re-run of it").isEqualTo(200);
        assertThat(status(stranger, ids[1])).isEqualTo(404);
        String page = given().accept("text/html").get("/t/" + token).then().statusCode(200).extract().asString();
        assertThat(page).contains("/t/" + token + "/reviews/" + ids[0]).doesNotContain("/t/" + token + "/reviews/" + ids[1]);
        given().accept("text/html").get("/t/" + token + "/reviews/" + ids[1]).then().statusCode(404);
        given().accept("text/html").get("/t/" + token + "/reviews/" + ids[0]).then().statusCode(200);
    }

    @Test
    void aCandidatesOwnDemoAggregateIsNotTheReference() {
        long[] ids = QuarkusTransaction.requiringNew().call(() -> {
            long owner = User.findByEmail(sender).orElseThrow().id;
            long reference = review(owner, null, "http://127.0.0.1:8081/demo/aggregate", true).id;
            long lookalike = review(owner, null, "https://candidate.example/demo/aggregate", false).id;
            return new long[]{reference, lookalike};
        });
        Review latest = QuarkusTransaction.requiringNew().call(() -> Review.latestReference().orElseThrow());
        assertThat(latest.id).isEqualTo(ids[0]);
        assertThat(latest.reference).isTrue();
    }
}
