package dev.gofit.demo;

/** The two upstream APIs of the take-home; {@link #key()} is the name the contract uses. */
public enum Source {
    USER("user"), EMBEDDINGS("embeddings");

    private final String key;

    Source(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public Source other() {
        return this == USER ? EMBEDDINGS : USER;
    }
}
