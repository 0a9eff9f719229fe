package dev.gofit.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of one run's timeline SVG: per upstream call a caption and a bar from arrival to
 * end, a dashed marker where the aggregator answered, and axis ticks. Runs drawn side by side
 * share one scale so their lengths compare.
 */
public record Timeline(String title, String description, int width, int height, List<Bar> bars,
                       double answerX, int answerTop, int axisY, int tickLabelY, List<Tick> ticks) {

    public static final int WIDTH = 400;
    static final int LEFT = 12;
    static final int RIGHT = 24;
    static final int ROW = 44;
    static final int TOP = 4;

    /** One call: its caption and bar. */
    public record Bar(String caption, int captionY, double x, int y, double width, String fill) {
    }

    /** One axis tick. */
    public record Tick(double x, String label) {
    }

    /** A scale (ms at the right edge) fitting every run: the largest end, rounded up to a nice step. */
    public static long scaleMs(List<DemoRun> runs) {
        double max = 1;
        for (DemoRun run : runs) {
            max = Math.max(max, run.msFromStart(run.endNanos()));
            for (UpstreamCall c : run.calls()) {
                max = Math.max(max, run.msFromStart(CallOverlap.end(c, run.endNanos())));
            }
        }
        return ChartAxis.fitting(max).endMs();
    }

    public static Timeline of(DemoRun run, long scaleMs) {
        double k = (double) (WIDTH - LEFT - RIGHT) / scaleMs;
        List<Bar> bars = new ArrayList<>();
        StringBuilder desc = new StringBuilder();
        int rowY = TOP;
        for (Source source : Source.values()) {
            UpstreamCall call = CallOverlap.first(run.calls(), source);
            String label = source == Source.USER ? "User API" : "Embeddings API";
            String caption;
            if (call == null) {
                caption = label + ": not called";
                bars.add(new Bar(caption, rowY + 14, LEFT, rowY + 20, 0, "none"));
            } else {
                double from = Math.max(0, run.msFromStart(call.arrivedNanos()));
                double to = Math.max(from, run.msFromStart(CallOverlap.end(call, run.endNanos())));
                caption = label + ": " + describe(call, from, to);
                bars.add(new Bar(caption, rowY + 14, round(LEFT + from * k), rowY + 20,
                        round(Math.max(2, (to - from) * k)), fill(call)));
            }
            desc.append(caption).append(". ");
            rowY += ROW;
        }
        int axisY = rowY + 2;
        List<Tick> ticks = new ArrayList<>();
        for (long t : ChartAxis.fitting(scaleMs).ticks()) {
            ticks.add(new Tick(round(LEFT + t * k), t + (t == 0 ? "" : " ms")));
        }
        double answerX = round(LEFT + Math.min(scaleMs, run.msFromStart(run.endNanos())) * k);
        desc.append("The aggregator answered ").append(run.outcome()).append(" at ").append(run.totalMs()).append(" ms.");
        return new Timeline(run.name() + " run", desc.toString(), WIDTH, axisY + 20, bars, answerX, TOP + 18, axisY,
                axisY + 15, ticks);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String describe(UpstreamCall call, double from, double to) {
        String span = Math.round(from) + "–" + Math.round(to) + " ms";
        if (call.callerHungUp()) {
            return span + ", abandoned (caller hung up)";
        }
        if (!call.answered()) {
            return "from " + Math.round(from) + " ms, still open";
        }
        if (call.status() == 0) {
            return span + ", connection dropped";
        }
        if (call.status() == 200 && !looksJson(call)) {
            return span + ", 200 but not JSON";
        }
        return span + ", HTTP " + call.status();
    }

    private static boolean looksJson(UpstreamCall call) {
        return call.body() != null && call.body().startsWith("{");
    }

    private static String fill(UpstreamCall call) {
        if (call.callerHungUp()) {
            return "#8a94a3";
        }
        return call.status() == 200 && looksJson(call) ? "#00758d" : "#c62828";
    }
}
