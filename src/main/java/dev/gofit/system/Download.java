package dev.gofit.system;

import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;

/**
 * The one rule for every export file (ADR, checklist, kit, candidate summary, review report,
 * pilot, calendar): it is a download, {@code attachment} with a file name; pages and print views
 * are the {@code inline} way to read the same content.
 */
public final class Download {

    private Download() {
    }

    /** The {@code Content-Disposition} value of a download named {@code fileName} (ASCII kept, the rest replaced). */
    public static String attachment(String fileName) {
        StringBuilder safe = new StringBuilder();
        for (char c : fileName.toCharArray()) {
            safe.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '/' && c != ';' ? c : '_');
        }
        String encoded = java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + safe + "\"; filename*=UTF-8''" + encoded;
    }

    /**
     * An export that cannot be served (404 none or not yours, 403 not yet allowed) answers in plain text: the HTML
     * error page needs a CSRF token that the CSRF filter only sets on HTML endpoints, and under {@code /api} the
     * same request gets a problem document from the mappers instead.
     */
    public static Response refused(int status, String why) {
        return Response.status(status).type("text/plain;charset=UTF-8").entity(why).build();
    }

    /** {@link #refused} with 404: "{@code what} does not exist." */
    public static Response notFound(String what) {
        return refused(404, what + " does not exist.");
    }
}
