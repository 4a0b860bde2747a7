package org.loopscope.ui.timeline;

import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.loopscope.session.view.TimelineModel;
import org.loopscope.ui.faults.Fault;
import org.loopscope.ui.faults.FaultBoundary;
import org.loopscope.ui.i18n.I18n;
import org.loopscope.ui.i18n.Localizable;
import org.loopscope.ui.i18n.UiLanguage;

/**
 * The timeline: a small toolbar (time or iterations, zoom, fit) over a {@link Canvas} that fills the rest of this
 * region and follows its size. It draws a {@link TimelineViewModel} with {@link TimelinePainter} and turns the mouse
 * and keys into the view-model's moves: Ctrl+wheel zooms around the mouse, the wheel scrolls the lanes and
 * Shift+wheel the time, dragging pans, + and − zoom, 0 fits; a click on the axis moves the cursor, a click on a lane
 * selects its task; hovering shows what is under the mouse ({@link TimelineInput} and {@link HoverTip} do that).
 *
 * <p>A canvas rather than nodes: a trace may have a million events, and the painter draws only what is in view.
 * Changes are drawn once per pulse however many arrive. Everything grows with the window's font size; the texts it
 * draws that have a translation are in the language of the {@link I18n} it is {@link #localize localized} with.
 */
public final class TimelineView extends Region implements Localizable {

    /** The window font size at which the timeline has its standard sizes. */
    static final double STANDARD_FONT_SIZE = 14;

    static final Duration TOOLTIP_DELAY = Duration.millis(250);

    private final TimelineViewModel viewModel;
    private final Canvas canvas = new Canvas();
    private final HBox toolbar;
    private final TimelinePainter painter;
    private FaultBoundary faults = FaultBoundary.RETHROW;
    private final CanvasGraphics graphics;
    private final HoverTip tip;
    /** The toolbar's texts and tooltips, and the keys they show. */
    private final java.util.Map<javafx.beans.property.StringProperty, String> texts = new java.util.LinkedHashMap<>();
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize", STANDARD_FONT_SIZE);
    private boolean redrawPending;
    private long lastRedrawNanos;

    /** An empty timeline with a view-model of its own. */
    public TimelineView() {
        this(new TimelineViewModel());
    }

    /** A timeline drawing {@code viewModel}. */
    public TimelineView(TimelineViewModel viewModel) {
        this.viewModel = viewModel;
        this.painter = new TimelinePainter(viewModel);
        this.graphics = new CanvasGraphics(canvas.getGraphicsContext2D());
        getStyleClass().add("timeline");
        viewModel.scaleProperty().bind(fontSize.divide(STANDARD_FONT_SIZE));
        canvas.setId("timelineCanvas");
        // The region takes the focus (a click, Tab, the window's F6), so its keys work whichever child was hit.
        setFocusTraversable(true);
        toolbar = toolbar();
        getChildren().addAll(toolbar, canvas);
        for (Observable dependency : viewModel.dependencies()) {
            dependency.addListener(observable -> requestRedraw());
        }
        tip = new HoverTip(canvas, viewModel, TOOLTIP_DELAY);
        new TimelineInput(this, canvas, viewModel, tip);
    }

