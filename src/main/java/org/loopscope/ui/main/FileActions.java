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

/**
 * The file commands as a person meets them in menus, drops and the recent list: the questions (save changes
 * first? which file?) and then the document's operation. Every command that would drop unsaved text asks first:
 * Save, Don't Save or Cancel.
 */
final class FileActions {

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    static final ButtonType CANCEL = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);

    private final DocumentViewModel document;
    private final MainView view;

    FileActions(DocumentViewModel document, MainView view) {
        this.document = document;
        this.view = view;
    }

    void newScript() {
        if (mayDiscard("starting a new script")) {
            document.newDocument();
        }
    }

    void open() {
        if (!mayDiscard("opening another file")) {
            return;
        }
        FileChooser chooser = chooser("Open a Python script");
        File chosen = chooser.showOpenDialog(window());
        if (chosen != null) {
            document.open(chosen.toPath());
        }
    }

    /** Opens a given file (recent, dropped, from the command line), asking about unsaved changes first. */
    void open(Path path) {
        if (mayDiscard("opening " + path.getFileName())) {
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
        FileChooser chooser = chooser("Save the script");
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
     * @return whether to go on: nothing was unsaved, the user saved, or chose not to save
     */
    boolean mayDiscard(String before) {
        if (!document.isModified()) {
            return true;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", SAVE, DONT_SAVE, CANCEL);
        view.style(alert);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + document.nameProperty().get() + " before " + before + "?");
        alert.setContentText("If you don't save, your changes will be lost.");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == CANCEL) {
            return false;
        }
        return answer.get() == DONT_SAVE || save();
    }

    /** Offers back the text a crashed run left. */
    void offerRestore(Autosave.Recovery recovery) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", restore, discard);
        view.style(alert);
        alert.setTitle("Restore unsaved text");
        alert.setHeaderText("Loopscope did not close properly last time.");
        alert.setContentText("It kept the unsaved text of "
                + recovery.file().map(path -> path.getFileName().toString()).orElse("an untitled script")
                + ". Restore it?");
        if (alert.showAndWait().filter(restore::equals).isPresent()) {
            document.restore(recovery);
        }
    }

    /** Fills the Open Recent menu: one item per recent file, then Clear; or a disabled "No recent files". */
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
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            items.add(none);
        } else {
            MenuItem clear = new MenuItem("Clear Recent Files");
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

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Python scripts (*.py)", "*.py"),
                new FileChooser.ExtensionFilter("All files", "*"));
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
