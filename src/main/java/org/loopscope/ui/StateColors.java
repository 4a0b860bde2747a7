package org.loopscope.ui;

import javafx.scene.paint.Color;

/**
 * The colours and patterns of task and loop states, defined once for every picture of the app: the timeline, the
 * legend, the code markers.
 *
 * <p>The colours are the colour-blind-safe Okabe–Ito palette of DESIGN.md. Each state also has a pattern, so a
 * print-out in grey still tells the states apart.
 */
public enum StateColors {
    PENDING("PENDING", "#E69F00", Pattern.DOTS),
    RUNNING("RUNNING", "#009E73", Pattern.SOLID),
    WAITING("WAITING", "#56B4E9", Pattern.HORIZONTAL_LINES),
    DONE("DONE", "#999999", Pattern.SOLID),
    FAILED("FAILED", "#D55E00", Pattern.CROSS_HATCH),
    CANCELLED("CANCELLED", "#CC79A7", Pattern.BACK_DIAGONAL),
    LOOP_BLOCKED("loop blocked", "#D55E00", Pattern.DIAGONAL_HATCH);

    /** How an interval of a state is filled on top of its colour. */
    public enum Pattern {
        /** The colour alone. */
        SOLID,
        /** A grid of small dots. */
        DOTS,
        /** Thin horizontal lines. */
        HORIZONTAL_LINES,
        /** Lines from bottom left to top right. */
        DIAGONAL_HATCH,
        /** Lines from top left to bottom right. */
        BACK_DIAGONAL,
        /** Both diagonals. */
        CROSS_HATCH
    }

    private final String label;
    private final String hex;
    private final Pattern pattern;

    StateColors(String label, String hex, Pattern pattern) {
        this.label = label;
        this.hex = hex;
        this.pattern = pattern;
    }

    /** Returns the name a person reads: the state's own word, or "loop blocked". */
    public String label() {
        return label;
    }

    /** Returns the colour as {@code #RRGGBB}. */
    public String hex() {
        return hex;
    }

    /** Returns the colour. */
    public Color color() {
        return Color.web(hex);
    }

    /** Returns the pattern drawn over the colour. */
    public Pattern pattern() {
        return pattern;
    }
}
