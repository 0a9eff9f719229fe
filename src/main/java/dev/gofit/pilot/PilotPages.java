package dev.gofit.pilot;

import dev.gofit.system.ErrorMappers;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Answers the pilot pages share. */
final class PilotPages {

    private PilotPages() {
    }

    /**
     * Someone else's pilot, or none, is "not found". Answered here rather than thrown: the error
     * page rendered by an exception mapper has no CSRF token for the layout (see the report).
     */
    static Response notFound(long id) {
        return Response.status(404).type(MediaType.TEXT_HTML_TYPE)
                .entity(ErrorMappers.Templates.error(404, "Not Found", "Pilot " + id + " does not exist.")).build();
    }

    /**
     * A plain-text 404 for exports: the HTML error page needs a CSRF token that the CSRF filter
     * only sets on HTML endpoints, so a mapped exception here would end in a 500.
     */
    static Response exportNotFound(long id) {
        return Response.status(404).type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8"))
                .entity("Pilot " + id + " does not exist.").build();
    }

    static LocalDate nextMonday(LocalDate today) {
        LocalDate d = today.plusDays(1);
        while (d.getDayOfWeek() != DayOfWeek.MONDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
