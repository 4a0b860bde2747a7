package org.loopscope.trace.export;

import java.util.ArrayList;
import java.util.List;
import org.loopscope.trace.LoopActivity;
import org.loopscope.trace.LoopInterval;
import org.loopscope.trace.TaskInterval;
import org.loopscope.trace.Trace;

/**
 * The timeline picture of a trace, laid out once and drawn by both {@link SvgExporter} and {@link PngExporter}:
 * a title, a time axis with round ticks, a lane for the event loop and one per task (named on the left), each
 * interval a rectangle painted with its {@link Swatch}, and a legend. Slices that take no loop time (a step in
 * virtual time) are drawn {@value #MIN_WIDTH} pixels wide, on top of the others, so they stay visible.
 */
public final class TimelineScene {

    /** A painted rectangle. */
    public record Box(double x, double y, double width, double height, Swatch swatch) {
    }

    /** A line of text; {@code anchor} is "start", "middle" or "end" of the text at x; y is its baseline. */
    public record Label(double x, double y, String text, int size, boolean bold, String anchor) {
    }

    /** A thin grey rule (axis, ticks, lane separators). */
    public record Rule(double x1, double y1, double x2, double y2) {
    }

    static final double MIN_WIDTH = 2;
    private static final int LABEL_WIDTH = 150;
    private static final int RIGHT = 24;
    private static final int TOP = 64;
    private static final int LANE = 18;
    private static final int GAP = 6;
    private static final int LEGEND = 56;

    private final int width;
    private final int height;
    private final List<Box> boxes = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();

    private TimelineScene(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** Lays out {@code trace} under {@code title}, {@code width} pixels wide. */
    public static TimelineScene of(Trace trace, String title, int width) {
        int lanes = trace.taskCount() + 1;
        int height = TOP + lanes * (LANE + GAP) + LEGEND;
        TimelineScene scene = new TimelineScene(width, height);
        scene.draw(trace, title);
        return scene;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public List<Box> boxes() {
        return boxes;
    }

    public List<Label> labels() {
        return labels;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The y of the top of lane {@code lane} (0 is the loop, task t is lane t + 1). */
    public static double laneTop(int lane) {
        return TOP + lane * (LANE + GAP);
    }

    /** The height of a lane. */
    public static double laneHeight() {
        return LANE;
    }

    /** The x of loop time {@code time} in a picture {@code width} wide for a trace ending at {@code end}. */
    public static double x(double time, double end, int width) {
        double span = end > 0 ? end : 1;
        return LABEL_WIDTH + time / span * (width - LABEL_WIDTH - RIGHT);
    }

    private double x(double time, double end) {
        return x(time, end, width);
    }

    private void draw(Trace trace, String title) {
        double end = trace.endTime();
        labels.add(new Label(width / 2.0, 24, title, 16, true, "middle"));
        axis(end);
        lane(0, "event loop");
        for (int t = 0; t < trace.taskCount(); t++) {
            lane(t + 1, trace.taskName(t));
        }
        List<Box> instant = new ArrayList<>();
        for (LoopInterval interval : trace.loopIntervals()) {
            Swatch swatch = switch (interval.activity()) {
                case STEP -> Swatch.RUNNING;
                case CALLBACK -> Swatch.CALLBACK;
                case IDLE -> Swatch.IDLE;
                case BLOCKED -> Swatch.BLOCKED;
            };
            // A blocked span lies inside its step: drawn after the steps, it stays visible.
            box(0, interval.start(), interval.end(), end, swatch, interval.activity() == LoopActivity.BLOCKED,
                    instant);
        }
        for (int k = 0; k < trace.intervalCount(); k++) {
            TaskInterval interval = trace.interval(k);
            box(interval.task() + 1, interval.start(), interval.end(), end, Swatch.of(interval.state()), false,
                    instant);
        }
        boxes.addAll(instant);
        legend();
    }

    /** A slice; those too thin to see, and those marked {@code onTop}, go to {@code onTopList}, drawn last. */
    private void box(int lane, double start, double stop, double end, Swatch swatch, boolean onTop,
            List<Box> onTopList) {
        double x0 = x(start, end);
        double x1 = x(stop, end);
        double top = laneTop(lane);
        if (x1 - x0 < MIN_WIDTH) {
            onTopList.add(new Box(x0, top, MIN_WIDTH, LANE, swatch));
        } else {
            (onTop ? onTopList : boxes).add(new Box(x0, top, x1 - x0, LANE, swatch));
        }
    }

    private void lane(int lane, String name) {
        double top = laneTop(lane);
        labels.add(new Label(LABEL_WIDTH - 8, top + LANE - 5, name, 12, lane == 0, "end"));
        rules.add(new Rule(LABEL_WIDTH, top + LANE + GAP / 2.0, width - RIGHT, top + LANE + GAP / 2.0));
    }

    private void axis(double end) {
        double span = end > 0 ? end : 1;
        double step = niceStep(span / 8);
        double y = TOP - 14;
        rules.add(new Rule(LABEL_WIDTH, y, width - RIGHT, y));
        for (int k = 0; k * step <= span * (1 + 1e-9); k++) {
            double tick = k * step;
            double x = x(tick, end);
            rules.add(new Rule(x, y - 4, x, y));
            labels.add(new Label(x, y - 7, seconds(tick), 11, false, "middle"));
        }
        labels.add(new Label(LABEL_WIDTH - 8, y - 7, "time (s)", 11, false, "end"));
    }

    private void legend() {
        double y = height - LEGEND + 20;
        double x = LABEL_WIDTH;
        for (Swatch swatch : Swatch.values()) {
            boxes.add(new Box(x, y, 14, 14, swatch));
            labels.add(new Label(x + 18, y + 11, swatch.label(), 11, false, "start"));
            x += 18 + 8 * swatch.label().length() + 16;
        }
    }

    /** The round step (1, 2 or 5 times a power of ten) nearest above {@code raw}. */
    static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    /** A tick's label: the time in seconds, rounded as a person writes it. */
    static String seconds(double time) {
        java.math.BigDecimal rounded = new java.math.BigDecimal(time).round(new java.math.MathContext(10))
                .stripTrailingZeros();
        return (rounded.scale() <= 0 ? rounded.toBigInteger().toString() : rounded.toPlainString());
    }
}
