package dev.gofit.pilot;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The pilot's milestones (kick-off, checkpoint, go / no-go) as an RFC 5545 iCalendar: CRLF line
 * ends, lines folded at 75 octets without splitting a UTF-8 character, TEXT values escaped,
 * a stable UID per event, DTSTAMP in UTC and all-day events (DTSTART;VALUE=DATE).
 */
public final class PilotCalendar {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private PilotCalendar() {
    }

    public static String render(PilotView p, PilotTemplates templates, String publicUrl, Instant now) {
        String host = java.net.URI.create(publicUrl).getHost();
        String url = publicUrl.replaceAll("/+$", "") + "/pilots/" + p.id();
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//GoFit//Pilot checkpoints//EN");
        line(ics, "CALSCALE:GREGORIAN");
        // No METHOD: the file is imported, not sent as an iTIP message, and METHOD:PUBLISH would make
        // every event need an ORGANIZER (RFC 5546 3.2.1) that a pilot has no address for.
        line(ics, "X-WR-CALNAME:" + text("Pilot: " + p.service()));
        for (PilotView.Day day : p.days()) {
            String summary;
            String description;
            if (day.day() == 1) {
                summary = "Pilot kick-off: " + p.service();
                description = day.focus() + "\n\nHypothesis: " + p.hypothesis();
            } else if (day.milestone()) {
                PilotTemplates.Checkpoint c = templates.checkpoints().stream().filter(x -> x.kind().equals(day.kind()))
                        .findFirst().orElseThrow();
                summary = c.title() + ": " + p.service();
                description = c.agenda() + "\n\nDay " + day.day() + ": " + day.focus()
                        + (PilotReport.DAYS.contains(day.day()) ? "\n\nReport: " + url + "/report-" + day.day() + ".pdf" : "");
            } else {
                continue;
            }
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:pilot-" + p.id() + "-day-" + day.day() + "@" + (host == null ? "gofit" : host));
            line(ics, "DTSTAMP:" + STAMP.format(now));
            line(ics, "DTSTART;VALUE=DATE:" + DATE.format(day.date()));
            line(ics, "DTEND;VALUE=DATE:" + DATE.format(day.date().plusDays(1)));
            line(ics, "SUMMARY:" + text(summary));
            line(ics, "DESCRIPTION:" + text(description + "\n\n" + url));
            line(ics, "URL:" + url);
            line(ics, "TRANSP:TRANSPARENT");
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** Escapes a TEXT value (RFC 5545 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line folded at 75 octets (3.1), never inside a UTF-8 sequence, ending in CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                // The leading space of a continuation line counts towards its 75 octets.
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
