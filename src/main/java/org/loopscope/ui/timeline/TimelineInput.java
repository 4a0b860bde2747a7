package org.loopscope.ui.timeline;

import java.util.Objects;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;

/**
 * Turns the mouse and keys on the timeline into its view-model's moves: Ctrl+wheel zooms around the mouse, the wheel
 * scrolls the lanes and Shift+wheel the time, dragging pans, + and − zoom, 0 fits; pressing on the axis moves the
 * cursor and dragging there scrubs it, a click on a lane selects its task; hovering asks the {@link HoverTip}.
 */
final class TimelineInput {

    private static final double DRAG_THRESHOLD = 3;
    private static final double WHEEL_ZOOM = 1.2;

    private final Region owner;
    private final Canvas canvas;
    private final TimelineViewModel viewModel;
    private final HoverTip tip;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;
    private boolean scrubbing;

    /** Input on {@code canvas} (the mouse) and {@code owner} (the keys, and the focus a press takes). */
    TimelineInput(Region owner, Canvas canvas, TimelineViewModel viewModel, HoverTip tip) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.canvas = Objects.requireNonNull(canvas, "canvas");
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.tip = Objects.requireNonNull(tip, "tip");
        handleMouse();
        handleKeys();
    }

    private void handleMouse() {
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            owner.requestFocus();
            tip.hide();
            pressX = event.getX();
            pressY = event.getY();
            lastX = pressX;
            lastY = pressY;
            dragging = false;
            scrubbing = pressY < viewModel.axisHeight() && pressX >= viewModel.plotLeft();
            if (scrubbing) {
                viewModel.setCursorAt(pressX);
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, event -> {
            if (scrubbing) {
                viewModel.setCursorAt(event.getX());
                return;
            }
            if (!dragging && Math.abs(event.getX() - pressX) + Math.abs(event.getY() - pressY) > DRAG_THRESHOLD) {
                dragging = true;
                canvas.setCursor(Cursor.CLOSED_HAND);
            }
            if (dragging) {
                viewModel.panBy(event.getX() - lastX, event.getY() - lastY);
            }
            lastX = event.getX();
            lastY = event.getY();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> {
            if (!dragging && !scrubbing) {
                viewModel.clickAt(event.getX(), event.getY());
            }
            dragging = false;
            scrubbing = false;
            canvas.setCursor(Cursor.DEFAULT);
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, event -> tip.hover(event.getX(), event.getY(),
                event.getScreenX(), event.getScreenY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, event -> tip.hide());
        canvas.addEventHandler(ScrollEvent.SCROLL, event -> {
            tip.hide();
            if (event.isShortcutDown()) {
                // A notch of the wheel (deltaY is in pixels, multiplierY pixels a notch) zooms by WHEEL_ZOOM.
                double notches = event.getDeltaY() / (event.getMultiplierY() > 0 ? event.getMultiplierY() : 40);
                viewModel.zoomAround(event.getX(), Math.pow(WHEEL_ZOOM, notches));
            } else {
                double dx = event.getDeltaX();
                double dy = event.getDeltaY();
                if (event.isShiftDown() && dx == 0) {
                    dx = dy;
                    dy = 0;
                }
                viewModel.panBy(dx, dy);
            }
            event.consume();
        });
    }

    private void handleKeys() {
        owner.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.isShortcutDown() || event.isAltDown()) {
                return;
            }
            switch (event.getCode()) {
                case PLUS, ADD, EQUALS -> viewModel.zoomIn();
                case MINUS, SUBTRACT -> viewModel.zoomOut();
                case DIGIT0, NUMPAD0 -> viewModel.fit();
                default -> {
                    return;
                }
            }
            event.consume();
        });
    }
}
