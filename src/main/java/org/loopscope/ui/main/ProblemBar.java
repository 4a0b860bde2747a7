package org.loopscope.ui.main;

import java.nio.charset.Charset;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.loopscope.ui.files.DocumentViewModel;
import org.loopscope.ui.files.Problem;
import org.loopscope.ui.i18n.I18n;

/**
 * The bar above the editor that says what went wrong with a file: it shows while the document has a problem, says
 * its summary in the window's language, and offers to open a file that is not UTF-8 in the encodings it can be read
 * in. Details and Dismiss act on the same problem.
 */
final class ProblemBar {

    private final DocumentViewModel document;
    private final FileActions files;
    private final Dialogs dialogs;
    private final I18n i18n;
    private final HBox bar;
    private final HBox actions;

    /** Binds {@code bar}, its {@code text} and its {@code actions} to the document's problem. */
    ProblemBar(DocumentViewModel document, FileActions files, Dialogs dialogs, I18n i18n, HBox bar, Label text,
            HBox actions) {
        this.document = document;
        this.files = files;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.bar = bar;
        this.actions = actions;
        document.problemProperty().addListener((observable, before, problem) -> show(problem));
        show(document.problemProperty().get());
        text.textProperty().bind(i18n.bind(Bindings.createObjectBinding(
                () -> Optional.ofNullable(document.problemProperty().get()).map(Problem::summary).orElse(null),
                document.problemProperty())));
        document.reopenEncodings().addListener((ListChangeListener<Charset>) change -> offerEncodings());
    }

    /** Shows what went wrong, in full. */
    void showDetails() {
        Optional.ofNullable(document.problemProperty().get()).ifPresent(dialogs::problemDetails);
    }

    /** Hides the bar until the next problem. */
    void dismiss() {
        document.problemProperty().set(null);
    }

    private void show(Problem problem) {
        bar.setVisible(problem != null);
        bar.setManaged(problem != null);
    }

    /** "Open as GBK", "Open as Big5"...: the encodings a file refused for not being UTF-8 can be read in. */
    private void offerEncodings() {
        actions.getChildren().clear();
        for (Charset charset : document.reopenEncodings()) {
            Button button = new Button();
            button.setId("openAs" + charset.name().replaceAll("[^A-Za-z0-9]", ""));
            button.textProperty().bind(i18n.bind("errorBar.openAs", charset.displayName()));
            button.setOnAction(event -> {
                if (files.mayDiscard("dialog.unsaved.beforeOpen")) {
                    document.openAs(charset);
                }
            });
            actions.getChildren().add(button);
        }
    }
}
