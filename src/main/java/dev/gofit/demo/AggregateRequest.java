package dev.gofit.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * A validated take-home request ({@code content/takehome/contract.md}):
 * {@code {"userId", "query", "sources": {"user", "embeddings"}, "timeoutMs"}}.
 */
public record AggregateRequest(String userId, String query, URI userUri, URI embeddingsUri, long timeoutMs) {

    /** Longest {@code timeoutMs} accepted (the Go peer's limit too). */
    public static final long MAX_TIMEOUT_MS = 60_000;

    private static final ObjectReader READER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).reader();

    /** Thrown for a request the contract answers with 400; the message is the human text. */
    public static final class Invalid extends Exception {
        public Invalid(String message) {
            super(message, null, false, false);
        }
    }

    /** Parses and validates a request body. */
    public static AggregateRequest parse(byte[] body) throws Invalid {
        if (body == null || body.length == 0) {
            throw new Invalid("request body is empty; expected a JSON object");
        }
        JsonNode root;
        try {
            root = READER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new Invalid("request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new Invalid("request body could not be read");
        }
        if (root == null || root.isMissingNode()) {
            throw new Invalid("request body is empty; expected a JSON object");
        }
        if (!root.isObject()) {
            throw new Invalid("request body must be a JSON object");
        }
        JsonNode userId = root.get("userId");
        if (userId == null || !userId.isTextual() || userId.asText().isEmpty()) {
            throw new Invalid("missing or empty \"userId\" (a string)");
        }
        JsonNode query = root.get("query");
        if (query == null || !query.isTextual()) {
            throw new Invalid("missing \"query\" (a string)");
        }
        JsonNode sources = root.get("sources");
        if (sources == null || !sources.isObject()) {
            throw new Invalid("missing \"sources\" (an object with \"user\" and \"embeddings\" URLs)");
        }
        URI userUrl = url(sources, Source.USER);
        URI embeddingsUrl = url(sources, Source.EMBEDDINGS);
        JsonNode timeout = root.get("timeoutMs");
        if (timeout == null || !timeout.isNumber()) {
            throw new Invalid("missing \"timeoutMs\" (a number of milliseconds)");
        }
        double ms = timeout.asDouble();
        if (!(ms > 0 && ms <= MAX_TIMEOUT_MS)) {
            throw new Invalid("\"timeoutMs\" must be > 0 and <= " + MAX_TIMEOUT_MS);
        }
        return new AggregateRequest(userId.asText(), query.asText(), userUrl, embeddingsUrl, (long) Math.ceil(ms));
    }

    /** A source URL: absolute http(s) with a host (parsed once here, reused for the request). */
    public static URI url(String url) throws URISyntaxException {
        URI uri = new URI(url);
        String scheme = uri.getScheme();
        if (("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null) {
            return uri;
        }
        throw new URISyntaxException(url, "not an absolute http(s) URL with a host");
    }

    private static URI url(JsonNode sources, Source source) throws Invalid {
        JsonNode node = sources.get(source.key());
        if (node == null || !node.isTextual() || node.asText().isEmpty()) {
            throw new Invalid("missing \"sources." + source.key() + "\" (an absolute http(s) URL)");
        }
        try {
            return url(node.asText());
        } catch (URISyntaxException e) {
            throw new Invalid("\"sources." + source.key() + "\" must be an absolute http(s) URL");
        }
    }
}
