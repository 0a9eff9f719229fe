package dev.gofit.system;

/**
 * The one rule for "is this an API call or a page" and "does the client take an HTML answer",
 * used by the error mappers, the form filters and the authentication mechanism alike.
 */
public final class RequestKind {

    private RequestKind() {
    }

    /** The JSON API lives under {@code /api}: problem+json answers, Basic or Bearer, no CSRF form. */
    public static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    /** A client that reads an HTML page in answer: browsers, and clients that take anything. */
    public static boolean acceptsHtml(String accept) {
        return accept == null || accept.contains("text/html") || accept.contains("*/*");
    }

    /**
     * A browser proper, which names HTML in its Accept header: a logged-out browser is sent to the
     * login page, while a script (no Accept, or {@code *}{@code /*}) gets the Basic challenge.
     */
    public static boolean isBrowser(String accept) {
        return accept != null && accept.contains("text/html");
    }
}
