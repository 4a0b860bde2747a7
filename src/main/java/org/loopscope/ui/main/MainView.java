package org.loopscope.ui.main;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.loopscope.ui.AppIcon;
import org.loopscope.ui.console.ConsoleView;
import org.loopscope.ui.editor.EditorView;
import org.loopscope.ui.faults.ErrorBarView;
import org.loopscope.ui.faults.UncaughtFaults;
import org.loopscope.ui.files.Settings;
import org.loopscope.ui.i18n.I18n;
import org.loopscope.ui.i18n.LanguageMenu;
import org.loopscope.ui.i18n.LocalizedFxml;
import org.loopscope.ui.legend.LegendView;
import org.loopscope.ui.presenter.PresenterMode;
import org.loopscope.ui.timeline.AxisMode;
import org.loopscope.ui.timeline.TimelineView;

/**
 * The main window's content, laid out by {@code Main.fxml} and styled by AtlantaFX's Primer themes and
 * {@code main.css}: menus, toolbar, the error bar, the editor, the timeline with its legend, the console and the
 * status line. It binds to a {@link MainViewModel}; beyond binding it asks the questions (files, unsaved changes)
 * and remembers the window's layout when it closes.
 *
 * <p>Every text follows the view-model's language (View → Language switches it at once), and presenter mode
 * (F11) is laid over it by {@link PresenterMode}. Its parts are wired by their own classes: {@link RunWiring} (the
 * player), {@link ClassroomPanels} (lessons, predict, compare), {@link ProblemBar}, {@link Appearance} (theme and
 * font), {@link PanelsLayout}, {@link AutosaveTimer} and {@link ShortcutKeys}.
 */
public final class MainView extends BorderPane {

    /** The window's size on a first run. */
    public static final double WIDTH = Settings.DEFAULTS.width();
    public static final double HEIGHT = Settings.DEFAULTS.height();
    /** Below this the timeline and the code are too cramped to read. */
    public static final double MIN_WIDTH = WindowPlacement.MIN_WIDTH;
    public static final double MIN_HEIGHT = WindowPlacement.MIN_HEIGHT;
    /** How long after a change the unsaved text is copied to the autosave. */
    static final Duration AUTOSAVE_DELAY = AutosaveTimer.DELAY;

    private final MainViewModel viewModel;
    private final EditorView editor;
    private final FileActions files;
    private final Dialogs dialogs;
    private final I18n i18n;
    private final PresenterMode presenter;
    private final PanelsLayout layout;
    private final AutosaveTimer autosave;
    private final RunWiring runWiring;
    private final ClassroomPanels classroom;
    private final ProblemBar problemBar;

    @FXML
    private MenuBar menuBar;
    @FXML
    private Menu recentMenu;
    @FXML
    private Menu languageMenu;
    @FXML
    private CheckMenuItem darkThemeItem;
    @FXML
    private CheckMenuItem presenterItem;
    @FXML
    private CheckMenuItem iterationsAxisItem;
    @FXML
    private CheckMenuItem laserItem;
    @FXML
    private ToggleButton presenterButton;
    @FXML
    private CheckMenuItem lessonsItem;
    @FXML
    private ToggleButton lessonsButton;
    @FXML
    private CheckMenuItem predictItem;
    @FXML
    private ToggleButton predictButton;
    @FXML
    private Label clockLabel;
    @FXML
    private ToggleButton darkThemeButton;
    @FXML
    private HBox errorBar;
    @FXML
    private Label errorText;
    @FXML
    private HBox errorActions;
    @FXML
    private StackPane faultSlot;
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
    private Menu runMenu;
    @FXML
    private Menu exportMenu;
    @FXML
    private HBox runControlsSlot;
    @FXML
    private Label runStatusLabel;
    @FXML
    private Label fileLabel;
    @FXML
    private Label modifiedLabel;
    @FXML
    private Label caretLabel;

