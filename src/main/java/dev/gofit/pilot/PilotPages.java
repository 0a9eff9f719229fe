package dev.gofit.pilot;

import dev.gofit.system.Download;
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

    /** An export of a pilot that is not there (or not the user's): see {@link Download#refused}. */
    static Response exportNotFound(long id) {
        return Download.notFound("Pilot " + id);
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
