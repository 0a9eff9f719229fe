package dev.gofit.demo;

/** Hands out signed, self-describing upstream URLs whose calls are recorded under a run id. */
public interface UpstreamLinks {

    /**
     * An absolute URL (based on {@code gofit.public-url}, or {@code baseUrl} when given) that,
     * when fetched with GET, behaves as {@code scenario} and is recorded under {@code runId}.
     */
    String url(String baseUrl, String runId, Source source, UpstreamScenario scenario);
}
