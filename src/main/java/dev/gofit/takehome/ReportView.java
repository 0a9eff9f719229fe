package dev.gofit.takehome;

import dev.gofit.takehome.ReviewReport.CheckResult;
import dev.gofit.takehome.ReviewReport.LoadStats;
import dev.gofit.takehome.ReviewReport.Span;
import dev.gofit.takehome.ReviewReport.Timeline;
import dev.gofit.demo.ChartAxis;
import io.quarkus.qute.TemplateData;

import java.util.ArrayList;
import java.util.List;

/**
 * What the report page, its live fragment and the PDF show: the review, its checks with the
 * geometry of their SVG timelines, the load chart, the reference's figures side by side (staff
 * only), the candidate's name when the review came through an invite, and the one headline that
 * replaces the checks when the endpoint could not be reached at all.
 */
@TemplateData
public record ReportView(Review review, ReviewReport report, List<CheckView> checks, LoadChart loadChart,
                         List<Figure> figures, Long referenceId, String candidate, Unreachable unreachable) {

    /** Colours of the chart (also drawn in the legend): the endpoint's answer, each source, a call hung up on. */
    static final String ENDPOINT = "#5a6472";
    static final String USER = "#00758d";
    static final String EMBEDDINGS = "#6f42c1";
    static final String HUNG_UP = "#9a6700";

    @TemplateData
    public record CheckView(CheckResult result, String weightText, List<TimelineView> timelines) {
    }

    /**
     * One timeline in two layouts: {@code wide} (labels left of the bars, for desktop and the PDF) and
     * {@code narrow} (labels above the bars, for a phone); the page shows one of them by width.
     */
    @TemplateData
    public record TimelineView(String label, String title, Chart wide, Chart narrow) {
    }

    /** The load check's latency percentiles against the ideal, in the same two layouts. */
    @TemplateData
    public record LoadChart(String title, Chart wide, Chart narrow) {
    }

    /**
     * The geometry of one bar chart on a time axis, in SVG user units: {@code idealX} is a marker line
     * (the load chart's ideal) or -1.
     */
    @TemplateData
    public record Chart(int width, int height, int font, List<Bar> bars, List<Tick> ticks, int axisTop, int axisBottom,
                        int tickTextY, int idealX, String idealText) {
        public boolean hasIdeal() {
            return idealX >= 0;
        }

        public int idealTextX() {
            return Math.min(idealX + 4, width - 90);
        }
    }

    @TemplateData
    public record Bar(String label, int labelX, int labelY, int x, int y, int width, int height, String fill, String end, int endX,
                      int endY) {
    }

    @TemplateData
    public record Tick(int x, String label) {
    }

    /** Why the endpoint could not be reached, in one headline, and the likely fix. */
    @TemplateData
    public record Unreachable(String headline, String fix, String failure) {
    }

    /** Wide layout: 720 units, labels in a left column. */
    static final int WIDE = 720;
    private static final int WIDE_LEFT = 130;
    private static final int WIDE_RIGHT = 150;
    private static final int WIDE_ROW = 30;
    /** Narrow layout: 340 units (about a phone's card), a label line above each bar. */
    static final int NARROW = 340;
    private static final int NARROW_SIDE = 8;
    private static final int NARROW_ROW = 42;

    /** One bar before layout: label, span in ms, colour and how it ended. */
    private record Row(String label, long fromMs, long toMs, String fill, String end) {
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
        boolean unreachable = report.unreachable() != null;
        List<Figure> figures = new ArrayList<>();
        if (review.status == ReviewStatus.DONE) {
            figures.add(new Figure("Score", String.valueOf(review.score),
                    reference == null ? "–" : String.valueOf(reference.score)));
            for (String name : CheckCatalog.NAMES) {
                figures.add(new Figure(name + " (ms)", unreachable ? "–" : duration(report, name),
                        ref == null ? "–" : duration(ref, name)));
            }
            LoadStats mine = unreachable ? null : report.load();
            LoadStats theirs = ref == null ? null : ref.load();
            figures.add(new Figure("load p50 / p95 / p99 (ms)", percentiles(mine), percentiles(theirs)));
            figures.add(new Figure("load max (ms)", measured(mine) ? String.valueOf(mine.maxMs()) : "–",
                    measured(theirs) ? String.valueOf(theirs.maxMs()) : "–"));
            figures.add(new Figure("throughput (req/s)", measured(mine) ? String.valueOf(mine.throughputRps()) : "–",
                    measured(theirs) ? String.valueOf(theirs.throughputRps()) : "–"));
        }
        return new ReportView(review, report, checks, chart, figures, reference == null ? null : reference.id,
                candidateOf(review), unreachable ? unreachable(report.unreachable()) : null);
    }

    /** The candidate's name for a review made through an invite, else null. */
    private static String candidateOf(Review review) {
        if (review.inviteId == null) {
            return null;
        }
        Invite invite = Invite.findById(review.inviteId);
        return invite == null ? null : invite.candidateName;
    }

    /** Load figures that mean something: at least one answer was timed (a burst that could not connect has none). */
    private static boolean measured(LoadStats s) {
        return s != null && s.sent() > 0 && s.correct() + s.wrong() + s.crossTalk() > 0;
    }

    /** The headline and likely fix for a failure to connect at all. */
    static Unreachable unreachable(String failure) {
        if (failure.startsWith("TLS failed")) {
            return new Unreachable("GoFit could not open a secure (HTTPS) connection to your endpoint.",
                    "Its certificate is not one a browser would accept (self-signed, expired, or for another name). "
                            + "Use your host's certificate or a free one from Let's Encrypt, or submit an http:// URL.",
                    failure);
        }
        if (failure.equals("could not connect in time")) {
            return new Unreachable("GoFit could not connect to your endpoint: nothing answered the connection attempt.",
                    "A firewall or security group may be dropping the traffic, or the host is asleep or down. Open the "
                            + "port to the internet (or check your tunnel is running) and try again.", failure);
        }
        return new Unreachable("GoFit could not connect to your endpoint: the connection was refused.",
                "Nothing is listening at that address and port. Check that your server is running, listens on all "
                        + "interfaces (0.0.0.0, not only localhost), that the URL's port is the right one, and that your "
                        + "tunnel, if you use one, is up.", failure);
    }

    private static String duration(ReviewReport report, String name) {
        return report.checks().stream().filter(c -> c.name().equals(name)).findFirst()
                .map(c -> c.outcome().name() + " · " + c.durationMs()).orElse("–");
    }

    private static String percentiles(LoadStats s) {
        return measured(s) ? s.p50Ms() + " / " + s.p95Ms() + " / " + s.p99Ms() : "–";
    }

    static TimelineView timeline(String check, Timeline t) {
        long max = Math.max(t.answerMs(), 1);
        for (Span s : t.spans()) {
            max = Math.max(max, s.endMs());
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("your endpoint", 0, t.answerMs(), ENDPOINT, t.answer()));
        for (Span s : t.spans()) {
            String fill = s.end().equals("hung up") ? HUNG_UP : s.source().equals("user") ? USER : EMBEDDINGS;
            rows.add(new Row(s.source(), s.startMs(), s.endMs(), fill, s.end()));
        }
        ChartAxis axis = ChartAxis.fitting(max);
        String title = check + " · " + t.label() + ": the endpoint's answer and each upstream call, in ms after "
                + "GoFit sent the request";
        return new TimelineView(t.label(), title, wide(rows, axis, -1, null), narrow(rows, axis, -1, null));
    }

    static LoadChart loadChart(LoadStats s) {
        ChartAxis axis = ChartAxis.fitting(Math.max(Math.max(s.maxMs(), s.idealMs()), 1));
        long[] values = {s.p50Ms(), s.p95Ms(), s.p99Ms(), s.maxMs()};
        String[] names = {"p50", "p95", "p99", "max"};
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            rows.add(new Row(names[i], 0, values[i], i == 3 ? HUNG_UP : USER, ""));
        }
        String ideal = "ideal " + s.idealMs() + " ms";
        return new LoadChart("Latency under load: percentiles against the ideal of " + s.idealMs()
                + " ms (the slower source)", wide(rows, axis, s.idealMs(), ideal), narrow(rows, axis, s.idealMs(), ideal));
    }

    /** Labels in a left column, the bars right of it, each bar's end written after it. */
    private static Chart wide(List<Row> rows, ChartAxis axis, long idealMs, String idealText) {
        double k = axis.scale(WIDE - WIDE_LEFT - WIDE_RIGHT);
        List<Bar> bars = new ArrayList<>();
        int y = 22;
        for (Row r : rows) {
            int x = WIDE_LEFT + (int) Math.round(r.fromMs() * k);
            int w = Math.max(2, (int) Math.round((r.toMs() - r.fromMs()) * k));
            bars.add(new Bar(r.label(), 4, y + 13, x, y, w, 18, r.fill(), endText(r), x + w + 6, y + 14));
            y += WIDE_ROW;
        }
        int axisBottom = y + 2;
        return new Chart(WIDE, axisBottom + 20, 14, bars, ticks(axis, WIDE_LEFT, k), 16, axisBottom, axisBottom + 16,
                idealMs < 0 ? -1 : WIDE_LEFT + (int) Math.round(idealMs * k), idealText);
    }

    /** A label line above each bar ("user · 200 · 512 ms"), bars across the whole width. */
    private static Chart narrow(List<Row> rows, ChartAxis axis, long idealMs, String idealText) {
        double k = axis.scale(NARROW - 2 * NARROW_SIDE - 14);
        List<Bar> bars = new ArrayList<>();
        int y = 22;
        for (Row r : rows) {
            int x = NARROW_SIDE + (int) Math.round(r.fromMs() * k);
            int w = Math.max(2, (int) Math.round((r.toMs() - r.fromMs()) * k));
            bars.add(new Bar(r.label() + " · " + endText(r), NARROW_SIDE, y + 14, x, y + 20, w, 12, r.fill(), "", 0, 0));
            y += NARROW_ROW;
        }
        int axisBottom = y + 2;
        return new Chart(NARROW, axisBottom + 20, 13, bars, ticks(axis, NARROW_SIDE, k), 16, axisBottom,
                axisBottom + 16, idealMs < 0 ? -1 : NARROW_SIDE + (int) Math.round(idealMs * k), idealText);
    }

    private static String endText(Row r) {
        return r.end().isEmpty() ? r.toMs() + " ms" : r.end() + " · " + r.toMs() + " ms";
    }

    private static List<Tick> ticks(ChartAxis axis, int left, double k) {
        return axis.ticks().stream().map(v -> new Tick(left + (int) Math.round(v * k), String.valueOf(v))).toList();
    }
}
