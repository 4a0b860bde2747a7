package org.loopscope.ui;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Paints a state's colour and pattern into a rectangle, the same way wherever a state is drawn (legend, timeline,
 * exports of the picture).
 */
public final class StatePatterns {

    /** The distance between pattern lines or dots, in pixels. */
    static final double SPACING = 5;

    private StatePatterns() {
    }

    /** Fills {@code (x, y, width, height)} with the state's colour and draws its pattern over it. */
    public static void paint(GraphicsContext g, StateColors state, double x, double y, double width, double height) {
        g.save();
        g.beginPath();
        g.rect(x, y, width, height);
        g.clip();
        g.setFill(state.color());
        g.fillRect(x, y, width, height);
        Color ink = state.color().deriveColor(0, 1, 0.55, 0.9);
        g.setStroke(ink);
        g.setFill(ink);
        g.setLineWidth(1);
        switch (state.pattern()) {
            case SOLID -> { }
            case DOTS -> {
                for (double dy = y + 2; dy < y + height; dy += SPACING) {
                    for (double dx = x + 2; dx < x + width; dx += SPACING) {
                        g.fillOval(dx - 0.9, dy - 0.9, 1.8, 1.8);
                    }
                }
            }
            case HORIZONTAL_LINES -> {
                for (double dy = y + 2.5; dy < y + height; dy += SPACING) {
                    g.strokeLine(x, dy, x + width, dy);
                }
            }
            case DIAGONAL_HATCH -> diagonals(g, x, y, width, height, true);
            case BACK_DIAGONAL -> diagonals(g, x, y, width, height, false);
            case CROSS_HATCH -> {
                diagonals(g, x, y, width, height, true);
                diagonals(g, x, y, width, height, false);
            }
        }
        g.restore();
    }

    private static void diagonals(GraphicsContext g, double x, double y, double width, double height, boolean up) {
        for (double offset = -height; offset < width; offset += SPACING) {
            if (up) {
                g.strokeLine(x + offset, y + height, x + offset + height, y);
            } else {
                g.strokeLine(x + offset, y, x + offset + height, y + height);
            }
        }
    }
}
