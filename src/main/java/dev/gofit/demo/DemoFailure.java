package dev.gofit.demo;

/** The failure a demo visitor can inject into one of the two upstream calls. */
public enum DemoFailure {
    NONE("No failure", null),
    USER_500("User API answers HTTP 500", Source.USER),
    EMBEDDINGS_500("Embeddings API answers HTTP 500", Source.EMBEDDINGS),
    USER_NOT_JSON("User API answers a body that is not JSON", Source.USER),
    USER_DROPPED("User API drops the connection mid-answer", Source.USER),
    EMBEDDINGS_HANG("Embeddings API hangs", Source.EMBEDDINGS),
    EMBEDDINGS_STALL("Embeddings API stalls after its headers", Source.EMBEDDINGS);

    private final String label;
    private final Source source;

    DemoFailure(String label, Source source) {
        this.label = label;
        this.source = source;
    }

    public String label() {
        return label;
    }

    /** The scenario of {@code which} call given the chosen delay of that call. */
    public UpstreamScenario scenario(Source which, int delayMs) {
        if (which != source) {
            return UpstreamScenario.ok(delayMs);
        }
        return switch (this) {
            case USER_500, EMBEDDINGS_500 -> UpstreamScenario.fail(delayMs, 500);
            case USER_NOT_JSON -> UpstreamScenario.notJson(delayMs);
            case USER_DROPPED -> UpstreamScenario.droppedMidAnswer(delayMs);
            case EMBEDDINGS_HANG -> UpstreamScenario.hanging();
            case EMBEDDINGS_STALL -> UpstreamScenario.stalling(delayMs);
            case NONE -> UpstreamScenario.ok(delayMs);
        };
    }
}
