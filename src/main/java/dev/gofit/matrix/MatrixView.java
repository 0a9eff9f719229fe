package dev.gofit.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The matrix as a page shows it: rows with weights and ratings, totals, an SVG bar chart laid out
 * in Java (the template only prints coordinates), and the flips in words ({@code robust} when no weights
 * at all put another language first). When a weights form was rejected, {@code entered} keeps what the
 * user typed and {@code errors} says what is wrong.
 */
public record MatrixView(List<String> languageNames, List<Row> rows, List<Total> totals, Chart chart, List<String> flips,
                         boolean robust, boolean customWeights, boolean editable, String error) {

    /** One criterion: its weight as entered (a string, so bad input is kept) and the rating per language. */
    public record Row(String key, String label, String description, String weight, String error, List<Cell> cells) {
        public boolean hasError() {
            return error != null;
        }
    }

    public record Cell(String language, int score, String note) {
    }

    public record Total(String name, String score, int rank, boolean first) {
    }

    /** An SVG horizontal bar chart: width, height, axis ticks and one bar per language. */
    public record Chart(int width, int height, List<Tick> ticks, List<Bar> bars, String description) {
        /** The baseline of the axis labels. */
        public int axisY() {
            return height - 4;
        }

        public int barHeight() {
            return BAR_HEIGHT;
        }

        public int plotX() {
            return LABEL_WIDTH;
        }
    }

    public record Tick(int x, String label, int y1, int y2) {
    }

    public record Bar(String name, String score, int y, int width, String fill, int labelY, int valueX) {
    }

    /** The name of the language ranked first. */
    public String firstName() {
        return totals.stream().filter(t -> t.rank() == 1).map(Total::name).findFirst().orElse("");
    }

    static final int LABEL_WIDTH = 70;
    static final int PLOT_WIDTH = 250;
    static final int BAR_HEIGHT = 28;
    static final int ROW_HEIGHT = 44;
    static final String[] FILLS = {"#00758d", "#3b5ba5", "#a63d12", "#6b4fa0", "#2f6f3e", "#8a5a00"};

    public static MatrixView of(Matrix.Evaluation e, List<String> flips, boolean customWeights, boolean editable,
                                Map<String, String> entered, Map<String, String> errors) {
        MatrixDefinition m = e.definition();
        List<String> languages = m.languageKeys();
        List<Row> rows = new ArrayList<>();
        for (MatrixDefinition.Criterion c : m.criteria()) {
            List<Cell> cells = languages.stream().map(l -> new Cell(m.languageName(l), c.score(l), c.note(l))).toList();
            String weight = entered.containsKey(c.key()) ? entered.get(c.key()) : String.valueOf(e.weight(c.key()));
            rows.add(new Row(c.key(), c.label(), c.description(), weight, errors.get(c.key()), cells));
        }
        List<String> ranking = e.scores().ranking();
        List<Total> totals = languages.stream().map(l -> new Total(m.languageName(l), format(e.scores().scores().get(l)),
                ranking.indexOf(l) + 1, l.equals(e.scores().strictLeader()))).toList();
        String error = errors.isEmpty() ? null : errors.size() == 1 ? "One weight needs fixing: weights are whole numbers from 0 to 5."
                : errors.size() + " weights need fixing: weights are whole numbers from 0 to 5.";
        return new MatrixView(languages.stream().map(m::languageName).toList(), rows, totals, chart(e), flips,
                e.flips().isEmpty(), customWeights, editable, error);
    }

    static Chart chart(Matrix.Evaluation e) {
        MatrixDefinition m = e.definition();
        List<String> languages = m.languageKeys();
        int top = 8;
        int height = top + languages.size() * ROW_HEIGHT + 24;
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 5; i++) {
            ticks.add(new Tick(LABEL_WIDTH + i * PLOT_WIDTH / 5, String.valueOf(i), top - 4, height - 20));
        }
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < languages.size(); i++) {
            double score = e.scores().scores().get(languages.get(i));
            int width = (int) Math.round(score / 5.0 * PLOT_WIDTH);
            int y = top + i * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
            bars.add(new Bar(m.languageName(languages.get(i)), format(score), y, width, FILLS[i % FILLS.length],
                    y + BAR_HEIGHT / 2 + 5, LABEL_WIDTH + width + 6));
        }
        String description = String.join(", ", languages.stream()
                .map(l -> m.languageName(l) + " " + format(e.scores().scores().get(l)) + " of 5").toList());
        return new Chart(LABEL_WIDTH + PLOT_WIDTH + 46, height, ticks, bars, description);
    }

    static String format(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }
}
