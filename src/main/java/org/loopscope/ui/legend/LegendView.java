package org.loopscope.ui.legend;

import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.loopscope.ui.StateColors;
import org.loopscope.ui.StatePatterns;
import org.loopscope.ui.i18n.I18n;
import org.loopscope.ui.i18n.Localizable;
import org.loopscope.ui.i18n.Message;
import org.loopscope.ui.i18n.UiLanguage;

/**
 * The legend of the timeline: for each state a swatch (colour and pattern, as the timeline paints it) and its name.
 * It has no state of its own: the states and their looks are {@link StateColors}.
 *
 * <p>The names of task states are asyncio's own words (PENDING, RUNNING...) in every language, as a learner meets
 * them in Python; "loop blocked" is not asyncio's and is translated. Each entry's tooltip says what the state means,
 * in the current language.
 */
public final class LegendView extends FlowPane implements Localizable {

    static final double SWATCH_WIDTH = 22;
    static final double SWATCH_HEIGHT = 12;

    /** Creates the legend, one entry per state, in English until {@link #localize localized}. */
    public LegendView() {
        getStyleClass().add("legend-view");
        setHgap(14);
        setVgap(4);
        setAlignment(Pos.CENTER_LEFT);
        build(new I18n(UiLanguage.EN));
    }

    @Override
    public void localize(I18n i18n) {
        build(Objects.requireNonNull(i18n, "i18n"));
    }

    private void build(I18n i18n) {
        getChildren().clear();
        for (StateColors state : StateColors.values()) {
            getChildren().add(entry(state, i18n));
        }
    }

    private static HBox entry(StateColors state, I18n i18n) {
        Canvas swatch = new Canvas(SWATCH_WIDTH, SWATCH_HEIGHT);
        StatePatterns.paint(swatch.getGraphicsContext2D(), state, 0, 0, SWATCH_WIDTH, SWATCH_HEIGHT);
        swatch.getStyleClass().add("swatch");
        Label name = new Label(state.label(), swatch);
        if (state == StateColors.LOOP_BLOCKED) {
            name.textProperty().bind(i18n.bind("state.LOOP_BLOCKED"));
        }
        name.setGraphicTextGap(6);
        HBox entry = new HBox(name);
        entry.setId("legend-" + state.name());
        entry.getStyleClass().add("legend-entry");
        entry.setAlignment(Pos.CENTER_LEFT);
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(i18n.bind("legend.tooltip", name.textProperty(),
                Message.of("state." + state.name() + ".description"), state.hex(),
                Message.of("pattern." + state.pattern().name())));
        Tooltip.install(entry, tooltip);
        return entry;
    }
}
