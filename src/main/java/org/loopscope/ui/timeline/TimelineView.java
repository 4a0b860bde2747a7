package org.loopscope.ui.timeline;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.loopscope.ui.i18n.I18n;
import org.loopscope.ui.i18n.Localizable;
import org.loopscope.ui.i18n.UiLanguage;

/**
 * The timeline: a canvas that fills this region and follows its size. Until there is a run to show it draws an
 * empty time axis and a hint that nothing has run yet.
 *
 * <p>It is drawn on a {@link Canvas} rather than built from nodes because a trace may have many thousands of
 * intervals; a canvas costs the same however many there are. The texts it draws are in the language of the
 * {@link I18n} it is {@link #localize localized} with, and are drawn again when that language changes.
 */
public final class TimelineView extends Region implements Localizable {

    /** Where the lanes will start: the left column is for their names. */
    static final double LANE_LABEL_WIDTH = 120;
    static final double AXIS_HEIGHT = 32;
    static final double RIGHT_MARGIN = 24;
    static final double MIN_TICK_SPACING = 80;
    /** The span shown before any run: ten seconds, the scale of most teaching examples. */
    static final double EMPTY_SPAN_SECONDS = 10;
    /** The window font size at which the canvas's texts have their standard sizes. */
    static final double STANDARD_FONT_SIZE = 14;

    private final Canvas canvas = new Canvas();
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private final BooleanProperty highContrast = new SimpleBooleanProperty(this, "highContrast", false);
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize", STANDARD_FONT_SIZE);
    private I18n i18n = new I18n(UiLanguage.EN);

    /** Creates an empty timeline, light by default. */
    public TimelineView() {
        getStyleClass().add("timeline");
        canvas.setId("timelineCanvas");
        getChildren().add(canvas);
        dark.addListener((observable, before, after) -> draw());
        highContrast.addListener((observable, before, after) -> draw());
        fontSize.addListener((observable, before, after) -> draw());
    }

    @Override
    public void localize(I18n texts) {
        this.i18n = texts;
        texts.languageProperty().addListener((observable, before, after) -> draw());
        draw();
    }

    /** Whether to draw in pure black and white with strong lines, as presenter mode asks. */
    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    /** Whether to draw with the dark palette. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /**
     * The window's font size; the texts drawn on the canvas scale with it, so zooming and presenter mode make them
     * larger along with the rest of the window.
     */
    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    /** Returns the canvas, whose size always equals this region's. */
    public Canvas canvas() {
        return canvas;
    }

    @Override
    protected void layoutChildren() {
        double width = snapSizeX(getWidth());
        double height = snapSizeY(getHeight());
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            draw();
        }
        canvas.relocate(0, 0);
    }

    // The canvas must not dictate this region's size, or the region could grow with the window but never shrink.
    @Override
    protected double computeMinWidth(double height) {
        return LANE_LABEL_WIDTH + RIGHT_MARGIN + MIN_TICK_SPACING;
    }

    @Override
    protected double computeMinHeight(double width) {
        return AXIS_HEIGHT * 3;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 640;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 480;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        Palette palette = highContrast.get() ? (dark.get() ? Palette.DARK_HIGH_CONTRAST : Palette.LIGHT_HIGH_CONTRAST)
                : dark.get() ? Palette.DARK : Palette.LIGHT;
        g.setFill(palette.background);
        g.fillRect(0, 0, width, height);
        double scale = fontSize.get() / STANDARD_FONT_SIZE;
        // Larger names need a wider column: the lane labels grow with the text.
        double labels = LANE_LABEL_WIDTH * Math.max(1, scale);
        double axisWidth = width - labels - RIGHT_MARGIN;
        if (axisWidth <= 0 || height <= AXIS_HEIGHT) {
            return;
        }
        drawAxis(g, palette, new TimeAxis(0, EMPTY_SPAN_SECONDS, axisWidth), height, labels,
                i18n.text("timeline.axis"), scale);
        drawHint(g, palette, width, height, labels, i18n.text("timeline.empty.title"),
                i18n.text("timeline.empty.hint"), scale);
    }

    private static void drawAxis(GraphicsContext g, Palette palette, TimeAxis axis, double height, double labels,
            String name, double scale) {
        g.setFont(Font.font(Font.getDefault().getFamily(), 11 * scale));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setLineWidth(1);
        for (TimeAxis.Tick tick : axis.ticks(MIN_TICK_SPACING)) {
            // +0.5 puts one-pixel lines on pixel centres, so they are crisp instead of two blurred pixels.
            double x = Math.round(labels + tick.x()) + 0.5;
            g.setStroke(palette.grid);
            g.strokeLine(x, AXIS_HEIGHT, x, height);
            g.setStroke(palette.axis);
            g.strokeLine(x, AXIS_HEIGHT - 6, x, AXIS_HEIGHT);
            g.setFill(palette.text);
            g.fillText(tick.label(), x, 8);
        }
        g.setStroke(palette.axis);
        double y = AXIS_HEIGHT + 0.5;
        g.strokeLine(labels, y, labels + axis.x(EMPTY_SPAN_SECONDS), y);
        g.setFill(palette.text);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(name, 12, 8);
    }

    private static void drawHint(GraphicsContext g, Palette palette, double width, double height, double labels,
            String title, String hint, double scale) {
        double centreX = labels + (width - labels - RIGHT_MARGIN) / 2;
        double centreY = AXIS_HEIGHT + (height - AXIS_HEIGHT) / 2;
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(palette.hint);
        g.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 20 * scale));
        g.fillText(title, centreX, centreY - 14 * scale);
        g.setFont(Font.font(Font.getDefault().getFamily(), 13 * scale));
        g.fillText(hint, centreX, centreY + 14 * scale);
    }

    /** The colours of one theme. */
    private enum Palette {
        LIGHT(Color.WHITE, Color.web("#eceff1"), Color.web("#607d8b"), Color.web("#37474f"), Color.web("#90a4ae")),
        DARK(Color.web("#1e1f22"), Color.web("#2b2d30"), Color.web("#8a9199"), Color.web("#c9ced4"),
                Color.web("#6f7680")),
        LIGHT_HIGH_CONTRAST(Color.WHITE, Color.web("#c8c8c8"), Color.BLACK, Color.BLACK, Color.web("#303030")),
        DARK_HIGH_CONTRAST(Color.BLACK, Color.web("#4a4a4a"), Color.WHITE, Color.WHITE, Color.web("#e0e0e0"));

        final Color background;
        final Color grid;
        final Color axis;
        final Color text;
        final Color hint;

        Palette(Color background, Color grid, Color axis, Color text, Color hint) {
            this.background = background;
            this.grid = grid;
            this.axis = axis;
            this.text = text;
            this.hint = hint;
        }
    }
}
