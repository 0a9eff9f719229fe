package dev.gofit.support;

import io.restassured.response.Response;
import org.jsoup.Jsoup;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Invites created through the hiring manager's invite form, as a browser would. */
public final class TestInvites {

    private TestInvites() {
    }

    /** Creates an invite on the invite page and returns the token of the link it shows. */
    public static String create(FormSession hm, String name, String email, String checklist) {
        Response created = hm.postForm("/invites", Map.of("candidateName", name, "candidateEmail", email,
                "checklistId", checklist));
        assertThat(created.statusCode()).isEqualTo(303);
        String page = hm.get(created.header("Location")).then().statusCode(200).extract().asString();
        String link = Jsoup.parse(page).selectFirst("#invite-link").text();
        assertThat(link).contains("/t/");
        return link.substring(link.indexOf("/t/") + 3);
    }
}
