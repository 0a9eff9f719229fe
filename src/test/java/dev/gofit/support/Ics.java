package dev.gofit.support;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyListAccessor;
import net.fortuna.ical4j.model.component.VEvent;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads an iCalendar file with ical4j after checking its line rules (CRLF, folded at 75 octets). */
public final class Ics {

    private Ics() {
    }

    public static Calendar parse(String ics) throws IOException, ParserException {
        assertThat(ics).endsWith("\r\n");
        for (String physical : ics.split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).as(physical).isLessThanOrEqualTo(75);
            assertThat(physical).doesNotContain("\n").doesNotContain("\r");
        }
        return new CalendarBuilder().build(new StringReader(ics));
    }

    public static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    /** The value of a property of a calendar or a component, unescaped and unfolded by ical4j. */
    public static String text(PropertyListAccessor holder, String property) {
        return holder.getProperty(property).map(Property::getValue).orElse(null);
    }

    public static Temporal start(VEvent event) {
        return event.getStartDate().orElseThrow().getDate();
    }
}
