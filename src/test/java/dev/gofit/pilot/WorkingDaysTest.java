package dev.gofit.pilot;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDaysTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void tenWorkingDaysFromAMondaySkipTheWeekendBetween() {
        List<LocalDate> days = WorkingDays.from(d("2026-12-07"), 10, Set.of());
        assertThat(days).hasSize(10).startsWith(d("2026-12-07")).endsWith(d("2026-12-18"));
        assertThat(days).noneMatch(day -> day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY);
        assertThat(days.get(4)).isEqualTo(d("2026-12-11"));
    }

    @Test
    void aStartOnASaturdayBeginsOnMonday() {
        assertThat(WorkingDays.from(d("2026-12-05"), 10, Set.of())).first().isEqualTo(d("2026-12-07"));
    }

    @Test
    void aStartOnAHolidayBeginsOnTheNextWorkingDay() {
        assertThat(WorkingDays.from(d("2026-12-07"), 1, Set.of(d("2026-12-07")))).containsExactly(d("2026-12-08"));
    }

    @Test
    void holidaysAreSkippedAndTheEndMovesOut() {
        Set<LocalDate> holidays = Set.of(d("2026-12-09"), d("2026-12-16"));
        List<LocalDate> days = WorkingDays.from(d("2026-12-07"), 10, holidays);
        assertThat(days).doesNotContainAnyElementsOf(holidays).endsWith(d("2026-12-22"));
    }

    @Test
    void theYearEndIsCrossedWithChristmasAndNewYearOff() {
        Set<LocalDate> holidays = Set.of(d("2026-12-24"), d("2026-12-25"), d("2026-12-31"), d("2027-01-01"));
        List<LocalDate> days = WorkingDays.from(d("2026-12-21"), 10, holidays);
        assertThat(days).containsExactly(d("2026-12-21"), d("2026-12-22"), d("2026-12-23"), d("2026-12-28"),
                d("2026-12-29"), d("2026-12-30"), d("2027-01-04"), d("2027-01-05"), d("2027-01-06"), d("2027-01-07"));
    }

    @Test
    void aLeapDayIsAWorkingDay() {
        // 29 February 2028 is a Tuesday.
        assertThat(WorkingDays.from(d("2028-02-28"), 3, Set.of())).containsExactly(d("2028-02-28"), d("2028-02-29"),
                d("2028-03-01"));
    }

    @Test
    void aCalendarWithoutWorkingDaysIsRefusedInsteadOfLoopingForever() {
        Set<LocalDate> everyDay = new java.util.HashSet<>();
        for (LocalDate x = d("2026-01-01"); x.isBefore(d("2028-01-01")); x = x.plusDays(1)) {
            everyDay.add(x);
        }
        assertThatThrownBy(() -> WorkingDays.from(d("2026-01-01"), 10, everyDay))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
