package org.loopscope.ui.main;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
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
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.loopscope.session.lessons.Lesson;
import org.loopscope.session.lessons.LessonLibrary;
import org.loopscope.ui.AppIcon;
import org.loopscope.ui.compare.CompareDialog;
import org.loopscope.ui.compare.CompareWindow;
import org.loopscope.ui.console.ConsoleView;
import org.loopscope.ui.editor.EditorView;
import org.loopscope.ui.faults.ErrorBarView;
import org.loopscope.ui.faults.UncaughtFaults;
import org.loopscope.ui.files.Problem;
import org.loopscope.ui.files.Settings;
import org.loopscope.ui.i18n.CjkFonts;
import org.loopscope.ui.i18n.I18n;
import org.loopscope.ui.i18n.LanguageMenu;
import org.loopscope.ui.i18n.LocalizedFxml;
import org.loopscope.ui.legend.LegendView;
import org.loopscope.ui.lessons.LessonsView;
import org.loopscope.ui.lessons.LessonsViewModel;
import org.loopscope.ui.predict.PredictView;
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
 * (F11) is laid over it by {@link PresenterMode}.
 */
public final class MainView extends BorderPane {

    /** The window's size on a first run. */
    public static final double WIDTH = Settings.DEFAULTS.width();
    public static final double HEIGHT = Settings.DEFAULTS.height();
    /** Below this the timeline and the code are too cramped to read. */
    public static final double MIN_WIDTH = WindowPlacement.MIN_WIDTH;
    public static final double MIN_HEIGHT = WindowPlacement.MIN_HEIGHT;
    /** How long after a change the unsaved text is copied to the autosave. */
    static final Duration AUTOSAVE_DELAY = Duration.seconds(3);

