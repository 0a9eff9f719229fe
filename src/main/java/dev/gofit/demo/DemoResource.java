package dev.gofit.demo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public demo page: pick two delays and a failure, run the fetch sequentially and concurrently
 * side by side, and see both as timelines of what the upstreams recorded. Rate-limited per address.
 */
@Path("/demo")
public class DemoResource {

    /** The visitor's choices as typed (kept on errors). */
    public record Form(String userDelay, String embeddingsDelay, String failure) {
        static Form defaults() {
            return new Form("150", "250", DemoFailure.NONE.name());
        }

        public int timeoutMs() {
            return DemoRunner.TIMEOUT_MS;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Form form, Map<String, String> errors, DemoRunner.Result result,
                                            List<DemoFailure> failures, String notice, String base);

        static native TemplateInstance page$demo(Form form, Map<String, String> errors, DemoRunner.Result result,
                                                 List<DemoFailure> failures, String notice, String base);
    }

    @Inject
    DemoRunner runner;
    @Inject
    DemoRateLimiter limiter;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("run") String runId) {
        if (runId == null) {
            return render(false, Form.defaults(), Map.of(), null, null);
        }
        return runner.find(runId)
                .map(r -> render(false, new Form(String.valueOf(r.userDelayMs()), String.valueOf(r.embeddingsDelayMs()),
                        r.failure().name()), Map.of(), r, null))
                .orElseGet(() -> render(false, Form.defaults(), Map.of(), null,
                        "That run has expired. Choose the delays and run it again."));
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response run(@RestForm String userDelay, @RestForm String embeddingsDelay, @RestForm String failure,
                        @HeaderParam("HX-Request") String htmx, HttpServerRequest request) throws Exception {
        boolean fragment = "true".equals(htmx);
        Form form = new Form(userDelay, embeddingsDelay, failure);
        Map<String, String> errors = new LinkedHashMap<>();
        Integer ud = delay(userDelay, "userDelay", errors);
        Integer ed = delay(embeddingsDelay, "embeddingsDelay", errors);
        DemoFailure chosen = Arrays.stream(DemoFailure.values()).filter(f -> f.name().equals(failure)).findFirst()
                .orElse(null);
        if (chosen == null) {
            errors.put("failure", "Choose one of the listed failures.");
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(render(fragment, form, errors, null, null)).build();
        }
        long wait = limiter.acquire(request.remoteAddress().host());
        if (wait > 0) {
            String notice = "Too many demo runs from your address: " + limiter.perMinute()
                    + " per minute are allowed. Try again in " + wait + " s.";
            return Response.status(429).header("Retry-After", wait).entity(render(fragment, form, Map.of(), null, notice))
                    .build();
        }
        DemoRunner.Result result = runner.run(SourceOrigins.Origin.self(request).url(), ud, ed, chosen);
        if (fragment) {
            return Response.ok(render(true, form, Map.of(), result, null)).header("HX-Push-Url", "/demo?run=" + result.id())
                    .build();
        }
        return Response.seeOther(URI.create("/demo?run=" + result.id())).build();
    }

    private static TemplateInstance render(boolean fragment, Form form, Map<String, String> errors,
                                           DemoRunner.Result result, String notice) {
        List<DemoFailure> failures = List.of(DemoFailure.values());
        String base = ConfigProvider.getConfig().getValue("gofit.public-url", String.class).replaceAll("/$", "");
        return fragment ? Templates.page$demo(form, errors, result, failures, notice, base)
                : Templates.page(form, errors, result, failures, notice, base);
    }

    private static Integer delay(String raw, String field, Map<String, String> errors) {
        try {
            int ms = Integer.parseInt(raw == null ? "" : raw.trim());
            if (ms >= 0 && ms <= DemoRunner.MAX_DELAY_MS) {
                return ms;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put(field, "Enter a whole number of milliseconds from 0 to " + DemoRunner.MAX_DELAY_MS + ".");
        return null;
    }
}
