package dev.gofit.support;

import io.restassured.response.Response;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

/** Walks the decision wizard's pages as a leader would, for tests that need a decision made in the browser's way. */
public final class DecisionWizard {

    private DecisionWizard() {
    }

    /** Starts a decision on the first page and returns its id. */
    public static long start(FormSession s, String title) {
        Response r = s.postForm("/decisions", Map.of("title", title, "description", "Card payments for the shop",
                "teamContext", "Six engineers, Java today"));
        assertThat(r.statusCode()).isEqualTo(303);
        String location = r.header("Location");
        assertThat(location).endsWith("/questions/1");
        return Long.parseLong(location.replaceAll(".*/decisions/(\\d+)/.*", "$1"));
    }

    /** Answers the four questions ("yes"/"no") and the two cautions, ending on the result page; returns the id. */
    public static long complete(FormSession s, String title, List<String> answers, String ml, String memory) {
        long id = start(s, title);
        for (int n = 1; n <= 4; n++) {
            s.postForm("/decisions/" + id + "/questions/" + n, Map.of("answer", answers.get(n - 1), "note", "note " + n, "nav", "next"))
                    .then().statusCode(303);
        }
        s.postForm("/decisions/" + id + "/cautions", Map.of("mlPrototyping", ml, "lowLevelMemoryControl", memory, "nav", "next"))
                .then().statusCode(303).header("Location", endsWith("/decisions/" + id));
        return id;
    }
}
