package org.loopscope.ui.main;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.loopscope.ui.console.ConsoleView;
import org.loopscope.ui.editor.EditorView;
import org.loopscope.ui.files.Problem;
import org.loopscope.ui.files.Settings;
import org.loopscope.ui.legend.LegendView;
import org.loopscope.ui.timeline.TimelineView;

/**
 * The main window's content, laid out by {@code Main.fxml} and styled by AtlantaFX's Primer themes and
 * {@code main.css}: menus, toolbar, the error bar, the editor, the timeline with its legend, the console and the
 * status line. It binds to a {@link MainViewModel}; beyond binding it asks the questions (files, unsaved changes)
 * and remembers the window's layout when it closes.
 */
public final class MainView extends BorderPane {

    /** The window's size on a first run. */
    public static final double WIDTH = Settings.DEFAULTS.width();
    public static final double HEIGHT = Settings.DEFAULTS.height();
    /** Below this the timeline and the code are too cramped to read. */
    public static final double MIN_WIDTH = 800;
    public static final double MIN_HEIGHT = 500;
    /** How long after a change the unsaved text is copied to the autosave. */
    static final Duration AUTOSAVE_DELAY = Duration.seconds(3);

    private final MainViewModel viewModel;
    private final EditorView editor;
    private final FileActions files;
    private final PauseTransition autosave = new PauseTransition(AUTOSAVE_DELAY);