    /** Loads the layout and binds it to the view-model. */
    public MainView(MainViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.i18n = viewModel.i18n();
        LocalizedFxml.load(resource("Main.fxml"), this, i18n);
        getStylesheets().add(resource("main.css").toExternalForm());
        editor = new EditorView(viewModel.editor(), i18n);
        editorSlot.getChildren().add(editor);
        consoleTab.setContent(new ConsoleView(viewModel.console(), i18n));
        files = new FileActions(viewModel.document(), this, i18n);
        dialogs = new Dialogs(this, viewModel);
        presenter = new PresenterMode(this, viewModel.presenter(), i18n, menuBar);
        presenter.addKey("F6", "keys.focus");
        presenter.focusOnEnter(timeline);
        layout = new PanelsLayout(codeSplit, panelsSplit, consoleTab.getTabPane());
        layout.restoreSplits(viewModel.settings());
        bind();
        problemBar = new ProblemBar(viewModel.document(), files, dialogs, i18n, errorBar, errorText, errorActions);
        autosave = new AutosaveTimer(viewModel.editor(), viewModel.document());
        files.acceptDrops(this);
        runWiring = new RunWiring(this, viewModel, i18n);
        runWiring.install(runControlsSlot, runMenu, exportMenu, consoleTab.getTabPane(), runStatusLabel);
        faultSlot.getChildren().add(new ErrorBarView(viewModel.faults(), i18n));
        timeline.setFaultBoundary(viewModel.faults());
        runWiring.showTimeline(timeline);
        layout.restoreTab(viewModel.settings());
        bindAxisItem();
        classroom = new ClassroomPanels(this, viewModel, files, dialogs, consoleTab.getTabPane());
        classroom.bind(lessonsItem, lessonsButton, predictItem, predictButton);
    }

    /** Shows the lessons panel as the start page: the app started with no file and nothing to restore. */
    public void showStartPage() {
        viewModel.lessonsShownProperty().set(true);
    }

    /**
     * Shows a main view for the view-model in the stage, where and as large as the window was last time, with the
     * title bound to the view-model's and closing guarded by the unsaved-changes question. The app and the UI tests
     * open the window the same way through this.
     */
    public static MainView showIn(Stage stage, MainViewModel viewModel) {
        return showIn(stage, viewModel, scene -> { });
    }

    /** As {@link #showIn(Stage, MainViewModel)}, handing the scene to {@code beforeShow} just before it shows. */
    public static MainView showIn(Stage stage, MainViewModel viewModel, Consumer<Scene> beforeShow) {
        MainView view = new MainView(viewModel);
        UncaughtFaults.install(viewModel.faults());
        Settings settings = viewModel.settings();
        stage.setScene(new Scene(view, settings.width(), settings.height()));
        // Drawn on a thread of its own: the window's first frame does not wait for the icon's pixels.
        Thread icons = new Thread(() -> {
            List<Image> images = AppIcon.images();
            Platform.runLater(() -> stage.getIcons().setAll(images));
        }, "loopscope-icon");
        icons.setDaemon(true);
        icons.start();
        WindowPlacement.restore(stage, settings);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setOnCloseRequest(event -> {
            if (!view.prepareToClose()) {
                event.consume();
            }
        });
        ShortcutKeys.install(stage.getScene(), viewModel, view.editor.codeArea(), view.timeline);
        view.runWiring.installKeys(stage.getScene());
        view.presenter.install(stage);
        beforeShow.accept(stage.getScene());
        stage.show();
        view.editor.codeArea().requestFocus();
        return view;
    }

    /** Returns the editor. */
    public EditorView editor() {
        return editor;
    }

    /** Returns the player's part of the window: controls and panels. */
    public RunWiring runWiring() {
        return runWiring;
    }

    /** Returns presenter mode's part of the window. */
    public PresenterMode presenter() {
        return presenter;
    }

    /** Opens a file as the user would: asking about unsaved changes first. */
    public void openFile(Path path) {
        files.open(path);
    }

