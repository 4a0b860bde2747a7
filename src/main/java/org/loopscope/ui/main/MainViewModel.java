package org.loopscope.ui.main;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import org.loopscope.session.BuildInfo;
import org.loopscope.ui.console.ConsoleViewModel;
import org.loopscope.ui.editor.EditorViewModel;
import org.loopscope.ui.faults.ErrorBarViewModel;
import org.loopscope.ui.faults.FaultLog;
import org.loopscope.ui.files.ConfigDir;
import org.loopscope.ui.files.DocumentViewModel;
import org.loopscope.ui.files.ScriptFiles;
import org.loopscope.ui.files.Settings;
import org.loopscope.ui.i18n.I18n;
import org.loopscope.ui.i18n.UiLanguage;
import org.loopscope.ui.lessons.LessonsViewModel;
import org.loopscope.ui.predict.PredictViewModel;
import org.loopscope.ui.presenter.PresenterViewModel;
import org.loopscope.ui.run.RunViewModel;

/**
 * The state behind the main window: the editor, the document (file, recent files, autosave), the console, the
 * theme, the zoom, the language, presenter mode, the clock readout, and the settings the window remembers. It knows
 * no JavaFX nodes, so it is tested without a screen.
 *
 * <p>It starts with a small asyncio example, not saved anywhere and not modified, in the language the user chose
 * last time or else the system's. File problems go to the console as well as to the error bar.
 */
public final class MainViewModel {

    /** The font sizes zooming steps through, in pixels. */
    static final double[] FONT_SIZES = {9, 10, 11, 12, 13, 14, 16, 18, 20, 22, 24, 28, 32, 36, 42, 48};
    static final double DEFAULT_FONT_SIZE = 14;

    private static final String EXAMPLE_RESOURCE = "example.py";
    /** The name an unsaved script runs as. */
    static final String UNSAVED_NAME = "untitled.py";

    private final BuildInfo buildInfo;
    private final ConfigDir config;
    private final Settings settings;
    private final EditorViewModel editor = new EditorViewModel();
    private final ConsoleViewModel console = new ConsoleViewModel();
    private final DocumentViewModel document;
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme");
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize", DEFAULT_FONT_SIZE);
    private final ReadOnlyStringWrapper caret = new ReadOnlyStringWrapper(this, "caret");
    private final I18n i18n;
    private final PresenterViewModel presenter = new PresenterViewModel(fontSize, darkTheme);
    private final DoubleProperty clockSeconds = new SimpleDoubleProperty(this, "clockSeconds");
    private final LongProperty clockIteration = new SimpleLongProperty(this, "clockIteration");
    private final ReadOnlyStringWrapper clock = new ReadOnlyStringWrapper(this, "clock");
    private final RunViewModel run;
    private final ErrorBarViewModel faults;
    private final PredictViewModel predict;
    private final BooleanProperty lessonsShown = new SimpleBooleanProperty(this, "lessonsShown");
    /** Read from the library when first shown. */
    private LessonsViewModel lessons;
    /** The language picked in the menu, remembered; a language given for one run is not. */
    private Optional<UiLanguage> chosenLanguage;

    /**
     * Starts with the example, and the theme, zoom and language of the last run as the config folder remembers
     * them; without a remembered language, the system's display language decides.
     */
    public MainViewModel(BuildInfo buildInfo, ConfigDir config) {
        this(buildInfo, config, new ScriptFiles(), Locale.getDefault(Locale.Category.DISPLAY));
    }

    /**
     * As {@link #MainViewModel(BuildInfo, ConfigDir)}, reading and writing files through {@code files}, and with
     * {@code systemLocale} standing for the system's language.
     */
    public MainViewModel(BuildInfo buildInfo, ConfigDir config, ScriptFiles files, Locale systemLocale) {
        this.buildInfo = Objects.requireNonNull(buildInfo, "buildInfo");
        this.config = Objects.requireNonNull(config, "config");
        this.settings = Settings.load(config.file("settings.properties"));
        this.chosenLanguage = settings.language();
        this.i18n = new I18n(chosenLanguage.orElse(UiLanguage.fromLocale(systemLocale)));
        this.document = new DocumentViewModel(buildInfo.name(), editor, files, config, i18n, console::info);
        document.problemProperty().addListener((observable, before, problem) -> {
            if (problem != null) {
                console.error(i18n.text(problem.summary()) + "\n" + i18n.text(problem.details()));
            }
        });
        editor.setText(example());
        darkTheme.set(settings.dark());
        fontSize.set(clampFontSize(settings.fontSize()));
        caret.bind(i18n.bind("status.caret", editor.caretLineProperty(), editor.caretColumnProperty()));
        clock.bind(i18n.bind("clock.readout", clockSeconds, clockIteration));
        run = new RunViewModel(editor, console, clockSeconds, clockIteration, () -> i18n.language().locale(),
                Platform::runLater, java.time.Duration.ZERO);
        i18n.languageProperty().addListener((observable, before, after) -> run.languageChanged());
        predict = new PredictViewModel(run, i18n, this::runProgram);
        faults = new ErrorBarViewModel(buildInfo.nameAndVersion(), new FaultLog(config.file("logs")),
                Platform::runLater, java.time.Clock.systemUTC());
        run.setFaultBoundary(faults);
    }

    /** Returns the fault boundary and its error bar: the app's own errors, caught, logged and shown. */
    public ErrorBarViewModel faults() {
        return faults;
    }

