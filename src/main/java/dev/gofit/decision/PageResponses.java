package dev.gofit.decision;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The answers a decision page gives: the page, the page again with its messages, or post/redirect/get. */
final class PageResponses {

    private PageResponses() {
    }

    static Response ok(TemplateInstance page) {
        return Response.ok(page).type(MediaType.TEXT_HTML_TYPE).build();
    }

    static Response status(int status, TemplateInstance page) {
        return Response.status(status).entity(page).type(MediaType.TEXT_HTML_TYPE).build();
    }

    static Response badRequest(TemplateInstance page) {
        return status(400, page);
    }

    static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
