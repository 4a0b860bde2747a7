package org.loopscope.trace.export;

import org.loopscope.trace.TaskState;

/**
 * How a slice of the timeline is painted: a colour from DESIGN.md's colour-blind-safe palette (Okabe–Ito) and a
 * pattern over it, different for each swatch, so that a black-and-white print-out still tells the states apart.
 */
public enum Swatch {
    /** A task created or woken, waiting in the ready queue: dots. */
    PENDING("pending", 0xE69F00, Pattern.DOTS),
    /** A task's step running: solid. */
    RUNNING("running", 0x009E73, Pattern.SOLID),
    /** A task suspended at an await: horizontal lines. */
    WAITING("waiting", 0x56B4E9, Pattern.HORIZONTAL),
    /** A task finished with a result: a grid. */
    DONE("done", 0x999999, Pattern.GRID),
    /** A task finished with an exception: crossed diagonals. */
    FAILED("failed", 0xD55E00, Pattern.CROSS),
    /** A task cancelled: backward diagonals. */
    CANCELLED("cancelled", 0xCC79A7, Pattern.BACKWARD),
    /** The loop running a plain callback: vertical lines. */
    CALLBACK("callback", 0x0072B2, Pattern.VERTICAL),
    /** The loop idle, waiting for a timer: solid light grey. */
    IDLE("idle", 0xEEEEEE, Pattern.SOLID),
    /** The loop held by a blocking call: forward diagonals (hatched). */
    BLOCKED("blocked", 0xD55E00, Pattern.FORWARD);

    /** The overlays, drawn in a darker tone of the base colour on an 8-pixel tile. */
    public enum Pattern { SOLID, DOTS, HORIZONTAL, VERTICAL, GRID, CROSS, FORWARD, BACKWARD }

    /** The pattern tile's size in pixels. */
    public static final int TILE = 8;

    private final String label;
    private final int rgb;
    private final Pattern pattern;

    Swatch(String label, int rgb, Pattern pattern) {
        this.label = label;
        this.rgb = rgb;
        this.pattern = pattern;
    }

    /** The swatch of a task state. */
    public static Swatch of(TaskState state) {
        return valueOf(state.name());
    }

    /** The legend's word for it. */
    public String label() {
        return label;
    }

    /** The base colour, 0xRRGGBB. */
    public int rgb() {
        return rgb;
    }

    /** The base colour as {@code #RRGGBB}. */
    public String hex() {
        return String.format("#%06X", rgb);
    }

    /** The overlay colour: the base colour at 55 % brightness. */
    public int inkRgb() {
        int r = (rgb >> 16 & 0xFF) * 55 / 100;
        int g = (rgb >> 8 & 0xFF) * 55 / 100;
        int b = (rgb & 0xFF) * 55 / 100;
        return r << 16 | g << 8 | b;
    }

    /** The overlay colour as {@code #RRGGBB}. */
    public String inkHex() {
        return String.format("#%06X", inkRgb());
    }

    /** The pattern. */
    public Pattern pattern() {
        return pattern;
    }

    /** Whether pixel (x, y) of a tile is ink; the same rule draws the SVG pattern and the PNG texture. */
    public boolean ink(int x, int y) {
        return switch (pattern) {
            case SOLID -> false;
            case DOTS -> (x == 1 || x == 2) && (y == 1 || y == 2) || (x == 5 || x == 6) && (y == 5 || y == 6);
            case HORIZONTAL -> y == 3;
            case VERTICAL -> x == 3;
            case GRID -> x == 3 || y == 3;
            case CROSS -> x == y || x == TILE - 1 - y;
            case FORWARD -> (x + y) % TILE == TILE - 1;
            case BACKWARD -> x == y;
        };
    }
}
