package org.loopscope.ui.main;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.loopscope.ui.timeline.TimelineView;

/**
 * The main window's content, laid out by {@code Main.fxml} and styled by {@code main.css}: menus, the code area,
 * the timeline and the status line. It binds to a {@link MainViewModel} and keeps no state of its own; dialogs
 * (open, save, about) are the only thing it does beyond binding.
 */
public final class MainView extends BorderPane {

    /** The window's size when it opens. */
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;
    /** Below this the timeline and the code are too cramped to read. */
    public static final double MIN_WIDTH = 800;
    public static final double MIN_HEIGHT = 500;

    private final MainViewModel viewModel;

    @FXML
    private MenuBar menuBar;
    @FXML
    private CheckMenuItem darkThemeItem;
    @FXML
    private TextArea codeArea;
    @FXML
    private TimelineView timeline;
    @FXML
    private Label statusLabel;
    @FXML
    private Label fileLabel;

    /** Loads the layout and binds it to the view-model. */
    public MainView(MainViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        FXMLLoader loader = new FXMLLoader(resource("Main.fxml"));
        loader.setRoot(this);
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load Main.fxml", e);
        }
        getStylesheets().add(resource("main.css").toExternalForm());
        bind();
    }

    /**
     * Shows a main view for the view-model in the stage, at the standard size, with the title bound to the
     * view-model's. The app and the UI tests open the window the same way through this.
     */
    public static MainView showIn(Stage stage, MainViewModel viewModel) {
        MainView view = new MainView(viewModel);
        stage.setScene(new Scene(view, WIDTH, HEIGHT));
        // A stage that was resized before (the tests reuse theirs) would otherwise keep its old size.
        stage.sizeToScene();
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.show();
        return view;
    }

    private void bind() {
        codeArea.textProperty().bindBidirectional(viewModel.codeProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        fileLabel.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.fileProperty().get() == null ? "not saved" : viewModel.fileProperty().get().toString(),
                viewModel.fileProperty()));
        darkThemeItem.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        timeline.darkProperty().bind(viewModel.darkThemeProperty());
        viewModel.darkThemeProperty().addListener((observable, before, dark) -> applyTheme(dark));
        applyTheme(viewModel.darkThemeProperty().get());
    }

    private void applyTheme(boolean dark) {
        getStyleClass().remove("dark");
        if (dark) {
            getStyleClass().add("dark");
        }
    }

    @FXML
    private void newScript() {
        viewModel.newScript();
    }

    @FXML
    private void open() {
        File chosen = fileChooser("Open a Python script").showOpenDialog(window());
        if (chosen != null) {
            viewModel.open(chosen.toPath());
        }
    }

    @FXML
    private void save() {
        if (viewModel.save()) {
            return;
        }
        if (viewModel.fileProperty().get() == null) {
            FileChooser chooser = fileChooser("Save the script");
            chooser.setInitialFileName(viewModel.suggestedFileName());
            File chosen = chooser.showSaveDialog(window());
            if (chosen != null) {
                viewModel.saveAs(chosen.toPath());
            }
        }
    }

    @FXML
    private void quit() {
        // Closing the only window ends the application (JavaFX's implicit exit), and lets tests keep the toolkit.
        window().hide();
    }

    @FXML
    private void about() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(window());
        alert.setTitle("About Loopscope");
        alert.setHeaderText(viewModel.aboutHeader());
        alert.setContentText(viewModel.aboutText());
        alert.showAndWait();
    }

    private FileChooser fileChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Python scripts", "*.py"),
                new FileChooser.ExtensionFilter("All files", "*"));
        Path current = viewModel.fileProperty().get();
        if (current != null && current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        return chooser;
    }

    private Window window() {
        return getScene().getWindow();
    }

    private static URL resource(String name) {
        return Objects.requireNonNull(MainView.class.getResource(name), () -> name + " is missing from the build");
    }
}
