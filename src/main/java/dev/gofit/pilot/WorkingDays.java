package dev.gofit.pilot;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The pilot calendar: working days from a start date, skipping weekends and configured holidays. */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate date, Set<LocalDate> holidays) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /**
     * The first {@code count} working days on or after {@code start}; a start on a weekend or a
     * holiday begins on the next working day. Dates run across month and year ends as the
     * calendar does.
     */
    public static List<LocalDate> from(LocalDate start, int count, Set<LocalDate> holidays) {
        List<LocalDate> days = new ArrayList<>(count);
        LocalDate date = start;
        // A guard against a holiday list that covers every day: a year is plenty for 10 days.
        LocalDate giveUp = start.plusYears(1);
        while (days.size() < count) {
            if (date.isAfter(giveUp)) {
                throw new IllegalArgumentException("fewer than " + count + " working days in the year after " + start);
            }
            if (isWorkingDay(date, holidays)) {
                days.add(date);
            }
            date = date.plusDays(1);
        }
        return days;
    }
}
