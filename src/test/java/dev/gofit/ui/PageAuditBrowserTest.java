package dev.gofit.ui;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.gofit.account.Role;
import dev.gofit.support.Browser;
import dev.gofit.support.FormSession;
import dev.gofit.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page in a real browser, for every role and for a candidate, on a 1366 px desktop and a
 * 390 px phone: no sideways scrolling, no console error (CSP violations included) and no serious
 * or critical axe-core violation. Pages are found by crawling each role's links from its landing
 * page over seeded data, so a new page is checked without being listed here; a core page that is
 * not reached fails the test. Full-page screenshots go to target/screenshots for a person to look at.
 */
@QuarkusTest
class PageAuditBrowserTest {

    private static final int MAX_PAGES_PER_CRAWL = 60;
    private static final Pattern NUMBER = Pattern.compile("/\\d+(?=/|$|\\?|\\.)");
    private static final Pattern TOKEN = Pattern.compile("^/t/[^/]+");
    private static final Pattern SKIPPED = Pattern.compile(
            "^/(q|api|css|js|img|webjars)(/.*)?$|^/logout$|.*\\.(pdf|md|csv|ics|json)$|.*/live$|.*/submissions$");
    /** Pages that must be reached by the crawl: when one is not, a link (or the seed) went missing. */
    private static final Set<String> CORE = Set.of("/", "/login", "/demo", "/account/password",
            "/decisions", "/decisions/new", "/decisions/{n}", "/decisions/{n}/print", "/matrix",
            "/pilots", "/pilots/new", "/pilots/{n}",
            "/hiring", "/hiring/checklists/new", "/hiring/checklists/{n}", "/hiring/checklists/{n}/kit",
            "/hiring/candidates/{n}", "/reviews", "/reviews/{n}", "/invites", "/invites/{n}",
            "/admin/users", "/admin/users/new", "/t/{token}", "/t/{token}/reviews/{n}");

    record Size(String name, int width, int height) {
    }

    private static final List<Size> SIZES = List.of(new Size("desktop", 1366, 900), new Size("phone", 390, 844));

    @TestHTTPResource("/")
    URL base;

    private final List<String> problems = new ArrayList<>();
    /** Pattern → where it was first seen, for the printed list. */
    private final Map<String, Set<String>> visited = new LinkedHashMap<>();
    /** (pattern, size) already checked by axe and photographed: the same template for another role. */
    private final Set<String> audited = new LinkedHashSet<>();

    @Test
    void everyPageFitsBothScreensWithoutConsoleErrorsOrSeriousAxeViolations() {
        Map<String, String> users = new LinkedHashMap<>();
        // Role.values(): a role added later (INTERVIEWER) is crawled without touching this test.
        for (Role role : Role.values()) {
            users.put(role.name(), TestUsers.ensure("audit-" + role.name().toLowerCase() + "@test.gofit", role));
        }
        String token = seed(users);

        long started = System.nanoTime();
        for (Size size : SIZES) {
            try (Browser browser = Browser.open(base.toString(), size.width(), size.height())) {
                crawl(browser, size, "anonymous", List.of("/", "/login", "/demo", "/t/" + token));
                checkNotFound(browser, size);
                for (Map.Entry<String, String> user : users.entrySet()) {
                    browser.driver().manage().deleteAllCookies();
                    browser.login(user.getValue()).waitForText("Log out", 30);
                    crawl(browser, size, user.getKey(), List.of("/"));
                }
            }
        }
        System.out.printf("Page audit: %d page kinds in %d s%n", visited.size(), (System.nanoTime() - started) / 1_000_000_000L);
        visited.forEach((pattern, who) -> System.out.println("  visited " + pattern + "  by " + who));
        problems.forEach(p -> System.out.println("  PROBLEM " + p));

        assertThat(new TreeSet<>(CORE)).as("core pages the crawl did not reach").isSubsetOf(visited.keySet());
        assertThat(problems).as("pages with overflow, console errors or serious axe violations").isEmpty();
    }

    /** Decision, pilot, checklist, candidate, invite and a candidate's practice review; the invite's token. */
    private String seed(Map<String, String> users) {
        String leader = users.get("LEADER");
        String hiring = users.get("HIRING_MANAGER");
        long decision = api(leader).contentType("application/json").body("""
                {"title": "Payments gateway",
                 "answers": {"concurrency": true, "ioPerformance": true, "simpleDeployment": true, "servicesOrTooling": true},
                 "cautions": {"mlPrototyping": false, "lowLevelMemoryControl": false}}""")
                .post("/api/decisions").then().statusCode(201).extract().jsonPath().getLong("id");
        api(leader).contentType("application/json")
                .body(Map.of("decisionId", decision, "service", "Payment authorization API",
                        "startDate", LocalDate.now().plusDays(7).toString()))
                .post("/api/pilots").then().statusCode(201);
        long checklist = api(hiring).contentType("application/json")
                .body(Map.of("role", "Senior Go engineer",
                        "skills", List.of("concurrency", "stdlib", "testing", "systems-design", "cloud-native")))
                .post("/api/checklists").then().statusCode(201).extract().jsonPath().getLong("id");
        api(hiring).contentType("application/json").body(Map.of("name", "Ada Lovelace", "email", "ada@example.com"))
                .post("/api/checklists/" + checklist + "/candidates").then().statusCode(201);
        String url = api(hiring).contentType("application/json")
                .body(Map.of("candidateName", "Grace Hopper", "candidateEmail", "grace@example.com", "checklistId", checklist))
                .post("/api/invites").then().statusCode(201).extract().jsonPath().getString("url");
        String token = URI.create(url).getPath().substring("/t/".length());
        FormSession candidate = FormSession.anonymous();
        candidate.get("/t/" + token).then().statusCode(200);
        candidate.postForm("/t/" + token + "/reviews", Map.of("endpoint", base + "demo/aggregate", "kind", "practice"))
                .then().statusCode(303);
        return token;
    }

