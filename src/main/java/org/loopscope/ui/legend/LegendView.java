package org.loopscope.ui.legend;

import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.loopscope.ui.StateColors;
import org.loopscope.ui.StatePatterns;

/**
 * The legend of the timeline: for each state a swatch (colour and pattern, as the timeline paints it) and its name.
 * It has no state of its own: the states and their looks are {@link StateColors}.
 */
public final class LegendView extends FlowPane {

    static final double SWATCH_WIDTH = 22;
    static final double SWATCH_HEIGHT = 12;

    /** Creates the legend, one entry per state. */
    public LegendView() {
        getStyleClass().add("legend-view");
        setHgap(14);
        setVgap(4);
        setAlignment(Pos.CENTER_LEFT);
        for (StateColors state : StateColors.values()) {
            getChildren().add(entry(state));
        }
    }

    private static HBox entry(StateColors state) {
        Canvas swatch = new Canvas(SWATCH_WIDTH, SWATCH_HEIGHT);
        StatePatterns.paint(swatch.getGraphicsContext2D(), state, 0, 0, SWATCH_WIDTH, SWATCH_HEIGHT);
        swatch.getStyleClass().add("swatch");
        Label name = new Label(state.label(), swatch);
        name.setGraphicTextGap(6);
        HBox entry = new HBox(name);
        entry.setId("legend-" + state.name());
        entry.getStyleClass().add("legend-entry");
        entry.setAlignment(Pos.CENTER_LEFT);
        Tooltip.install(entry, new Tooltip(state.label() + ": " + state.hex() + ", "
                + state.pattern().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
        return entry;
    }
}
