package dev.gofit.pilot;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Geometry of a metric's trend chart, drawn as server-rendered SVG by the templates: its figures
 * over the days as a line, against horizontal lines for baseline, minimum and target, labelled in
 * a right-hand margin so no label is cut off.
 */
public record PilotTrend(int width, int height, int left, int right, int top, int bottom, String points,
                         List<Dot> dots, List<Level> levels, String first, String last, String description) {

    static final int WIDTH = 340;
    static final int HEIGHT = 120;
    static final int LEFT = 8;
    static final int RIGHT = 252;
    static final int TOP = 10;
    static final int BOTTOM = 96;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    /** A figure on the line; {@code kind} is measured or manual (a class of app.css), {@code title} its tooltip. */
    public record Dot(int x, int y, String kind, String title) {
        /** Presentation attributes, not styles: the page's CSP allows no inline style, and the PDF has no app.css. */
        public String fill() {
            return "manual".equals(kind) ? "#9a6700" : "#00758d";
        }
    }

    /** A reference line: baseline, minimum or target, with its label's y (moved apart when lines are close). */
    public record Level(String kind, String label, int y, int labelY) {
        public String stroke() {
            return switch (kind) {
                case "target" -> "#1a7f37";
                case "minimum" -> "#c62828";
                default -> "#8a94a3";
            };
        }

        public boolean dashed() {
            return !"target".equals(kind);
        }
    }

    public int plotWidth() {
        return right - left;
    }

    public int plotHeight() {
        return bottom - top;
    }

    public int middleX() {
        return (left + right) / 2;
    }

    /** Where "no figures yet" goes: the one of three heights (top, middle, bottom) farthest from every reference line. */
    public int middleY() {
        int best = top + 14;
        int bestGap = -1;
        for (int y : new int[] {top + 14, (top + bottom) / 2 + 4, bottom - 4}) {
            // The text's middle is about 4 units above its baseline.
            int gap = levels.stream().mapToInt(l -> Math.abs(y - 4 - l.y())).min().orElse(Integer.MAX_VALUE);
            if (gap > bestGap) {
                best = y;
                bestGap = gap;
            }
        }
        return best;
    }

    public int dateY() {
        return height - 8;
    }

    public boolean empty() {
        return dots.isEmpty();
    }

    public int labelX() {
        return RIGHT + 6;
    }

    public static PilotTrend of(PilotView.Metric m) {
        List<PilotView.Run> runs = m.runs();
        double top = Math.max(m.minimum(), m.target());
        if (m.baseline() != null) {
            top = Math.max(top, m.baseline());
        }
        for (PilotView.Run r : runs) {
            top = Math.max(top, r.value());
        }
        double scale = top <= 0 ? 1 : (BOTTOM - TOP) / (top * 1.1);
        List<Level> levels = new ArrayList<>();
        if (m.baseline() != null) {
            levels.add(level("baseline", "baseline " + m.baselineText(), m.baseline(), scale));
        }
        levels.add(level("minimum", "minimum " + m.minimumText(), m.minimum(), scale));
        levels.add(level("target", "target " + m.targetText(), m.target(), scale));
        levels = spread(levels);

        List<Dot> dots = new ArrayList<>();
        StringBuilder points = new StringBuilder();
        long from = runs.isEmpty() ? 0 : runs.get(0).at().toEpochMilli();
        long to = runs.isEmpty() ? 0 : runs.get(runs.size() - 1).at().toEpochMilli();
        for (int i = 0; i < runs.size(); i++) {
            PilotView.Run r = runs.get(i);
            int x = to == from ? (runs.size() == 1 ? (LEFT + RIGHT) / 2 : LEFT + (RIGHT - LEFT) * i / (runs.size() - 1))
                    : LEFT + (int) Math.round((RIGHT - LEFT) * (r.at().toEpochMilli() - from) / (double) (to - from));
            int y = y(r.value(), scale);
            String title = PilotDrafter.number(r.value()) + " " + m.unitFor(r.value()) + " on " + DAY.format(r.at())
                    + (PilotView.Run.MANUAL.equals(r.source()) ? ", entered by " + r.author() : ", measured");
            dots.add(new Dot(x, y, PilotView.Run.MANUAL.equals(r.source()) ? "manual" : "measured", title));
            points.append(i == 0 ? "" : " ").append(x).append(',').append(y);
        }
        String description = m.name() + ": " + (runs.isEmpty() ? "no figures yet"
                : runs.size() + (runs.size() == 1 ? " figure" : " figures") + ", latest "
                + PilotDrafter.number(runs.get(runs.size() - 1).value()) + " " + m.unit())
                + "; minimum " + m.minimumText() + ", target " + m.targetText() + " " + m.unit()
                + (m.baseline() == null ? "" : ", baseline " + m.baselineText());
        return new PilotTrend(WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM, points.toString(), dots, levels,
                runs.isEmpty() ? "" : DAY.format(runs.get(0).at()),
                runs.size() < 2 ? "" : DAY.format(runs.get(runs.size() - 1).at()), description);
    }

    private static Level level(String kind, String label, double value, double scale) {
        int y = y(value, scale);
        return new Level(kind, label, y, y);
    }

    /** Labels at least 11 px apart, top to bottom, so close lines keep readable labels. */
    private static List<Level> spread(List<Level> levels) {
        List<Level> sorted = new ArrayList<>(levels);
        sorted.sort(java.util.Comparator.comparingInt(Level::y));
        List<Level> out = new ArrayList<>();
        int previous = Integer.MIN_VALUE;
        for (Level l : sorted) {
            int labelY = Math.max(l.y() + 3, previous + 11);
            out.add(new Level(l.kind(), l.label(), l.y(), labelY));
            previous = labelY;
        }
        return out;
    }

    private static int y(double value, double scale) {
        return BOTTOM - (int) Math.round(value * scale);
    }
}