    private static RequestSpecification api(String email) {
        return RestAssured.given().auth().preemptive().basic(email, TestUsers.PASSWORD).accept("application/json");
    }

    private void crawl(Browser browser, Size size, String who, List<String> start) {
        Deque<String> queue = new ArrayDeque<>(start);
        Set<String> seen = new LinkedHashSet<>();
        int pages = 0;
        while (!queue.isEmpty() && pages < MAX_PAGES_PER_CRAWL) {
            String target = queue.poll();
            if (!seen.add(pattern(target))) {
                continue;
            }
            pages++;
            browser.go(target);
            waitForLoad(browser.driver());
            String landed = pathAndQuery(browser.driver().getCurrentUrl());
            String pattern = pattern(landed);
            seen.add(pattern);
            visited.computeIfAbsent(pattern, k -> new LinkedHashSet<>()).add(who + "@" + size.name());
            check(browser, size, who, landed, pattern);
            for (String link : links(browser.driver())) {
                if (!seen.contains(pattern(link))) {
                    queue.add(link);
                }
            }
        }
    }

    private void check(Browser browser, Size size, String who, String path, String pattern) {
        String where = size.name() + " " + who + " " + path;
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
        long innerWidth = ((Number) js.executeScript("return window.innerWidth;")).longValue();
        if (scrollWidth > innerWidth) {
            problems.add(where + ": " + scrollWidth + " px wide in a " + innerWidth + " px window; widest: "
                    + js.executeScript(WIDEST));
        }
        if (audited.add(pattern + "|" + size.name())) {
            browser.fullScreenshot("audit-" + size.name() + "-" + fileName(pattern));
            Results results = new AxeBuilder().analyze(browser.driver());
            for (Rule rule : results.getViolations()) {
                if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                    problems.add(where + ": axe " + rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at "
                            + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList());
                }
            }
        }
        // Late errors (an htmx poll, a swap) are read here too: they are charged to this page.
        for (String error : browser.consoleErrors()) {
            problems.add(where + ": console " + error);
        }
    }

    /** An unknown URL is a 404 page for anyone: checked logged out (the crawl covers logged in). */
    private void checkNotFound(Browser browser, Size size) {
        browser.go("/no-such-page/for-the-audit");
        waitForLoad(browser.driver());
        String path = pathAndQuery(browser.driver().getCurrentUrl());
        if (!path.startsWith("/no-such-page") || !browser.text().contains("404")) {
            problems.add(size.name() + " anonymous: an unknown URL answered " + path + " instead of a 404 page");
        }
        // The 404 status itself is logged by the browser as a failed resource: that one is expected.
        browser.consoleErrors().stream().filter(e -> !e.contains("404")).forEach(e ->
                problems.add(size.name() + " anonymous /no-such-page: console " + e));
        browser.fullScreenshot("audit-" + size.name() + "-not-found");
    }

    private List<String> links(WebDriver driver) {
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('a[href]')).map(a => a.href);");
        URI origin = URI.create(base.toString());
        List<String> out = new ArrayList<>();
        for (String href : hrefs) {
            URI uri;
            try {
                uri = URI.create(href);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (uri.getHost() == null || !uri.getHost().equals(origin.getHost()) || uri.getPort() != origin.getPort()) {
                continue;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (SKIPPED.matcher(path).matches()) {
                continue;
            }
            out.add(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        }
        return out;
    }

    /** {@code /decisions/12?done=accepted} → {@code /decisions/{n}?done}: one visit per kind of page. */
    static String pattern(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        path = TOKEN.matcher(path).replaceFirst("/t/{token}");
        path = NUMBER.matcher(path).replaceAll("/{n}");
        if (q < 0) {
            return path;
        }
        String names = String.join("&", Arrays.stream(pathAndQuery.substring(q + 1).split("&"))
                .map(p -> p.contains("=") ? p.substring(0, p.indexOf('=')) : p).sorted().distinct().toList());
        return path + "?" + names;
    }

    private static String pathAndQuery(String url) {
        URI uri = URI.create(url);
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private static String fileName(String pattern) {
        String name = pattern.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return name.isEmpty() ? "home" : name;
    }

    private static void waitForLoad(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState;")));
    }

    /** The element sticking out furthest to the right, to say what makes a page too wide. */
    private static final String WIDEST = """
            let worst = null, right = window.innerWidth;
            for (const el of document.querySelectorAll('body *')) {
              const r = el.getBoundingClientRect();
              if (r.right > right + 0.5) { right = r.right; worst = el; }
            }
            if (!worst) return 'none found';
            return worst.tagName.toLowerCase() + (worst.id ? '#' + worst.id : '')
                + (worst.className && typeof worst.className === 'string' ? '.' + worst.className.trim().split(/\\s+/).join('.') : '')
                + ' right edge ' + Math.round(right) + ' px';
            """;
}
