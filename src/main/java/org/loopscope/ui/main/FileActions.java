package org.loopscope.ui.main;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.loopscope.ui.files.Autosave;
import org.loopscope.ui.files.DocumentViewModel;
import org.loopscope.ui.i18n.I18n;
import org.loopscope.ui.i18n.Message;

/**
 * The file commands as a person meets them in menus, drops and the recent list: the questions (save changes
 * first? which file?) and then the document's operation. Every command that would drop unsaved text asks first:
 * Save, Don't Save or Cancel. The questions are asked in the window's current language.
 */
final class FileActions {

    private final DocumentViewModel document;
    private final MainView view;
    private final I18n i18n;

    FileActions(DocumentViewModel document, MainView view, I18n i18n) {
        this.document = document;
        this.view = view;
        this.i18n = i18n;
    }

    void newScript() {
        if (mayDiscard("dialog.unsaved.beforeNew")) {
            document.newDocument();
        }
    }

    void open() {
        if (!mayDiscard("dialog.unsaved.beforeOpen")) {
            return;
        }
        FileChooser chooser = chooser("dialog.open.title");
        File chosen = chooser.showOpenDialog(window());
        if (chosen != null) {
            document.open(chosen.toPath());
        }
    }

    /** Opens a given file (recent, dropped, from the command line), asking about unsaved changes first. */
    void open(Path path) {
        if (mayDiscard("dialog.unsaved.beforeOpenFile", path.getFileName())) {
            document.open(path);
        }
    }

    /** Saves, asking for a file if there is none yet; returns whether the text is now saved. */
    boolean save() {
        if (document.fileProperty().get() == null) {
            return saveAs();
        }
        return document.save();
    }

    boolean saveAs() {
        FileChooser chooser = chooser("dialog.save.title");
        chooser.setInitialFileName(document.suggestedFileName());
        File chosen = chooser.showSaveDialog(window());
        if (chosen == null) {
            return false;
        }
        Path path = chosen.toPath();
        if (!DocumentViewModel.isScript(path) && !Files.exists(path)) {
            path = path.resolveSibling(path.getFileName() + ".py");
        }
        return document.saveAs(path);
    }

    /**
     * Asks whether to save unsaved changes before doing something that drops them.
     *
     * @param questionKey the bundle key of the question; its {0} is the script's name, {1} the first of
     *                    {@code args}
     * @return whether to go on: nothing was unsaved, the user saved, or chose not to save
     */
    boolean mayDiscard(String questionKey, Object... args) {
        if (!document.isModified()) {
            return true;
        }
        ButtonType save = new ButtonType(i18n.text("dialog.button.save"), ButtonBar.ButtonData.YES);
        ButtonType dontSave = new ButtonType(i18n.text("dialog.button.dontSave"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(i18n.text("dialog.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, dontSave, cancel);
        view.style(alert);
        alert.setTitle(i18n.text("dialog.unsaved.title"));
        Object[] values = new Object[args.length + 1];
        values[0] = document.nameProperty().get();
        System.arraycopy(args, 0, values, 1, args.length);
        alert.setHeaderText(i18n.text(Message.of(questionKey, values)));
        alert.setContentText(i18n.text("dialog.unsaved.content"));
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return false;
        }
        return answer.get() == dontSave || save();
    }

    /** Offers back the text a crashed run left. */
    void offerRestore(Autosave.Recovery recovery) {
        ButtonType restore = new ButtonType(i18n.text("dialog.restore.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(i18n.text("dialog.restore.discard"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", restore, discard);
        view.style(alert);
        alert.setTitle(i18n.text("dialog.restore.title"));
        alert.setHeaderText(i18n.text("dialog.restore.header"));
        alert.setContentText(recovery.file()
                .map(path -> i18n.text("dialog.restore.content", path.getFileName().toString()))
                .orElse(i18n.text("dialog.restore.contentUntitled")));
        if (alert.showAndWait().filter(restore::equals).isPresent()) {
            document.restore(recovery);
        }
    }

    /**
     * Fills the Open Recent menu: one item per recent file, then Clear; or a disabled "No recent files". The view
     * fills it again when the list or the language changes.
     */
    void fillRecent(Menu menu) {
        List<MenuItem> items = new ArrayList<>();
        for (Path path : document.recentFiles()) {
            String folder = Optional.ofNullable(path.getParent()).map(Path::toString).orElse("");
            MenuItem item = new MenuItem(path.getFileName() + "  \u2014  " + folder);
            item.setMnemonicParsing(false);
            item.setOnAction(event -> open(path));
            items.add(item);
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem(i18n.text("menu.file.recent.none"));
            none.setDisable(true);
            items.add(none);
        } else {
            MenuItem clear = new MenuItem(i18n.text("menu.file.recent.clear"));
            clear.setOnAction(event -> document.clearRecentFiles());
            items.add(new SeparatorMenuItem());
            items.add(clear);
        }
        menu.getItems().setAll(items);
    }

    /** Lets a {@code .py} file dropped on the node be opened (after the unsaved-changes question). */
    void acceptDrops(Node target) {
        target.setOnDragOver(event -> {
            if (droppedScript(event).isPresent()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        target.setOnDragDropped(event -> {
            Optional<Path> script = droppedScript(event);
            script.ifPresent(this::open);
            event.setDropCompleted(script.isPresent());
            event.consume();
        });
    }

    private static Optional<Path> droppedScript(DragEvent event) {
        if (!event.getDragboard().hasFiles()) {
            return Optional.empty();
        }
        return DocumentViewModel.firstScript(event.getDragboard().getFiles().stream().map(File::toPath).toList());
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text(titleKey));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.text("dialog.filter.python"), "*.py"),
                new FileChooser.ExtensionFilter(i18n.text("dialog.filter.all"), "*"));
        Path current = document.fileProperty().get();
        Path folder = current != null ? current.getParent() : document.recentFiles().stream().findFirst()
                .map(Path::getParent).orElse(null);
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    private Window window() {
        return view.getScene().getWindow();
    }
}