    /**
     * Offers back the text the last run left unsaved, if it did not close cleanly.
     *
     * @return whether there was text to offer
     */
    public boolean offerRestore() {
        Optional<org.loopscope.ui.files.Autosave.Recovery> recovery = viewModel.document().startAutosave();
        recovery.ifPresent(files::offerRestore);
        return recovery.isPresent();
    }

    /**
     * Asks about unsaved changes and, unless cancelled, remembers the layout and records a clean exit.
     *
     * @return whether the window may close
     */
    boolean prepareToClose() {
        if (!files.mayDiscard("dialog.unsaved.beforeQuit")) {
            return false;
        }
        autosave.stop();
        runWiring.close();
        // In presenter mode the window fills the screen; remember where it was before.
        layout.save(viewModel, presenter.restingPlace());
        viewModel.document().closeCleanly();
        viewModel.faults().close();
        return true;
    }

    /** Gives a dialog this window as owner, so it takes the window's theme, font size and font. */
    void style(Dialog<?> dialog) {
        dialogs.style(dialog);
    }

    private void bind() {
        darkThemeItem.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        darkThemeButton.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        timeline.darkProperty().bind(viewModel.darkThemeProperty());
        timeline.fontSizeProperty().bind(viewModel.fontSizeProperty());
        timeline.highContrastProperty().bind(viewModel.presenter().activeProperty());
        Appearance.bind(this, viewModel, i18n);
        editor.fontSizeProperty().bind(viewModel.fontSizeProperty());

        fileLabel.textProperty().bind(viewModel.document().nameProperty());
        modifiedLabel.textProperty().bind(Bindings.when(viewModel.editor().modifiedProperty())
                .then(i18n.bind("status.modified")).otherwise(""));
        caretLabel.textProperty().bind(viewModel.caretProperty());
        clockLabel.textProperty().bind(viewModel.clockProperty());

        viewModel.document().recentFiles()
                .addListener((ListChangeListener<Path>) change -> files.fillRecent(recentMenu));
        files.fillRecent(recentMenu);
        i18n.languageProperty().addListener((observable, before, after) -> files.fillRecent(recentMenu));
        LanguageMenu.fill(languageMenu, i18n, viewModel::chooseLanguage);

        presenterItem.selectedProperty().bindBidirectional(viewModel.presenter().activeProperty());
        presenterButton.selectedProperty().bindBidirectional(viewModel.presenter().activeProperty());
        laserItem.selectedProperty().bindBidirectional(viewModel.presenter().laserPointerProperty());
    }

    /** View → Iterations axis and the timeline's own Time / Iterations toggle show and set the same thing. */
    private void bindAxisItem() {
        iterationsAxisItem.setSelected(timeline.axisModeProperty().get() == AxisMode.ITERATIONS);
        timeline.axisModeProperty().addListener((observable, before, mode) ->
                iterationsAxisItem.setSelected(mode == AxisMode.ITERATIONS));
        iterationsAxisItem.selectedProperty().addListener((observable, before, iterations) ->
                timeline.axisModeProperty().set(iterations ? AxisMode.ITERATIONS : AxisMode.TIME));
    }

    /** Returns the timeline. */
    public TimelineView timeline() {
        return timeline;
    }

    /** View → Compare Variants…: asks what to compare, then opens compare mode in a window of its own. */
    @FXML
    private void compare() {
        classroom.compare();
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
        problemBar.showDetails();
    }

    @FXML
    private void dismissError() {
        problemBar.dismiss();
    }

    @FXML
    private void about() {
        dialogs.about();
    }

    @FXML
    private void toggleKeyHints() {
        viewModel.presenter().keyHintsProperty().set(!viewModel.presenter().keyHintsProperty().get());
    }

    private static URL resource(String name) {
        return Objects.requireNonNull(MainView.class.getResource(name), () -> name + " is missing from the build");
    }
}