    /** Returns the player: the run of the editor's program and the cursor in it. */
    public RunViewModel run() {
        return run;
    }

    /** Returns predict mode: which task runs next, guessed before each step. */
    public PredictViewModel predict() {
        return predict;
    }

    /** Returns the lessons browser, reading the lesson library the first time. */
    public LessonsViewModel lessons() {
        if (lessons == null) {
            lessons = new LessonsViewModel(i18n, document);
        }
        return lessons;
    }

    /** Whether the lessons panel is shown (View → Lessons; the start page when nothing else opens). */
    public BooleanProperty lessonsShownProperty() {
        return lessonsShown;
    }

    /**
     * Runs the editor's text (F5) as its file, whose absolute path tracebacks show; an unsaved script runs as
     * {@code untitled.py} in the config folder.
     */
    public void runProgram() {
        Path path = Optional.ofNullable(document.fileProperty().get()).orElse(config.file(UNSAVED_NAME));
        run.run(editor.textProperty().get(), path);
    }

    /** Returns the editor's state. */
    public EditorViewModel editor() {
        return editor;
    }

    /** Returns the document: file, saving, recent files, autosave. */
    public DocumentViewModel document() {
        return document;
    }

    /** Returns the console's lines. */
    public ConsoleViewModel console() {
        return console;
    }

    /** The window title. */
    public ReadOnlyStringProperty titleProperty() {
        return document.titleProperty();
    }

    /** The caret position for the status bar, e.g. {@code Ln 3, Col 7}, in the current language. */
    public ReadOnlyStringProperty caretProperty() {
        return caret.getReadOnlyProperty();
    }

    /** Whether the dark theme is on. */
    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    /** The editor's font size in pixels; the panels scale with it. */
    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    /** Steps the font size up, to at most 48 px. */
    public void zoomIn() {
        for (double size : FONT_SIZES) {
            if (size > fontSize.get() + 1e-9) {
                fontSize.set(size);
                return;
            }
        }
    }

    /** Steps the font size down, to at least 9 px. */
    public void zoomOut() {
        for (int i = FONT_SIZES.length - 1; i >= 0; i--) {
            if (FONT_SIZES[i] < fontSize.get() - 1e-9) {
                fontSize.set(FONT_SIZES[i]);
                return;
            }
        }
    }

    /** Back to the standard font size. */
    public void resetZoom() {
        fontSize.set(DEFAULT_FONT_SIZE);
    }

    /** Returns the texts of the window, in its current language. */
    public I18n i18n() {
        return i18n;
    }

    /** The language the window speaks now; set it for this run only (the app's {@code -Dloopscope.lang}). */
    public ObjectProperty<UiLanguage> languageProperty() {
        return i18n.languageProperty();
    }

    /** Switches the language as the View menu does: at once, and remembered for the next run. */
    public void chooseLanguage(UiLanguage language) {
        i18n.languageProperty().set(Objects.requireNonNull(language, "language"));
        chosenLanguage = Optional.of(language);
    }

    /** Returns presenter mode's state. */
    public PresenterViewModel presenter() {
        return presenter;
    }

    /** The virtual time the clock readout shows, in seconds; the player sets it as the cursor moves. */
    public DoubleProperty clockSecondsProperty() {
        return clockSeconds;
    }

    /** The loop iteration the clock readout shows; like {@link #clockSecondsProperty()}, set by the player. */
    public LongProperty clockIterationProperty() {
        return clockIteration;
    }

    /**
     * The clock readout of the toolbar, e.g. {@code t = 1.500 s · iteration 12}, in the current language; large in
     * presenter mode. It follows {@link #clockSecondsProperty()} and {@link #clockIterationProperty()}.
     */
    public ReadOnlyStringProperty clockProperty() {
        return clock.getReadOnlyProperty();
    }

    /** Returns the settings the window opened with. */
    public Settings settings() {
        return settings;
    }

    /**
     * Remembers the window's layout, with the theme, zoom and chosen language, for the next run. In presenter mode
     * it remembers the theme and zoom from before presenter mode.
     */
    public void saveSettings(double x, double y, double width, double height, boolean maximized, double codeDivider,
            double panelsDivider) {
        saveSettings(x, y, width, height, maximized, codeDivider, panelsDivider, settings.panelsTab());
    }

    /** As {@link #saveSettings(double, double, double, double, boolean, double, double)}, with the panels' tab. */
    public void saveSettings(double x, double y, double width, double height, boolean maximized, double codeDivider,
            double panelsDivider, String panelsTab) {
        new Settings(x, y, width, height, maximized, codeDivider, panelsDivider, presenter.restingDarkTheme(),
                presenter.restingFontSize(), chosenLanguage, panelsTab).save(config.file("settings.properties"));
    }

    /** Returns the heading of the About dialog: name and version. */
    public String aboutHeader() {
        return buildInfo.nameAndVersion();
    }

    /** Returns the body of the About dialog. */
    public String aboutText() {
        // One paragraph per line: the dialog wraps them to its own width.
        return i18n.text("about.text");
    }

    private static double clampFontSize(double size) {
        return Math.max(FONT_SIZES[0], Math.min(FONT_SIZES[FONT_SIZES.length - 1], size));
    }

    private static String example() {
        try (InputStream in = MainViewModel.class.getResourceAsStream(EXAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(EXAMPLE_RESOURCE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