    @FXML
    private MenuBar menuBar;
    @FXML
    private Menu recentMenu;
    @FXML
    private CheckMenuItem darkThemeItem;
    @FXML
    private ToggleButton darkThemeButton;
    @FXML
    private HBox errorBar;
    @FXML
    private Label errorText;
    @FXML
    private Button errorDetailsButton;
    @FXML
    private SplitPane panelsSplit;
    @FXML
    private SplitPane codeSplit;
    @FXML
    private StackPane editorSlot;
    @FXML
    private TimelineView timeline;
    @FXML
    private LegendView legend;
    @FXML
    private Tab consoleTab;
    @FXML
    private Label fileLabel;
    @FXML
    private Label modifiedLabel;
    @FXML
    private Label caretLabel;

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
        editor = new EditorView(viewModel.editor());
        editorSlot.getChildren().add(editor);
        consoleTab.setContent(new ConsoleView(viewModel.console()));
        files = new FileActions(viewModel.document(), this);
        Settings settings = viewModel.settings();
        codeSplit.setDividerPositions(settings.codeDivider());
        panelsSplit.setDividerPositions(settings.panelsDivider());
        SplitPane.setResizableWithParent(consoleTab.getTabPane(), false);
        bind();
        files.acceptDrops(this);
    }

    /**
     * Shows a main view for the view-model in the stage, where and as large as the window was last time, with the
     * title bound to the view-model's and closing guarded by the unsaved-changes question. The app and the UI tests
     * open the window the same way through this.
     */
    public static MainView showIn(Stage stage, MainViewModel viewModel) {
        MainView view = new MainView(viewModel);
        Settings settings = viewModel.settings();
        stage.setScene(new Scene(view, settings.width(), settings.height()));
        // A stage that was resized before (the tests reuse theirs) would otherwise keep its old size.
        stage.sizeToScene();
        if (onSomeScreen(settings)) {
            stage.setX(settings.x());
            stage.setY(settings.y());
        }
        stage.setMaximized(settings.maximized());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setOnCloseRequest(event -> {
            if (!view.prepareToClose()) {
                event.consume();
            }
        });
        view.addZoomKeys(stage.getScene());
        stage.show();
        view.editor.codeArea().requestFocus();
        return view;
    }

    /** Ctrl+= is in the View menu; Ctrl++ (typed with Shift, or on the keypad) and keypad Ctrl+- do the same. */
    private void addZoomKeys(Scene scene) {
        for (String keys : List.of("Shortcut+Shift+EQUALS", "Shortcut+PLUS", "Shortcut+ADD")) {
            scene.getAccelerators().put(KeyCombination.keyCombination(keys), viewModel::zoomIn);
        }
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+SUBTRACT"), viewModel::zoomOut);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+NUMPAD0"), viewModel::resetZoom);
    }

    /** Returns the editor. */
    public EditorView editor() {
        return editor;
    }

    /** Opens a file as the user would: asking about unsaved changes first. */
    public void openFile(Path path) {
        files.open(path);
    }

    /** Offers back the text the last run left unsaved, if it did not close cleanly. */
    public void offerRestore() {
        viewModel.document().startAutosave().ifPresent(files::offerRestore);
    }

    /**
     * Asks about unsaved changes and, unless cancelled, remembers the layout and records a clean exit.
     *
     * @return whether the window may close
     */
    boolean prepareToClose() {
        if (!files.mayDiscard("quitting")) {
            return false;
        }
        autosave.stop();
        Stage stage = (Stage) getScene().getWindow();
        viewModel.saveSettings(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(),
                codeSplit.getDividerPositions()[0], panelsSplit.getDividerPositions()[0]);
        viewModel.document().closeCleanly();
        return true;
    }

    /** Gives a dialog this window as owner, so it takes the window's theme and font size. */
    void style(Dialog<?> dialog) {
        if (getScene() != null && getScene().getWindow() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.getDialogPane().setStyle(getStyle());
        dialog.getDialogPane().getStyleClass().add(viewModel.darkThemeProperty().get() ? "dark" : "light");
    }

    private void bind() {
        darkThemeItem.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        darkThemeButton.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        timeline.darkProperty().bind(viewModel.darkThemeProperty());
        timeline.scaleProperty().bind(viewModel.fontSizeProperty().divide(MainViewModel.DEFAULT_FONT_SIZE));
        viewModel.darkThemeProperty().addListener((observable, before, dark) -> applyTheme(dark));
        applyTheme(viewModel.darkThemeProperty().get());

        editor.fontSizeProperty().bind(viewModel.fontSizeProperty());
        styleProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, "-fx-font-size: %.1fpx;",
                viewModel.fontSizeProperty().get()), viewModel.fontSizeProperty()));

        viewModel.document().problemProperty().addListener((observable, before, problem) -> showProblem(problem));
        showProblem(viewModel.document().problemProperty().get());

        fileLabel.textProperty().bind(viewModel.document().nameProperty());
        modifiedLabel.textProperty().bind(Bindings.when(viewModel.editor().modifiedProperty())
                .then("\u25cf Modified").otherwise(""));
        caretLabel.textProperty().bind(viewModel.caretProperty());

        viewModel.document().recentFiles()
                .addListener((ListChangeListener<Path>) change -> files.fillRecent(recentMenu));
        files.fillRecent(recentMenu);

        viewModel.editor().textProperty().addListener((observable, before, after) -> {
            if (autosave.getStatus() != javafx.animation.Animation.Status.RUNNING) {
                autosave.playFromStart();
            }
        });
        autosave.setOnFinished(event -> viewModel.document().autosaveNow());
    }

    private void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        getStyleClass().removeAll("dark", "light");
        getStyleClass().add(dark ? "dark" : "light");
    }

    private void showProblem(Problem problem) {
        errorBar.setVisible(problem != null);
        errorBar.setManaged(problem != null);
        errorText.setText(problem == null ? "" : problem.summary());
    }

    private static boolean onSomeScreen(Settings settings) {
        if (Double.isNaN(settings.x()) || Double.isNaN(settings.y())) {
            return false;
        }
        // At least a corner of the title bar must be visible, or the window could not be moved back.
        Rectangle2D titleBar = new Rectangle2D(settings.x(), settings.y(), Math.min(200, settings.width()), 30);
        return !Screen.getScreensForRectangle(titleBar).isEmpty();
    }

    @FXML
    private void newScript() {
        files.newScript();
    }

    @FXML
    private void open() {
        files.open();
    }

    @FXML
    private void save() {
        files.save();
    }

    @FXML
    private void saveAs() {
        files.saveAs();
    }

    @FXML
    private void quit() {
        if (prepareToClose()) {
            // Closing the only window ends the application (JavaFX's implicit exit), and lets tests keep the toolkit.
            getScene().getWindow().hide();
        }
    }

    @FXML
    private void undo() {
        editor.codeArea().undo();
    }

    @FXML
    private void redo() {
        editor.codeArea().redo();
    }

    @FXML
    private void cut() {
        editor.codeArea().cut();
    }

    @FXML
    private void copy() {
        editor.codeArea().copy();
    }

    @FXML
    private void paste() {
        editor.codeArea().paste();
    }

    @FXML
    private void selectAll() {
        editor.codeArea().selectAll();
    }

    @FXML
    private void toggleBreakpoint() {
        viewModel.editor().toggleBreakpoint(viewModel.editor().caretLineProperty().get());
    }

    @FXML
    private void zoomIn() {
        viewModel.zoomIn();
    }

    @FXML
    private void zoomOut() {
        viewModel.zoomOut();
    }

    @FXML
    private void resetZoom() {
        viewModel.resetZoom();
    }

    @FXML
    private void showErrorDetails() {
        Problem problem = viewModel.document().problemProperty().get();
        if (problem == null) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR);
        style(alert);
        alert.setTitle("Details");
        alert.setHeaderText(problem.summary());
        alert.setContentText(problem.details());
        alert.show();
    }

    @FXML
    private void dismissError() {
        viewModel.document().problemProperty().set(null);
    }

    @FXML
    private void about() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        style(alert);
        alert.setTitle("About Loopscope");
        alert.setHeaderText(viewModel.aboutHeader());
        alert.setContentText(viewModel.aboutText());
        alert.showAndWait();
    }

    private static URL resource(String name) {
        return Objects.requireNonNull(MainView.class.getResource(name), () -> name + " is missing from the build");
    }
}
