package dev.gofit.demo;

/** Hands out signed, self-describing upstream URLs whose calls are recorded under a run id. */
public interface UpstreamLinks {

    /**
     * An absolute URL (based on {@code gofit.public-url}, or {@code baseUrl} when given) that,
     * when fetched with GET, behaves as {@code scenario} and is recorded under {@code runId}.
     */
    String url(String baseUrl, String runId, Source source, UpstreamScenario scenario);

    /** A fresh nonce for a body served to one call of {@code runId}, which only these links can make. */
    String nonce(String runId, Source source);

    /**
     * Whether {@code nonce} was made by {@link #nonce} for this run and source: proof that a body came
     * from GoFit's upstream for that request, even when the recorder has no record of the call.
     */
    boolean issued(String runId, Source source, String nonce);
}
