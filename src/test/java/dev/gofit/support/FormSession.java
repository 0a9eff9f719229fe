package dev.gofit.support;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.Map;

/**
 * A browser-like session for REST Assured: logs in through the form, keeps cookies, and
 * adds the CSRF token to form posts the way a rendered page would.
 * <pre>
 * FormSession s = FormSession.login(TestUsers.leader());
 * s.postForm("/decisions", Map.of("title", "Payments")).then().statusCode(303);
 * </pre>
 */
public final class FormSession {

    private final Map<String, String> cookies = new HashMap<>();
    private String csrfToken;

    public static FormSession anonymous() {
        return new FormSession();
    }

    public static FormSession login(String email) {
        return login(email, TestUsers.PASSWORD);
    }

    public static FormSession login(String email, String password) {
        FormSession session = new FormSession();
        Response response = RestAssured.given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("j_username", email).formParam("j_password", password)
                .post("/j_security_check");
        if (response.statusCode() != 302 || response.getCookie("quarkus-credential") == null) {
            throw new IllegalStateException("login failed for " + email + ": " + response.statusCode());
        }
        session.cookies.putAll(response.getCookies());
        return session;
    }

    /** A request carrying this session's cookies, not following redirects. */
    public RequestSpecification given() {
        return RestAssured.given().redirects().follow(false).cookies(cookies);
    }

    /** GETs a page, keeping cookies and remembering the page's CSRF token. */
    public Response get(String path) {
        Response response = given().accept("text/html").get(path);
        remember(response);
        return response;
    }

    /** POSTs a form the way the browser would: with the CSRF token of a page fetched first. */
    public Response postForm(String path, Map<String, ?> fields) {
        if (csrfToken == null) {
            get("/");
        }
        RequestSpecification spec = given().accept("text/html").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrfToken);
        fields.forEach((k, v) -> {
            if (v instanceof Iterable<?> many) {
                many.forEach(item -> spec.formParam(k, item));
            } else {
                spec.formParam(k, v);
            }
        });
        Response response = spec.post(path);
        remember(response);
        return response;
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    private void remember(Response response) {
        cookies.putAll(response.getCookies());
        String contentType = response.contentType();
        if (contentType != null && contentType.startsWith("text/html")) {
            Element input = Jsoup.parse(response.asString()).selectFirst("input[name=csrf-token]");
            if (input != null) {
                csrfToken = input.attr("value");
            }
        }
    }
}
