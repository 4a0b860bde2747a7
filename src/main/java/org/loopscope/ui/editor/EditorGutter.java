package org.loopscope.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
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
        List<TaskMarker> markers = shownOrder(viewModel.markersOn(line));
        boolean overflow = markers.size() > MAX_DOTS;
        int shown = overflow ? MAX_DOTS - 1 : markers.size();
        for (int i = 0; i < shown; i++) {
            TaskMarker marker = markers.get(i);
            Circle dot = new Circle(marker.selected() ? dotRadius * 1.25 : dotRadius, Color.web(marker.colorHex()));
            dot.getStyleClass().add("task-marker");
            if (marker.selected()) {
                dot.getStyleClass().add("task-marker-selected");
            }
            int index = i;
            // Read when the mouse comes: the gutter is not rebuilt when only the names behind the dots changed.
            tooltipOnHover(dot, () -> {
                List<TaskMarker> now = shownOrder(viewModel.markersOn(line));
                return index < now.size() ? now.get(index).label() : marker.label();
            });
            dots.getChildren().add(dot);
        }
        if (overflow) {
            Label more = new Label("+" + (markers.size() - shown));
            more.getStyleClass().add("task-marker-more");
            tooltipOnHover(more, () -> hiddenNames(shownOrder(viewModel.markersOn(line)), shown));
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

    private String hiddenNames(List<TaskMarker> markers, int shown) {
        StringBuilder names = new StringBuilder();
        markers.subList(Math.min(shown, markers.size()), Math.min(markers.size(), shown + 20))
                .forEach(marker -> names.append(marker.label()).append('\n'));
        if (markers.size() > shown + 20) {
            names.append(i18n.text("editor.markers.more", markers.size() - shown - 20));
        }
        return names.toString().strip();
    }

    /** A line's markers in the order the gutter shows them: the selected task's first, so it is always shown. */
    private static List<TaskMarker> shownOrder(List<TaskMarker> markers) {
        List<TaskMarker> ordered = new ArrayList<>(markers);
        ordered.sort(Comparator.comparing(marker -> !marker.selected()));
        return ordered;
    }

    /**
     * What the markers look like in the gutter, line by line: the colours and rings of the dots shown and the count
     * of the rest. Two marker lists with the same look need no new gutter (the tooltips read the names when shown).
     */
    static List<List<Object>> look(List<TaskMarker> markers) {
        Map<Integer, List<TaskMarker>> byLine = new TreeMap<>();
        for (TaskMarker marker : markers) {
            byLine.computeIfAbsent(marker.line(), line -> new ArrayList<>()).add(marker);
        }
        List<List<Object>> look = new ArrayList<>();
        byLine.forEach((line, onLine) -> {
            List<TaskMarker> ordered = shownOrder(onLine);
            int shown = ordered.size() > MAX_DOTS ? MAX_DOTS - 1 : ordered.size();
            List<Object> row = new ArrayList<>();
            row.add(line);
            row.add(ordered.size());
            ordered.subList(0, shown).forEach(marker -> {
                row.add(marker.colorHex());
                row.add(marker.selected());
            });
            look.add(row);
        });
        return look;
    }

    /**
     * Installs a tooltip when the mouse first comes over {@code node}: the gutter is rebuilt whenever a marker moves,
     * and a tooltip made up front for each dot of a 10,000-task run would cost more than the rest of the rebuild.
     */
    private static void tooltipOnHover(Node node, Supplier<String> text) {
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, event -> {
            Tooltip tooltip = (Tooltip) node.getProperties().get(Tooltip.class);
            if (tooltip == null) {
                tooltip = tooltip(text.get());
                node.getProperties().put(Tooltip.class, tooltip);
                Tooltip.install(node, tooltip);
            } else {
                tooltip.setText(text.get());
            }
        });
    }

    private static Tooltip tooltip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setShowDelay(Duration.millis(200));
        return tooltip;
    }
}