    private HBox toolbar() {
        ToggleGroup axis = new ToggleGroup();
        ToggleButton time = toggle("timelineTime", "timeline.time", "timeline.time.tooltip", axis, AxisMode.TIME);
        ToggleButton iterations = toggle("timelineIterations", "timeline.iterations", "timeline.iterations.tooltip",
                axis, AxisMode.ITERATIONS);
        axis.selectToggle(viewModel.axisModeProperty().get() == AxisMode.TIME ? time : iterations);
        axis.selectedToggleProperty().addListener((observable, before, after) -> {
            if (after == null) {
                before.setSelected(true);
            } else {
                viewModel.axisModeProperty().set((AxisMode) after.getUserData());
            }
        });
        viewModel.axisModeProperty().addListener((observable, before, after) ->
                axis.selectToggle(after == AxisMode.TIME ? time : iterations));
        Label gap = new Label();
        gap.setMinWidth(8);
        Button fit = button("timelineFit", null, "timeline.fit.tooltip", viewModel::fit);
        texts.put(fit.textProperty(), "timeline.fit");
        HBox bar = new HBox(4, time, iterations, gap,
                button("timelineZoomOut", TimelineText.ZOOM_OUT, "timeline.zoomOut.tooltip", viewModel::zoomOut),
                button("timelineZoomIn", TimelineText.ZOOM_IN, "timeline.zoomIn.tooltip", viewModel::zoomIn), fit);
        bar.getStyleClass().add("timeline-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 4, 2, 4));
        bindTexts(new I18n(UiLanguage.EN));
        return bar;
    }

    private ToggleButton toggle(String id, String key, String tipKey, ToggleGroup group, AxisMode mode) {
        ToggleButton toggle = new ToggleButton();
        toggle.setId(id);
        toggle.setToggleGroup(group);
        toggle.setUserData(mode);
        Tooltip tip = new Tooltip();
        toggle.setTooltip(tip);
        texts.put(toggle.textProperty(), key);
        texts.put(tip.textProperty(), tipKey);
        toggle.setFocusTraversable(false);
        return toggle;
    }

    private Button button(String id, String text, String tipKey, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        Tooltip tip = new Tooltip();
        button.setTooltip(tip);
        texts.put(tip.textProperty(), tipKey);
        button.setOnAction(event -> action.run());
        button.setFocusTraversable(false);
        return button;
    }

    /** Binds the toolbar's words to the keys they show, in {@code i18n}'s language. */
    private void bindTexts(I18n i18n) {
        texts.forEach((property, key) -> property.bind(i18n.bind(key)));
    }

    // ---- the public face

    /** The view-model drawn. */
    public TimelineViewModel viewModel() {
        return viewModel;
    }

    /**
     * Shows a model, keeping zoom and scroll when it continues the run shown (see {@link TimelineViewModel}). On the
     * JavaFX thread; the model itself may be built on any.
     */
    public void showModel(TimelineModel model) {
        viewModel.showModel(model);
    }

    @Override
    public void localize(I18n i18n) {
        painter.localize(i18n);
        viewModel.localize(i18n);
        bindTexts(i18n);
        i18n.languageProperty().addListener((observable, before, after) -> requestRedraw());
        requestRedraw();
    }

    /** Whether to draw with the dark palette. */
    public BooleanProperty darkProperty() {
        return viewModel.darkProperty();
    }

    /** Whether to draw in pure black and white with strong lines, as presenter mode asks. */
    public BooleanProperty highContrastProperty() {
        return viewModel.highContrastProperty();
    }

    /**
     * The window's font size; the timeline scales with it (lanes, texts, markers), so zooming and presenter mode make
     * it larger along with the rest of the window.
     */
    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    /** The cursor, as a number of events (the state after that many); not the mouse cursor of {@link Node}. */
    public IntegerProperty eventCursorProperty() {
        return viewModel.cursorProperty();
    }

    /** The selected task, or -1. */
    public IntegerProperty selectedTaskProperty() {
        return viewModel.selectedTaskProperty();
    }

    /** What the x axis counts. */
    public ObjectProperty<AxisMode> axisModeProperty() {
        return viewModel.axisModeProperty();
    }

    /**
     * Shows or hides the toolbar (time or iterations, zoom, fit); hidden where a window drives several timelines
     * with controls of its own.
     */
    public void setToolbarShown(boolean shown) {
        toolbar.setVisible(shown);
        toolbar.setManaged(shown);
        requestLayout();
    }

    /** Returns the canvas, as wide as this region. */
    public Canvas canvas() {
        return canvas;
    }

    /** The tooltip that describes what is under the mouse. */
    Tooltip tooltip() {
        return tip.tooltip();
    }

    /** How long the last redraw took on the JavaFX thread, in nanoseconds. */
    public long lastRedrawNanos() {
        return lastRedrawNanos;
    }

    // ---- layout and drawing

    @Override
    protected void layoutChildren() {
        double width = snapSizeX(getWidth());
        double height = snapSizeY(getHeight());
        double bar = toolbar.isVisible() ? snapSizeY(toolbar.prefHeight(width)) : 0;
        toolbar.resizeRelocate(0, 0, width, bar);
        double canvasHeight = Math.max(0, height - bar);
        if (canvas.getWidth() != width || canvas.getHeight() != canvasHeight) {
            canvas.setWidth(width);
            canvas.setHeight(canvasHeight);
            viewModel.widthProperty().set(width);
            viewModel.heightProperty().set(canvasHeight);
            redraw();
        }
        canvas.relocate(0, bar);
    }

    // The canvas must not dictate this region's size, or the region could grow with the window but never shrink.
    @Override
    protected double computeMinWidth(double height) {
        return (TimelineViewModel.LABEL_WIDTH + TimelineViewModel.RIGHT_MARGIN + TimelineViewModel.MIN_TICK_SPACING)
                * viewModel.scaleProperty().get();
    }

    @Override
    protected double computeMinHeight(double width) {
        return (toolbar.isVisible() ? toolbar.prefHeight(width) : 0) + viewModel.axisHeight() * 3;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 640;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 480;
    }

    private void requestRedraw() {
        if (!redrawPending) {
            redrawPending = true;
            Platform.runLater(() -> {
                redrawPending = false;
                redraw();
            });
        }
    }

    /** Where a failing paint goes instead of unwinding into JavaFX's pulse; {@link FaultBoundary#RETHROW} until set. */
    public void setFaultBoundary(FaultBoundary boundary) {
        faults = java.util.Objects.requireNonNull(boundary, "boundary");
    }

    /** Draws the view-model now; a failing paint is reported and the next redraw tries again. */
    void redraw() {
        long start = System.nanoTime();
        faults.guard(Fault.Where.TIMELINE, () -> {
            graphics.prepare(viewModel.darkProperty().get(), viewModel.highContrastProperty().get(),
                    viewModel.scaleProperty().get());
            painter.paint(graphics);
        });
        lastRedrawNanos = System.nanoTime() - start;
    }
}
