package dev.gofit.pilot;

import java.time.LocalDate;
import java.util.List;

/** What GoFit drafts for a new pilot before the user edits it. */
public record PilotDraft(String hypothesis, List<String> scopeIn, List<String> scopeOut, List<Day> days,
                         List<Metric> metrics, List<Risk> risks, List<String> criteria,
                         int concurrency, int requests, String concurrencyOrigin) {

    /** One of the ten working days; {@code kind} is work, checkpoint or go-no-go. */
    public record Day(int number, LocalDate date, String week, String focus, String kind) {
    }

    public record Metric(String key, String name, String category, String unit, String better, String source,
                         String howMeasured, double baseline, double minimum, double target, String origin) {

        Metric(String key, String name, String category, String unit, String better, String source,
               String howMeasured, double baseline, double minimum, double target) {
            this(key, name, category, unit, better, source, howMeasured, baseline, minimum, target, null);
        }
    }

    public record Risk(String risk, String mitigation) {
    }
}
