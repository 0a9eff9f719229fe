package dev.gofit.pilot;

import dev.gofit.support.Ics;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyListAccessor;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The .ics export, read back with ical4j, an RFC 5545 parser and validator independent of GoFit's writer. */
class PilotCalendarTest {

    private static final Instant STAMP = Instant.parse("2026-11-27T10:15:30Z");

    static PilotView pilot(String service) {
        PilotContent content = PilotTemplatesFixture.content();
        PilotDraft draft = content.drafter().draft(service, LocalDate.parse("2026-12-21"), null,
                Set.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2027-01-01")));
        List<PilotView.Day> days = draft.days().stream()
                .map(d -> new PilotView.Day(d.number(), d.date(), d.week(), d.kind(), d.focus())).toList();
        List<PilotView.Metric> metrics = draft.metrics().stream().map(m -> new PilotView.Metric(m.key(), m.name(),
                m.category(), m.unit(), m.better(), m.source(), m.howMeasured(), m.baseline(), m.minimum(), m.target(),
                null, MetricOutcome.NOT_MEASURED, null, null, List.of())).toList();
        PilotRecommendation.Reading reading = PilotRecommendation.read(metrics, draft.concurrency());
        return new PilotView(7, null, null, service, "Ana", "Payments", days.get(0).date(), days.get(9).date(),
                draft.hypothesis(), draft.scopeIn(), draft.scopeOut(), days, metrics,
                draft.risks().stream().map(r -> new PilotView.Risk(r.risk(), r.mitigation())).toList(), draft.criteria(),
                draft.concurrency(), draft.requests(), null, "GET", null, null, null, reading.recommendation(),
                reading.reasons(), null, null, null, null, List.of("GO", "NO_GO"), null, LocalDate.parse("2026-12-21"),
                Instant.now());
    }

    private static String render(PilotView pilot) {
        return PilotCalendar.render(pilot, PilotTemplatesFixture.content().templates(), "https://gofit.example.com", STAMP);
    }

    @Test
    void kickOffCheckpointAndGoNoGoAreValidAllDayEventsWithStableUids() throws Exception {
        PilotView pilot = pilot("Payments; API, v2 \\ beta");
        String ics = render(pilot);
        Calendar calendar = Ics.parse(ics);
        assertThat(calendar.validate().getEntries()).isEmpty();
        assertThat(Ics.text(calendar, Property.VERSION)).isEqualTo("2.0");
        assertThat(Ics.text(calendar, Property.PRODID)).isEqualTo("-//GoFit//Pilot checkpoints//EN");

        List<VEvent> events = Ics.events(calendar);
        assertThat(events).hasSize(3);
        // VALUE=DATE: all-day dates, no time of day, no zone; DTEND is exclusive (the next day).
        assertThat(events).extracting(Ics::start).containsExactly(
                LocalDate.parse("2026-12-21"), LocalDate.parse("2026-12-28"), LocalDate.parse("2027-01-05"));
        assertThat(events).extracting(e -> (Temporal) e.getEndDate().orElseThrow().getDate()).containsExactly(
                LocalDate.parse("2026-12-22"), LocalDate.parse("2026-12-29"), LocalDate.parse("2027-01-06"));
        assertThat(events).extracting(e -> Ics.text(e, Property.UID)).containsExactly("pilot-7-day-1@gofit.example.com",
                "pilot-7-day-5@gofit.example.com", "pilot-7-day-10@gofit.example.com");
        assertThat(events).allSatisfy(e -> assertThat(e.getDateStamp().orElseThrow().getDate()).isEqualTo(STAMP));
        assertThat(events).allSatisfy(e -> assertThat(Ics.text(e, Property.URL)).isEqualTo("https://gofit.example.com/pilots/7"));

        // The escaped ; , and \ come back as typed.
        assertThat(Ics.text(events.get(0), Property.SUMMARY)).isEqualTo("Pilot kick-off: Payments; API, v2 \\ beta");
        assertThat(Ics.text(events.get(1), Property.SUMMARY)).isEqualTo("Mid-point checkpoint: Payments; API, v2 \\ beta");
        assertThat(Ics.text(events.get(2), Property.SUMMARY)).startsWith("Go / no-go meeting: ");
        assertThat(Ics.text(events.get(2), Property.DESCRIPTION)).contains("\n\nDay 10: ")
                .endsWith("\n\nhttps://gofit.example.com/pilots/7");
    }

    @Test
    void aLongDescriptionIsFoldedAndUnfoldsToTheExactText() throws Exception {
        PilotView pilot = pilot("Payments");
        String ics = render(pilot);
        // The hypothesis makes the kick-off's description several lines long once folded.
        assertThat(ics).contains("\r\n ");
        String expected = pilot.days().get(0).focus() + "\n\nHypothesis: " + pilot.hypothesis()
                + "\n\nhttps://gofit.example.com/pilots/7";
        assertThat(expected.length()).isGreaterThan(150);
        assertThat(Ics.text(Ics.events(Ics.parse(ics)).get(0), Property.DESCRIPTION)).isEqualTo(expected);
    }

    @Test
    void longUtf8LinesFoldWithoutSplittingACharacter() throws Exception {
        String service = "Übergang – 日本語 ".repeat(8).strip();
        String ics = render(pilot(service));
        for (String physical : ics.split("\r\n")) {
            byte[] bytes = physical.getBytes(StandardCharsets.UTF_8);
            // A fold inside a multi-byte character would not decode back to the same text.
            assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(physical);
        }
        Calendar calendar = Ics.parse(ics);
        assertThat(Ics.text(calendar, "X-WR-CALNAME")).isEqualTo("Pilot: " + service);
        assertThat(Ics.events(calendar)).extracting(e -> Ics.text(e, Property.SUMMARY)).containsExactly(
                "Pilot kick-off: " + service, "Mid-point checkpoint: " + service, "Go / no-go meeting: " + service);
    }

    @Test
    void textIsEscapedAsRfc5545Says() {
        assertThat(PilotCalendar.text("a;b,c\\d\ne")).isEqualTo("a\\;b\\,c\\\\d\\ne");
    }
}