    private final MainViewModel viewModel;
    private final EditorView editor;
    private final FileActions files;
    private final Dialogs dialogs;
    private final I18n i18n;
    private final PresenterMode presenter;
    private final PauseTransition autosave = new PauseTransition(AUTOSAVE_DELAY);
    private final RunWiring runWiring;

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
    private LessonsView lessonsView;
    private Tab predictTab;
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
        Settings settings = viewModel.settings();
        codeSplit.setDividerPositions(settings.codeDivider());
        panelsSplit.setDividerPositions(settings.panelsDivider());
        SplitPane.setResizableWithParent(consoleTab.getTabPane(), false);
        bind();
        files.acceptDrops(this);
        runWiring = new RunWiring(this, viewModel, i18n);
        runWiring.install(runControlsSlot, runMenu, exportMenu, consoleTab.getTabPane(), runStatusLabel);
        faultSlot.getChildren().add(new ErrorBarView(viewModel.faults(), i18n));
        timeline.setFaultBoundary(viewModel.faults());
        runWiring.showTimeline(timeline);
        consoleTab.getTabPane().getTabs().stream().filter(tab -> settings.panelsTab().equals(tab.getId()))
                .findFirst().ifPresent(tab -> consoleTab.getTabPane().getSelectionModel().select(tab));
        bindAxisItem();
        bindClassroom();
    }

    /** The lessons panel at the left (View → Lessons) and predict mode's tab among the panels. */
    private void bindClassroom() {
        lessonsItem.selectedProperty().bindBidirectional(viewModel.lessonsShownProperty());
        lessonsButton.selectedProperty().bindBidirectional(viewModel.lessonsShownProperty());
        viewModel.lessonsShownProperty().addListener((observable, before, shown) -> showLessonsPanel(shown));
        showLessonsPanel(viewModel.lessonsShownProperty().get());
        predictItem.selectedProperty().bindBidirectional(viewModel.predict().activeProperty());
        predictButton.selectedProperty().bindBidirectional(viewModel.predict().activeProperty());
        viewModel.predict().activeProperty().addListener((observable, before, on) -> showPredictTab(on));
    }

    private void showLessonsPanel(boolean shown) {
        if (shown && lessonsView == null) {
            viewModel.lessons().setMayDiscard(() -> files.mayDiscard("dialog.unsaved.beforeLesson"));
            lessonsView = new LessonsView(viewModel.lessons(), i18n);
        }
        setLeft(shown ? lessonsView : null);
    }

    private void showPredictTab(boolean on) {
        TabPane tabs = consoleTab.getTabPane();
        if (on) {
            if (predictTab == null) {
                predictTab = new Tab();
                predictTab.setId("predictTab");
                predictTab.textProperty().bind(i18n.bind("panels.predict"));
                predictTab.setContent(new PredictView(viewModel.predict(), i18n));
            }
            if (!tabs.getTabs().contains(predictTab)) {
                tabs.getTabs().add(predictTab);
            }
            tabs.getSelectionModel().select(predictTab);
        } else if (predictTab != null) {
            tabs.getTabs().remove(predictTab);
        }
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
        stage.getIcons().setAll(AppIcon.images());
        WindowPlacement.restore(stage, settings);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setOnCloseRequest(event -> {
            if (!view.prepareToClose()) {
                event.consume();
            }
        });
        view.addZoomKeys(stage.getScene());
        view.runWiring.installKeys(stage.getScene());
        view.presenter.install(stage);
        beforeShow.accept(stage.getScene());
        stage.show();
        view.editor.codeArea().requestFocus();
        return view;
    }

    /**
     * Ctrl+= is in the View menu; Ctrl++ (typed with Shift, or on the keypad) and keypad Ctrl+- do the same. F6
     * moves the keyboard focus between the code and the timeline, so the keys that act outside the editor (the
     * presenter's L and ?) are in reach without a mouse.
     */
    private void addZoomKeys(Scene scene) {
        for (String keys : List.of("Shortcut+Shift+EQUALS", "Shortcut+PLUS", "Shortcut+ADD")) {
            scene.getAccelerators().put(KeyCombination.keyCombination(keys), viewModel::zoomIn);
        }
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+SUBTRACT"), viewModel::zoomOut);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+NUMPAD0"), viewModel::resetZoom);
        scene.getAccelerators().put(KeyCombination.keyCombination("F6"), this::switchFocus);
    }

    private void switchFocus() {
        if (editor.codeArea().isFocused()) {
            timeline.requestFocus();
        } else {
            editor.codeArea().requestFocus();
        }
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
        PresenterMode.WindowPlace place = presenter.restingPlace();
        viewModel.saveSettings(place.x(), place.y(), place.width(), place.height(), place.maximized(),
                codeSplit.getDividerPositions()[0], panelsSplit.getDividerPositions()[0], selectedPanelTab());
        viewModel.document().closeCleanly();
        viewModel.faults().close();
        return true;
    }

    private String selectedPanelTab() {
        Tab tab = consoleTab.getTabPane().getSelectionModel().getSelectedItem();
        return tab == null || tab.getId() == null ? "" : tab.getId();
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
        viewModel.darkThemeProperty().addListener((observable, before, dark) -> applyTheme(dark));
        applyTheme(viewModel.darkThemeProperty().get());

        editor.fontSizeProperty().bind(viewModel.fontSizeProperty());
        // One font size for everything; for Chinese a family with good glyphs, looked up once per language.
        StringBinding fontFamily = Bindings.createStringBinding(() -> CjkFonts.family(i18n.language())
                .map(family -> " -fx-font-family: \"" + family + "\";").orElse(""), i18n.languageProperty());
        styleProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, "-fx-font-size: %.1fpx;",
                viewModel.fontSizeProperty().get()) + fontFamily.get(), viewModel.fontSizeProperty(), fontFamily));

        viewModel.document().problemProperty().addListener((observable, before, problem) -> showProblem(problem));
        showProblem(viewModel.document().problemProperty().get());
        errorText.textProperty().bind(i18n.bind(Bindings.createObjectBinding(
                () -> Optional.ofNullable(viewModel.document().problemProperty().get()).map(Problem::summary)
                        .orElse(null), viewModel.document().problemProperty())));

        viewModel.document().reopenEncodings()
                .addListener((ListChangeListener<java.nio.charset.Charset>) change -> offerEncodings());

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

        viewModel.editor().textProperty().addListener((observable, before, after) -> {
            if (autosave.getStatus() != javafx.animation.Animation.Status.RUNNING) {
                autosave.playFromStart();
            }
        });
        autosave.setOnFinished(event -> viewModel.document().autosaveNow());
    }

    /** "Open as GBK", "Open as Big5"...: the encodings a file refused for not being UTF-8 can be read in. */
    private void offerEncodings() {
        errorActions.getChildren().clear();
        for (java.nio.charset.Charset charset : viewModel.document().reopenEncodings()) {
            javafx.scene.control.Button button = new javafx.scene.control.Button();
            button.setId("openAs" + charset.name().replaceAll("[^A-Za-z0-9]", ""));
            button.textProperty().bind(i18n.bind("errorBar.openAs", charset.displayName()));
            button.setOnAction(event -> {
                if (files.mayDiscard("dialog.unsaved.beforeOpen")) {
                    viewModel.document().openAs(charset);
                }
            });
            errorActions.getChildren().add(button);
        }
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

    private void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        getStyleClass().removeAll("dark", "light");
        getStyleClass().add(dark ? "dark" : "light");
    }

    private void showProblem(Problem problem) {
        errorBar.setVisible(problem != null);
        errorBar.setManaged(problem != null);
    }

    /** View → Compare Variants…: asks what to compare, then opens compare mode in a window of its own. */
    @FXML
    private void compare() {
        Optional<Lesson> lastOpened = Optional.ofNullable(viewModel.lessons().chosenProperty().get())
                .map(LessonsViewModel.Entry::lesson);
        CompareDialog dialog = new CompareDialog(LessonLibrary.load(), viewModel.editor().textProperty().get(),
                lastOpened, i18n);
        dialogs.style(dialog);
        dialog.showAndWait().filter(sources -> sources.size() >= 2).ifPresent(sources -> CompareWindow.open(
                getScene().getWindow(), sources, i18n, viewModel.fontSizeProperty(), styleProperty(),
                viewModel.darkThemeProperty()));
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
        Optional.ofNullable(viewModel.document().problemProperty().get()).ifPresent(dialogs::problemDetails);
    }

    @FXML
    private void dismissError() {
        viewModel.document().problemProperty().set(null);
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
