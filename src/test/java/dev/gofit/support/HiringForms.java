package dev.gofit.support;

import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The hiring pages' forms as a browser would submit them, for tests that drive those pages over HTTP. */
public final class HiringForms {

    private HiringForms() {
    }

    /** The checklist builder's form as it opens (five core skills, the default stages), with a role typed in. */
    public static Map<String, Object> defaultChecklist(FormSession session, String role) {
        Document page = Jsoup.parse(session.get("/hiring/checklists/new").then().statusCode(200).extract().asString());
        Map<String, Object> form = formOf(page.selectFirst("form.builder"));
        form.put("role", role);
        return form;
    }

    /** Reads a form's successful controls the way a browser submits them (lists for repeated names). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> formOf(Element form) {
        Map<String, Object> values = new HashMap<>();
        for (Element input : form.select("input, select, textarea")) {
            String name = input.attr("name");
            if (name.isEmpty() || name.equals("csrf-token")) {
                continue;
            }
            String value;
            if (input.tagName().equals("select")) {
                Element selected = input.selectFirst("option[selected]");
                value = selected != null ? selected.attr("value") : input.selectFirst("option").attr("value");
            } else if (input.tagName().equals("textarea")) {
                value = input.wholeText();
            } else if ((input.attr("type").equals("checkbox") || input.attr("type").equals("radio")) && !input.hasAttr("checked")) {
                continue;
            } else {
                value = input.attr("value");
            }
            ((List<Object>) values.computeIfAbsent(name, k -> new ArrayList<>())).add(value);
        }
        return values;
    }

    /** The checklist id a create or edit redirected to. */
    public static long checklistIdFrom(Response response) {
        String location = response.header("Location");
        return Long.parseLong(location.replaceAll(".*/hiring/checklists/(\\d+).*", "$1"));
    }

    /** A screen-stage scorecard as the candidate page's form posts it. */
    public static Map<String, Object> screenCard(String interviewer, String overall, int concurrency, int stdlib, int cloud) {
        return Map.of("stage", "screen", "interviewer", interviewer, "overall", overall, "notes", "Spotted the deadlock quickly",
                "rating", List.of("concurrency:" + concurrency, "stdlib:" + stdlib, "cloud-native:" + cloud));
    }
}
