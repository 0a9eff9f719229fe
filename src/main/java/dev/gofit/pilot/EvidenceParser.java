package dev.gofit.pilot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the figures a CTO writes as evidence in the decision wizard ("p99 under 50 ms",
 * "10k concurrent connections", "5,000 req/s", "memory under 256 MB", "starts in 2 s") into
 * metric, bound and value in the pilot's units (ms, req/s, connections, MB). Plain Java: what it
 * reads is pinned by a table of phrases in its test. Figures it cannot place are left out.
 */
public final class EvidenceParser {

    /** What a figure measures. */
    public enum Metric { P50_LATENCY, P95_LATENCY, P99_LATENCY, LATENCY, THROUGHPUT, CONCURRENCY, MEMORY, STARTUP }

    /** Which side of the figure is good. */
    public enum Bound { AT_MOST, AT_LEAST }

    /**
     * One figure read from a note.
     *
     * @param unit   ms, req/s, connections or MB
     * @param phrase the words it was read from, quoted back to the user
     */
    public record Evidence(Metric metric, Bound bound, double value, String unit, String phrase) {
    }

    private static final String NUMBER = "(?<![\\w.,])(?<num>\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*(?<k>[kK](?![a-zA-Z]))?\\s*";
    private static final String UNIT = "(?<unit>"
            + "ms\\b|msec\\b|milliseconds?\\b|µs\\b|us\\b|microseconds?\\b|s\\b|secs?\\b|seconds?\\b"
            + "|mb\\b|mib\\b|megabytes?\\b|gb\\b|gib\\b|gigabytes?\\b|kb\\b|kib\\b"
            + "|req(?:uests?)?\\s*/\\s*s(?:ec)?\\b|req(?:uests?)?\\s+(?:per|a)\\s+sec(?:ond)?\\b|rps\\b|qps\\b|tps\\b"
            + "|(?:concurrent|simultaneous|parallel|open)\\s+(?:connections|requests|users|clients|sessions|websockets)\\b"
            + "|connections\\b|concurrent\\b)";
    private static final Pattern FIGURE = Pattern.compile(NUMBER + UNIT, Pattern.CASE_INSENSITIVE);
    /** Where one claim ends and the next begins: what precedes a figure in its own clause names it. */
    private static final Pattern CLAUSE_END = Pattern.compile("[.;!?\\n]\\s|[;\\n]|,\\s*(?:and|but)\\b");

    private EvidenceParser() {
    }

    public static List<Evidence> parse(String text) {
        List<Evidence> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        Matcher m = FIGURE.matcher(text);
        int previousEnd = 0;
        while (m.find()) {
            String context = clauseBefore(text, previousEnd, m.start()).toLowerCase(Locale.ROOT);
            String unit = m.group("unit").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            double value = number(m.group("num")) * (m.group("k") != null ? 1000 : 1);
            Evidence e = read(context, unit, value, text.substring(phraseStart(text, previousEnd, m.start()), m.end()).strip());
            if (e != null) {
                found.add(e);
            }
            previousEnd = m.end();
        }
        return found;
    }

    private static Evidence read(String context, String unit, double value, String phrase) {
        Bound stated = bound(context);
        if (unit.matches("ms|msec|milliseconds?|µs|us|microseconds?|s|secs?|seconds?")) {
            double ms = unit.startsWith("µ") || unit.startsWith("us") || unit.startsWith("micro") ? value / 1000
                    : unit.startsWith("ms") || unit.startsWith("milli") ? value : value * 1000;
            Metric metric = context.matches("(?s).*\\b(start(s|ed|ing)?|start-?up|boots?|cold)\\b.*") ? Metric.STARTUP
                    : context.matches("(?s).*\\b(p50|median|50th)\\b.*") ? Metric.P50_LATENCY
                    : context.matches("(?s).*\\b(p95|95th|95%)(?!\\w).*") ? Metric.P95_LATENCY
                    : context.matches("(?s).*\\b(p99|99th|99%)(?!\\w).*") ? Metric.P99_LATENCY
                    : Metric.LATENCY;
            return at(metric, stated, Bound.AT_MOST, round(ms), "ms", phrase);
        }
        if (unit.matches("mb|mib|megabytes?|gb|gib|gigabytes?|kb|kib")) {
            double mb = unit.startsWith("g") ? value * 1024 : unit.startsWith("k") ? value / 1024 : value;
            return at(Metric.MEMORY, stated, Bound.AT_MOST, round(mb), "MB", phrase);
        }
        if (unit.contains("concurrent") || unit.contains("connections") || unit.contains("simultaneous")
                || unit.contains("parallel") || unit.startsWith("open")) {
            return at(Metric.CONCURRENCY, stated, Bound.AT_LEAST, value, "connections", phrase);
        }
        return at(Metric.THROUGHPUT, stated, Bound.AT_LEAST, value, "req/s", phrase);
    }

    /** A figure whose stated bound points the wrong way for its metric ("latency over 2 s") is no target. */
    private static Evidence at(Metric metric, Bound stated, Bound good, double value, String unit, String phrase) {
        if (stated != null && stated != good) {
            return null;
        }
        return new Evidence(metric, good, value, unit, phrase);
    }

    private static Bound bound(String context) {
        String tail = context.length() > 40 ? context.substring(context.length() - 40) : context;
        if (tail.matches("(?s).*(<|≤|=<|\\bunder\\b|\\bbelow\\b|\\bless than\\b|\\bat most\\b|\\bmax(imum)?\\b|\\bwithin\\b|\\bno more than\\b|\\bup to\\b|\\bin\\b|\\bbeneath\\b).*")) {
            return Bound.AT_MOST;
        }
        if (tail.matches("(?s).*(>|≥|>=|\\bover\\b|\\babove\\b|\\bmore than\\b|\\bat least\\b|\\bmin(imum)?\\b|\\bexceeds?\\b).*")) {
            return Bound.AT_LEAST;
        }
        return null;
    }

    private static String clauseBefore(String text, int from, int to) {
        return text.substring(phraseStart(text, from, to), to);
    }

    private static int phraseStart(String text, int from, int to) {
        Matcher end = CLAUSE_END.matcher(text).region(from, to);
        int start = from;
        while (end.find()) {
            start = end.end();
        }
        return start;
    }

    private static double number(String digits) {
        return Double.parseDouble(digits.replace(",", ""));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
