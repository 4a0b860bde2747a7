package org.loopscope.ui.i18n;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/**
 * Toolbar buttons and tooltips whose texts follow the window's language: each text is bound to its key in
 * {@link I18n}, so switching the language relabels them. The buttons take no keyboard focus, so the player's keys
 * (Space, arrows) keep acting on the window rather than pressing the last button clicked.
 */
public final class LocalizedControls {

    private LocalizedControls() {
    }

    /** A button with id {@code id}, labelled {@code key}, explained by {@code tooltipKey}, that runs {@code action}. */
    public static Button button(I18n i18n, String id, String key, String tooltipKey, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.bind(key));
        button.setTooltip(tooltip(i18n, tooltipKey));
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** A tooltip saying {@code key} in the window's language. */
    public static Tooltip tooltip(I18n i18n, String key) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(i18n.bind(key));
        return tooltip;
    }
}
