package dev.gofit.pilot;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The .ics export, parsed back by an RFC 5545 reader written for the test (unfold, split, unescape). */
class PilotCalendarTest {

    static PilotView pilot(String service) {
        PilotContent content = PilotTemplatesFixture.content();
        PilotDraft draft = content.drafter().draft(service, LocalDate.parse("2026-12-21"), null,
                Set.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2027-01-01")));
        List<PilotView.Day> days = draft.days().stream()
                .map(d -> new PilotView.Day(d.number(), d.date(), d.week(), d.kind(), d.focus())).toList();
        List<PilotView.Metric> metrics = draft.metrics().stream().map(m -> new PilotView.Metric(m.key(), m.name(),
                m.category(), m.unit(), m.better(), m.source(), m.howMeasured(), m.baseline(), m.minimum(), m.target(),
                null, MetricOutcome.NOT_MEASURED)).toList();
        return new PilotView(7, null, null, service, "Ana", "Payments", days.get(0).date(), days.get(9).date(),
                draft.hypothesis(), draft.scopeIn(), draft.scopeOut(), days, metrics,
                draft.risks().stream().map(r -> new PilotView.Risk(r.risk(), r.mitigation())).toList(), draft.criteria(),
                draft.concurrency(), draft.requests(), null, "GET", null, null, null, PilotView.recommend(metrics),
                Instant.now());
    }

    /** Parses content lines into events: property name (with parameters) to unescaped value. */
    static List<Map<String, String>> parseEvents(String ics) {
        assertThat(ics).endsWith("\r\n");
        for (String physical : ics.split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).as(physical).isLessThanOrEqualTo(75);
            assertThat(physical).doesNotContain("\n").doesNotContain("\r");
        }
        String unfolded = ics.replace("\r\n ", "");
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> current = null;
        for (String line : unfolded.split("\r\n")) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon);
            String value = line.substring(colon + 1);
            if (line.equals("BEGIN:VEVENT")) {
                current = new LinkedHashMap<>();
            } else if (line.equals("END:VEVENT")) {
                events.add(current);
                current = null;
            } else if (current != null) {
                current.put(name, unescape(value));
            }
        }
        return events;
    }

    static String unescape(String value) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char n = value.charAt(++i);
                sb.append(n == 'n' || n == 'N' ? '\n' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Test
    void kickOffCheckpointAndGoNoGoAreAllDayEventsWithStableUids() {
        String ics = PilotCalendar.render(pilot("Payments; API, v2 \\ beta"), PilotTemplatesFixture.content().templates(),
                "https://gofit.example.com", Instant.parse("2026-11-27T10:15:30Z"));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n");
        List<Map<String, String>> events = parseEvents(ics);
        assertThat(events).hasSize(3);
        assertThat(events).extracting(e -> e.get("DTSTART;VALUE=DATE"))
                .containsExactly("20261221", "20261228", "20270105");
        assertThat(events).extracting(e -> e.get("DTEND;VALUE=DATE"))
                .containsExactly("20261222", "20261229", "20270106");
        assertThat(events).extracting(e -> e.get("UID")).containsExactly("pilot-7-day-1@gofit.example.com",
                "pilot-7-day-5@gofit.example.com", "pilot-7-day-10@gofit.example.com");
        assertThat(events).allSatisfy(e -> assertThat(e.get("DTSTAMP")).isEqualTo("20261127T101530Z"));
        assertThat(events.get(1).get("SUMMARY")).isEqualTo("Mid-point checkpoint: Payments; API, v2 \\ beta");
        assertThat(events.get(2).get("SUMMARY")).startsWith("Go / no-go meeting: ");
        assertThat(events.get(2).get("DESCRIPTION")).contains("\n\nDay 10: ").endsWith("https://gofit.example.com/pilots/7");
    }

    @Test
    void textIsEscapedAndLongUtf8LinesFoldWithoutSplittingACharacter() {
        assertThat(PilotCalendar.text("a;b,c\\d\ne")).isEqualTo("a\\;b\\,c\\\\d\\ne");
        StringBuilder out = new StringBuilder();
        String value = "SUMMARY:" + "Übergang – 日本語 ".repeat(20);
        PilotCalendar.line(out, value);
        for (String physical : out.toString().split("\r\n")) {
            byte[] bytes = physical.getBytes(StandardCharsets.UTF_8);
            assertThat(bytes.length).isLessThanOrEqualTo(75);
            assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(physical);
        }
        assertThat(out.toString().replace("\r\n ", "")).isEqualTo(value + "\r\n");
    }
}
