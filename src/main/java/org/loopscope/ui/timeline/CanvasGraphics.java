package org.loopscope.ui.timeline;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.loopscope.session.view.LaneState;

/** {@link TimelineGraphics} on a JavaFX canvas, in the light or the dark palette. Used on the JavaFX thread. */
final class CanvasGraphics implements TimelineGraphics {

    private static final int MAX_MEASURED = 4096;

    private final GraphicsContext g;
    private final Map<Ink, Color> palette = new EnumMap<>(Ink.class);
    private final Map<String, Double> widths = new HashMap<>();
    private final Text measure = new Text();
    private Swatches swatches;
    private double swatchScale = Double.NaN;
    private Font font;
    private double fontSize = Double.NaN;
    private boolean fontBold;

    CanvasGraphics(GraphicsContext g) {
        this.g = g;
    }

    /** Readies the palette and the state fills for a frame, and forgets the commands of the last one. */
    void prepare(boolean dark, boolean highContrast, double scale) {
        // Clearing the whole canvas lets it drop the commands of a frame that was not rendered yet.
        g.clearRect(0, 0, g.getCanvas().getWidth(), g.getCanvas().getHeight());
        if (scale != swatchScale) {
            swatches = new Swatches(scale);
            swatchScale = scale;
        }
        palette.clear();
        for (Ink ink : Ink.values()) {
            palette.put(ink, highContrast ? strong(ink, dark) : colour(ink, dark));
        }
    }

    private static Color colour(Ink ink, boolean dark) {
        return switch (ink) {
            case BACKGROUND -> dark ? Color.web("#1e1f22") : Color.WHITE;
            case PANEL -> dark ? Color.web("#26282b") : Color.web("#f6f8fa");
            case STRIPE -> dark ? Color.web("#232528") : Color.web("#f8f9fa");
            case GRID -> dark ? Color.web("#303236") : Color.web("#eceff1");
            case AXIS -> dark ? Color.web("#8a9199") : Color.web("#90a4ae");
            case TEXT -> dark ? Color.web("#c9ced4") : Color.web("#37474f");
            case MUTED -> dark ? Color.web("#6f7680") : Color.web("#90a4ae");
            case SELECTION -> dark ? Color.web("#56B4E9", 0.22) : Color.web("#0072B2", 0.13);
            case SELECTION_TEXT -> dark ? Color.web("#56B4E9") : Color.web("#0072B2");
            case CURSOR -> dark ? Color.web("#f5f5f5") : Color.web("#111111");
            case ARROW -> dark ? Color.web("#d0d4d9") : Color.web("#263238");
            case MARKER -> dark ? Color.web("#e8e8e8") : Color.web("#263238");
            case ON_LIGHT -> Color.web("#102a43");
            case ON_DARK -> Color.WHITE;
            case FUTURE -> dark ? Color.web("#1e1f22", 0.55) : Color.web("#ffffff", 0.55);
        };
    }

    /** The high-contrast palette of presenter mode: black on white (or white on black), strong selection. */
    private static Color strong(Ink ink, boolean dark) {
        Color ground = dark ? Color.BLACK : Color.WHITE;
        Color figure = dark ? Color.WHITE : Color.BLACK;
        return switch (ink) {
            case BACKGROUND, PANEL, STRIPE -> ground;
            case GRID -> dark ? Color.web("#4a4a4a") : Color.web("#c8c8c8");
            case AXIS, TEXT, CURSOR, ARROW, MARKER -> figure;
            case MUTED -> dark ? Color.web("#e0e0e0") : Color.web("#303030");
            case SELECTION -> dark ? Color.web("#56B4E9", 0.4) : Color.web("#0072B2", 0.28);
            case SELECTION_TEXT -> dark ? Color.web("#56B4E9") : Color.web("#0072B2");
            case ON_LIGHT -> Color.BLACK;
            case ON_DARK -> Color.WHITE;
            case FUTURE -> dark ? Color.web("#000000", 0.5) : Color.web("#ffffff", 0.5);
        };
    }

    @Override
    public void fill(Ink ink, double x, double y, double width, double height) {
        g.setFill(palette.get(ink));
        g.fillRect(x, y, width, height);
    }

    @Override
    public void slice(LaneState state, double x, double y, double width, double height) {
        g.setFill(swatches.fill(state, width));
        g.fillRect(x, y, width, height);
    }

    @Override
    public void line(Ink ink, double x1, double y1, double x2, double y2, double lineWidth) {
        g.setStroke(palette.get(ink));
        g.setLineWidth(lineWidth);
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void text(Ink ink, String text, double x, double y, double size, boolean bold, Align align) {
        g.setFont(font(size, bold));
        g.setFill(palette.get(ink));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        g.fillText(text, x, y);
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        String key = size + (bold ? "b" : "r") + text;
        Double known = widths.get(key);
        if (known != null) {
            return known;
        }
        if (widths.size() >= MAX_MEASURED) {
            widths.clear();
        }
        measure.setFont(font(size, bold));
        measure.setText(text);
        double width = measure.getLayoutBounds().getWidth();
        widths.put(key, width);
        return width;
    }

    private Font font(double size, boolean bold) {
        if (size != fontSize || bold != fontBold) {
            font = Font.font(Font.getDefault().getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
            fontSize = size;
            fontBold = bold;
        }
        return font;
    }

    @Override
    public void triangle(Ink ink, double x, double tipY, double size, boolean down, boolean hollow) {
        double base = down ? tipY - size : tipY + size;
        double[] xs = {x - size * 0.6, x + size * 0.6, x};
        double[] ys = {base, base, tipY};
        if (hollow) {
            g.setFill(palette.get(Ink.BACKGROUND));
            g.fillPolygon(xs, ys, 3);
            g.setStroke(palette.get(ink));
            g.setLineWidth(1);
            g.strokePolygon(xs, ys, 3);
        } else {
            g.setFill(palette.get(ink));
            g.fillPolygon(xs, ys, 3);
        }
    }

    @Override
    public void diamond(Ink ink, double x, double y, double size) {
        double r = size / 2;
        g.setFill(palette.get(ink));
        g.fillPolygon(new double[] {x - r, x, x + r, x}, new double[] {y, y - r, y, y + r}, 4);
    }

    @Override
    public void arrow(Ink ink, double x1, double y1, double x2, double y2, double head) {
        Color colour = palette.get(ink);
        g.setStroke(colour);
        g.setFill(colour);
        g.setLineWidth(Math.max(1, head / 4));
        double angle = Math.atan2(y2 - y1, x2 - x1);
        double backX = x2 - head * Math.cos(angle);
        double backY = y2 - head * Math.sin(angle);
        g.strokeLine(x1, y1, backX, backY);
        double spread = head * 0.6;
        g.fillPolygon(new double[] {x2, backX + spread * Math.sin(angle), backX - spread * Math.sin(angle)},
                new double[] {y2, backY - spread * Math.cos(angle), backY + spread * Math.cos(angle)}, 3);
        g.fillOval(x1 - head / 3, y1 - head / 3, head * 2 / 3, head * 2 / 3);
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        g.save();
        g.beginPath();
        g.rect(x, y, width, height);
        g.closePath();
        g.clip();
    }

    @Override
    public void unclip() {
        g.restore();
    }
}
