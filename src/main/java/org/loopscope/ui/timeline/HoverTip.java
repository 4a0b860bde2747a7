package org.loopscope.ui.timeline;

import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * The tooltip that says what is under the mouse on the timeline's canvas: it shows a moment after the mouse stops over
 * something with a description, follows the mouse while shown, and hides when the mouse leaves it, presses or scrolls.
 */
final class HoverTip {

    private final Canvas canvas;
    private final TimelineViewModel viewModel;
    private final Tooltip tooltip = new Tooltip();
    private final PauseTransition delay;
    private Point2D at;

    /** A tooltip over {@code canvas} describing what {@code viewModel} draws, shown after {@code delay}. */
    HoverTip(Canvas canvas, TimelineViewModel viewModel, Duration delay) {
        this.canvas = Objects.requireNonNull(canvas, "canvas");
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.delay = new PauseTransition(delay);
        tooltip.setId("timelineTooltip");
        this.delay.setOnFinished(event -> show());
    }

    Tooltip tooltip() {
        return tooltip;
    }

    /** The mouse is at ({@code x}, {@code y}) on the canvas, at ({@code screenX}, {@code screenY}) on the screen. */
    void hover(double x, double y, double screenX, double screenY) {
        String text = viewModel.tooltipAt(x, y);
        if (text == null) {
            hide();
            return;
        }
        tooltip.setText(text);
        at = new Point2D(screenX + 14, screenY + 18);
        if (tooltip.isShowing()) {
            tooltip.setAnchorX(at.getX());
            tooltip.setAnchorY(at.getY());
        } else {
            delay.playFromStart();
        }
    }

    void hide() {
        delay.stop();
        at = null;
        tooltip.hide();
    }

    private void show() {
        if (at != null && canvas.getScene() != null && canvas.getScene().getWindow() != null
                && canvas.getScene().getWindow().isShowing()) {
            tooltip.show(canvas, at.getX(), at.getY());
        }
    }
}
