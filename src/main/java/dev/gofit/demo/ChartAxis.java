package dev.gofit.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The time axis of every call-timeline chart (the demo's runs, the review's checks and load
 * chart): four ticks of a round step (1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten)
 * whose last one is at or above the largest value drawn.
 */
public record ChartAxis(long endMs, long stepMs) {

    public static final int TICKS = 4;

    /** The axis that fits {@code maxMs}. */
    public static ChartAxis fitting(double maxMs) {
        long raw = Math.max(1, (long) Math.ceil(Math.max(1, maxMs) / TICKS));
        long power = 1;
        while (power * 10 < raw) {
            power *= 10;
        }
        for (long m : new long[]{100, 125, 150, 200, 250, 300, 400, 500, 600, 800, 1000}) {
            long step = power * m / 100;
            if (step >= raw && step * 100 == power * m) {
                return new ChartAxis(step * TICKS, step);
            }
        }
        return new ChartAxis(power * 10 * TICKS, power * 10);
    }

    /** The tick values, 0 to {@link #endMs} inclusive. */
    public List<Long> ticks() {
        List<Long> ticks = new ArrayList<>();
        for (long t = 0; t <= endMs; t += stepMs) {
            ticks.add(t);
        }
        return ticks;
    }

    /** Pixels per millisecond when the axis spans {@code widthPx}. */
    public double scale(double widthPx) {
        return widthPx / endMs;
    }
}
