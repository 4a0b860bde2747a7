package org.loopscope.ui.main;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import org.loopscope.ui.files.Problem;
import org.loopscope.ui.i18n.I18n;

/**
 * The main window's small dialogs (About, a file problem's details) and the look every dialog of the window takes:
 * the window as owner, its theme, its font size and font, its language.
 */
final class Dialogs {

    private final Node window;
    private final MainViewModel viewModel;
    private final I18n i18n;

    Dialogs(Node window, MainViewModel viewModel) {
        this.window = window;
        this.viewModel = viewModel;
        this.i18n = viewModel.i18n();
    }

    /** Gives a dialog the window as owner, so it takes the window's theme, font size and font. */
    void style(Dialog<?> dialog) {
        if (window.getScene() != null && window.getScene().getWindow() != null) {
            dialog.initOwner(window.getScene().getWindow());
        }
        dialog.getDialogPane().setStyle(window.getStyle());
        dialog.getDialogPane().getStyleClass().add(viewModel.darkThemeProperty().get() ? "dark" : "light");
    }

    /**
     * Returns an alert with one OK button in the window's language. JavaFX's own {@code ButtonType.OK} is named
     * once, in the system's language, so a Chinese window on an English system would say "OK" and vice versa.
     */
    Alert alert(Alert.AlertType type) {
        Alert alert = new Alert(type, "", new ButtonType(i18n.text("dialog.button.ok"), ButtonBar.ButtonData.OK_DONE));
        style(alert);
        return alert;
    }

    /** Shows what went wrong with a file, in full. */
    void problemDetails(Problem problem) {
        Alert alert = alert(Alert.AlertType.ERROR);
        alert.setTitle(i18n.text("dialog.details.title"));
        alert.setHeaderText(i18n.text(problem.summary()));
        alert.setContentText(i18n.text(problem.details()));
        alert.show();
    }

    /** Shows the app's name, version and what it does, and waits until it is closed. */
    void about() {
        Alert alert = alert(Alert.AlertType.INFORMATION);
        alert.setTitle(i18n.text("dialog.about.title"));
        alert.setHeaderText(viewModel.aboutHeader());
        alert.setContentText(viewModel.aboutText());
        alert.showAndWait();
    }
}
