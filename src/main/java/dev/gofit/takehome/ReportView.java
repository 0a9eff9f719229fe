package dev.gofit.takehome;

import dev.gofit.takehome.ReviewReport.CheckResult;
import dev.gofit.takehome.ReviewReport.LoadStats;
import dev.gofit.takehome.ReviewReport.Span;
import dev.gofit.takehome.ReviewReport.Timeline;
import io.quarkus.qute.TemplateData;

import java.util.ArrayList;
import java.util.List;

/**
 * What the report page, its live fragment and the PDF show: the review, its checks with the
 * geometry of their SVG timelines, the load chart, and the reference's figures side by side.
 */
@TemplateData
public record ReportView(Review review, ReviewReport report, List<CheckView> checks, LoadChart loadChart,
                         List<Figure> figures, Long referenceId) {

    public static final int WIDTH = 640;
    private static final int LEFT = 110;
    private static final int ROW = 26;

    @TemplateData
    public record CheckView(CheckResult result, String weightText, List<TimelineView> timelines) {
    }

    @TemplateData
    public record TimelineView(String label, int height, List<Bar> bars, List<Tick> ticks, String title) {
        public int axisBottom() {
            return height - 14;
        }

        public int tickTextY() {
            return height - 2;
        }
    }

    @TemplateData
    public record Bar(String label, int y, int textY, int x, int width, String fill, String end, int endX) {
    }

    @TemplateData
    public record Tick(int x, String label) {
    }

    @TemplateData
    public record LoadChart(List<Bar> bars, int idealX, int height, List<Tick> ticks, String title) {
        public int axisBottom() {
            return height - 14;
        }

        public int tickTextY() {
            return height - 2;
        }

        public int idealTextX() {
            return idealX + 3;
        }
    }

    /** One row of the side-by-side table. */
    @TemplateData
    public record Figure(String name, String mine, String reference) {
    }

    /** This report's value of a side-by-side figure, for comparing two reports. */
    public String figureValue(String name) {
        return figures.stream().filter(f -> f.name().equals(name)).map(Figure::mine).findFirst().orElse("–");
    }

    public boolean finished() {
        return review.status.finished();
    }

    public boolean running() {
        return !finished();
    }

    public static ReportView of(Review review, CheckCatalog catalog, Review reference) {
        ReviewReport report = review.report();
        List<CheckView> checks = new ArrayList<>();
        for (CheckResult c : report.checks()) {
            CheckCatalog.Check def = catalog.check(c.name());
            String weight = def == null ? "" : def.isBonus() ? "bonus +" + def.weight() : def.weight() + " points";
            List<TimelineView> tl = c.timelines() == null ? List.of()
                    : c.timelines().stream().map(t -> timeline(c.name(), t)).toList();
            checks.add(new CheckView(c, weight, tl));
        }
        LoadChart chart = report.load() == null ? null : loadChart(report.load());
        ReviewReport ref = reference == null ? null : reference.report();
        List<Figure> figures = new ArrayList<>();
        if (review.status == ReviewStatus.DONE) {
            figures.add(new Figure("Score", String.valueOf(review.score),
                    reference == null ? "–" : String.valueOf(reference.score)));
            for (String name : CheckCatalog.NAMES) {
                figures.add(new Figure(name + " (ms)", duration(report, name), ref == null ? "–" : duration(ref, name)));
            }
            LoadStats mine = report.load();
            LoadStats theirs = ref == null ? null : ref.load();
            figures.add(new Figure("load p50 / p95 / p99 (ms)", percentiles(mine), percentiles(theirs)));
            figures.add(new Figure("load max (ms)", mine == null ? "–" : String.valueOf(mine.maxMs()),
                    theirs == null ? "–" : String.valueOf(theirs.maxMs())));
            figures.add(new Figure("throughput (req/s)", mine == null ? "–" : String.valueOf(mine.throughputRps()),
                    theirs == null ? "–" : String.valueOf(theirs.throughputRps())));
        }
        return new ReportView(review, report, checks, chart, figures, reference == null ? null : reference.id);
    }

    private static String duration(ReviewReport report, String name) {
        return report.checks().stream().filter(c -> c.name().equals(name)).findFirst()
                .map(c -> c.outcome().name() + " · " + c.durationMs()).orElse("–");
    }

    private static String percentiles(LoadStats s) {
        return s == null ? "–" : s.p50Ms() + " / " + s.p95Ms() + " / " + s.p99Ms();
    }

    static TimelineView timeline(String check, Timeline t) {
        long max = Math.max(t.answerMs(), 1);
        for (Span s : t.spans()) {
            max = Math.max(max, s.endMs());
        }
        max = niceCeiling(max);
        double scale = (WIDTH - LEFT - 70) / (double) max;
        List<Bar> bars = new ArrayList<>();
        int y = 18;
        bars.add(bar("your endpoint", y, 0, t.answerMs(), scale, "#5a6472", t.answer()));
        for (Span s : t.spans()) {
            y += ROW;
            String fill = s.end().equals("hung up") ? "#9a6700" : s.end().startsWith("2") ? "#00758d" : "#cf222e";
            bars.add(bar(s.source(), y, s.startMs(), s.endMs(), scale, fill, s.end()));
        }
        int height = y + ROW + 8;
        String title = check + " · " + t.label() + ": the endpoint's answer and each upstream call, in ms after "
                + "GoFit sent the request";
        return new TimelineView(t.label(), height, bars, ticks(max, scale, 4), title);
    }

    private static Bar bar(String label, int y, long fromMs, long toMs, double scale, String fill, String end) {
        int x = LEFT + (int) Math.round(fromMs * scale);
        int w = Math.max(2, (int) Math.round((toMs - fromMs) * scale));
        String text = end.isEmpty() ? toMs + " ms" : end + " · " + toMs + " ms";
        return new Bar(label, y, y + 13, x, w, fill, text, x + w + 4);
    }

    static LoadChart loadChart(LoadStats s) {
        long max = niceCeiling(Math.max(Math.max(s.maxMs(), s.idealMs()), 1));
        double scale = (WIDTH - LEFT - 70) / (double) max;
        List<Bar> bars = new ArrayList<>();
        long[] values = {s.p50Ms(), s.p95Ms(), s.p99Ms(), s.maxMs()};
        String[] names = {"p50", "p95", "p99", "max"};
        int y = 18;
        for (int i = 0; i < values.length; i++) {
            bars.add(bar(names[i], y, 0, values[i], scale, i == 3 ? "#9a6700" : "#00758d", ""));
            y += ROW;
        }
        int idealX = LEFT + (int) Math.round(s.idealMs() * scale);
        return new LoadChart(bars, idealX, y + 18, ticks(max, scale, 4),
                "Latency under load: percentiles against the ideal of " + s.idealMs() + " ms (the slower source)");
    }

    private static List<Tick> ticks(long max, double scale, int n) {
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            long v = max * i / n;
            ticks.add(new Tick(LEFT + (int) Math.round(v * scale), String.valueOf(v)));
        }
        return ticks;
    }

    private static long niceCeiling(long v) {
        long step = v <= 100 ? 20 : v <= 500 ? 100 : v <= 2000 ? 250 : 1000;
        return ((v + step - 1) / step) * step;
    }
}
