package org.loopscope.ui.timeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The ticks of a time axis: which instants get a mark and a label when a span of seconds is drawn across a number
 * of pixels. Steps are 1, 2 or 5 times a power of ten, and marks are at least {@code minTickSpacing} pixels apart.
 *
 * <p>Pure arithmetic, no JavaFX, so the axis can be tested and reused by exporters of the same picture.
 */
public final class TimeAxis {

    /** One mark on the axis. */
    public record Tick(double seconds, double x, String label) {
    }

    private final double startSeconds;
    private final double endSeconds;
    private final double width;

    /**
     * @param startSeconds the time at {@code x = 0}
     * @param endSeconds   the time at {@code x = width}; more than {@code startSeconds}
     * @param width        the length of the axis in pixels; more than 0
     */
    public TimeAxis(double startSeconds, double endSeconds, double width) {
        if (!(endSeconds > startSeconds) || !(width > 0)) {
            throw new IllegalArgumentException("empty axis: " + startSeconds + ".." + endSeconds + " over " + width);
        }
        this.startSeconds = startSeconds;
        this.endSeconds = endSeconds;
        this.width = width;
    }

    /** Returns the x coordinate of an instant. */
    public double x(double seconds) {
        return (seconds - startSeconds) / (endSeconds - startSeconds) * width;
    }

    /** Returns the smallest step of 1, 2 or 5 times a power of ten that keeps ticks {@code minTickSpacing} apart. */
    public double step(double minTickSpacing) {
        double minStep = minTickSpacing / width * (endSeconds - startSeconds);
        double power = Math.pow(10, Math.floor(Math.log10(minStep)));
        for (int factor : new int[] {1, 2, 5, 10}) {
            if (factor * power >= minStep * (1 - 1e-9)) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    /** Returns the ticks from the first multiple of the step at or after the start to the end, in order. */
    public List<Tick> ticks(double minTickSpacing) {
        double step = step(minTickSpacing);
        List<Tick> ticks = new ArrayList<>();
        long first = (long) Math.ceil(startSeconds / step - 1e-9);
        for (long i = first; i * step <= endSeconds * (1 + 1e-12) + 1e-12; i++) {
            double seconds = i * step;
            ticks.add(new Tick(seconds, x(seconds), label(seconds, step)));
        }
        return ticks;
    }

    /** Labels an instant with just the decimals the step needs: {@code 0 s}, {@code 0.5 s}, {@code 0.05 s}. */
    static String label(double seconds, double step) {
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        BigDecimal rounded = BigDecimal.valueOf(seconds).setScale(decimals, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
        String text = rounded.signum() == 0 ? "0" : rounded.toPlainString();
        return text + " s";
    }
}
