package org.loopscope.ui.editor;

import java.util.List;
import java.util.function.IntFunction;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.util.Duration;
import org.loopscope.ui.i18n.I18n;

/**
 * Draws the gutter of one line: its number (marked red, with the message as tooltip, when the error is there), the
 * breakpoint slot (a red dot when set; a click anywhere on the gutter toggles it) and one coloured dot per task on
 * the line.
 *
 * <p>Every line's gutter has the same width, or the text would not line up: the number is padded to the widest
 * number and the marker area is as wide as the line with the most markers needs, up to {@link #MAX_DOTS} dots (a
 * line with more shows the first ones and "+N").
 */
final class EditorGutter implements IntFunction<Node> {

    static final int MAX_DOTS = 5;

    private final EditorViewModel viewModel;
    private final int digits;
    private final int dotSlots;
    private final double fontSize;
    private final I18n i18n;

    EditorGutter(EditorViewModel viewModel, int lineCount, double fontSize, I18n i18n) {
        this.viewModel = viewModel;
        this.digits = Math.max(2, String.valueOf(lineCount).length());
        this.dotSlots = Math.min(MAX_DOTS, viewModel.mostMarkersOnALine());
        this.fontSize = fontSize;
        this.i18n = i18n;
    }

    /** Returns how many digits the line numbers are padded to. */
    int digits() {
        return digits;
    }

    /** Returns how many dot slots every line reserves. */
    int dotSlots() {
        return dotSlots;
    }

    @Override
    public Node apply(int paragraph) {
        int line = paragraph + 1;
        Label number = new Label(String.format("%" + digits + "d", line));
        number.getStyleClass().add("lineno");
        number.setMinWidth(Label.USE_PREF_SIZE);
        ErrorMark error = viewModel.errorProperty().get();
        if (error != null && error.line() == line) {
            number.getStyleClass().add("error");
            number.setTooltip(tooltip(error.message()));
        }

        StackPane breakpointSlot = new StackPane();
        breakpointSlot.getStyleClass().add("breakpoint-slot");
        double radius = Math.max(4, fontSize * 0.34);
        breakpointSlot.setMinWidth(radius * 2 + 6);
        breakpointSlot.setPrefWidth(radius * 2 + 6);
        if (viewModel.breakpoints().contains(line)) {
            Circle dot = new Circle(radius);
            dot.getStyleClass().add("breakpoint");
            breakpointSlot.getChildren().add(dot);
        }

        HBox dots = new HBox(2);
        dots.getStyleClass().add("task-markers");
        dots.setAlignment(Pos.CENTER_LEFT);
        double dotRadius = Math.max(3, fontSize * 0.28);
        double slotsWidth = dotSlots == 0 ? 0 : dotSlots * (dotRadius * 2 + 2) + 4;
        dots.setMinWidth(slotsWidth);
        dots.setPrefWidth(slotsWidth);
        dots.setMaxWidth(slotsWidth);
        List<TaskMarker> markers = new java.util.ArrayList<>(viewModel.markersOn(line));
        // The selected task's dot comes first, so it is shown however many share the line.
        markers.sort(java.util.Comparator.comparing(marker -> !marker.selected()));
        boolean overflow = markers.size() > MAX_DOTS;
        int shown = overflow ? MAX_DOTS - 1 : markers.size();
        for (int i = 0; i < shown; i++) {
            TaskMarker marker = markers.get(i);
            Circle dot = new Circle(marker.selected() ? dotRadius * 1.25 : dotRadius, Color.web(marker.colorHex()));
            dot.getStyleClass().add("task-marker");
            if (marker.selected()) {
                dot.getStyleClass().add("task-marker-selected");
            }
            Tooltip.install(dot, tooltip(marker.label()));
            dots.getChildren().add(dot);
        }
        if (overflow) {
            Label more = new Label("+" + (markers.size() - shown));
            more.getStyleClass().add("task-marker-more");
            StringBuilder names = new StringBuilder();
            markers.subList(shown, Math.min(markers.size(), shown + 20))
                    .forEach(marker -> names.append(marker.label()).append('\n'));
            if (markers.size() > shown + 20) {
                names.append(i18n.text("editor.markers.more", markers.size() - shown - 20));
            }
            more.setTooltip(tooltip(names.toString().strip()));
            dots.getChildren().add(more);
        }

        HBox gutter = new HBox(number, breakpointSlot, dots);
        gutter.setId("gutter-" + line);
        gutter.getStyleClass().add("gutter");
        gutter.setAlignment(Pos.CENTER_LEFT);
        // Pressing here must neither move the caret nor start a selection: the gutter is for breakpoints.
        gutter.setOnMousePressed(event -> event.consume());
        gutter.setOnMouseClicked(event -> {
            viewModel.toggleBreakpoint(line);
            event.consume();
        });
        return gutter;
    }

    private static Tooltip tooltip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setShowDelay(Duration.millis(200));
        return tooltip;
    }
}
