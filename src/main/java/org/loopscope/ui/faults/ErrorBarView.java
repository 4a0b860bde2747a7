package org.loopscope.ui.faults;

import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.loopscope.ui.i18n.I18n;

/**
 * The bar that says the app caught a fault of its own: one plain sentence, "Copy details" (the stack trace and the
 * version, for a bug report) and "Dismiss". It is not a dialog: it takes no focus and blocks nothing, and it is
 * hidden while there is no fault to show. Its tooltip names the log file.
 */
public final class ErrorBarView extends HBox {

    private final ErrorBarViewModel viewModel;

    /** A bar showing {@code viewModel}'s fault in {@code i18n}'s language. */
    public ErrorBarView(ErrorBarViewModel viewModel, I18n i18n) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        setId("faultBar");
        getStyleClass().addAll("error-bar", "fault-bar");
        Label text = new Label();
        text.setId("faultText");
        text.getStyleClass().add("error-text");
        text.setWrapText(true);
        text.textProperty().bind(i18n.bind(Bindings.createObjectBinding(viewModel::summary,
                viewModel.faultProperty(), viewModel.countProperty())));
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(i18n.bind("fault.tooltip", viewModel.logFile().toString()));
        text.setTooltip(tooltip);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(text, Priority.SOMETIMES);
        Button copy = button("faultCopyButton", i18n, "fault.copy");
        copy.setOnAction(event -> copyDetails());
        Button dismiss = button("faultDismissButton", i18n, "errorBar.dismiss");
        dismiss.setOnAction(event -> viewModel.dismiss());
        getChildren().setAll(text, spacer, copy, dismiss);
        visibleProperty().bind(viewModel.faultProperty().isNotNull());
        managedProperty().bind(visibleProperty());
    }

    /** Puts the fault's details on the clipboard. */
    void copyDetails() {
        Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, viewModel.details()));
    }

    private static Button button(String id, I18n i18n, String key) {
        Button button = new Button();
        button.setId(id);
        button.setFocusTraversable(false);
        button.textProperty().bind(i18n.bind(key));
        return button;
    }
}
