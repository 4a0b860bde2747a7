package org.loopscope.ui.main;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.loopscope.session.BuildInfo;
import org.loopscope.ui.console.ConsoleViewModel;
import org.loopscope.ui.editor.EditorViewModel;
import org.loopscope.ui.files.ConfigDir;
import org.loopscope.ui.files.DocumentViewModel;
import org.loopscope.ui.files.ScriptFiles;
import org.loopscope.ui.files.Settings;

/**
 * The state behind the main window: the editor, the document (file, recent files, autosave), the console, the
 * theme and the zoom, and the settings the window remembers. It knows no JavaFX nodes, so it is tested without a
 * screen.
 *
 * <p>It starts with a small asyncio example, not saved anywhere and not modified. File problems go to the console
 * as well as to the error bar.
 */
public final class MainViewModel {

    /** The font sizes zooming steps through, in pixels. */
    static final double[] FONT_SIZES = {9, 10, 11, 12, 13, 14, 16, 18, 20, 22, 24, 28, 32, 36, 42, 48};
    static final double DEFAULT_FONT_SIZE = 14;

    private static final String EXAMPLE_RESOURCE = "example.py";

    private final BuildInfo buildInfo;
    private final ConfigDir config;
    private final Settings settings;
    private final EditorViewModel editor = new EditorViewModel();
    private final ConsoleViewModel console = new ConsoleViewModel();
    private final DocumentViewModel document;
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme");
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize", DEFAULT_FONT_SIZE);
    private final ReadOnlyStringWrapper caret = new ReadOnlyStringWrapper(this, "caret");

    /** Starts with the example, and the theme and zoom of the last run as the config folder remembers them. */
    public MainViewModel(BuildInfo buildInfo, ConfigDir config) {
        this(buildInfo, config, new ScriptFiles());
    }

    /** As {@link #MainViewModel(BuildInfo, ConfigDir)}, reading and writing files through {@code files}. */
    public MainViewModel(BuildInfo buildInfo, ConfigDir config, ScriptFiles files) {
        this.buildInfo = Objects.requireNonNull(buildInfo, "buildInfo");
        this.config = Objects.requireNonNull(config, "config");
        this.settings = Settings.load(config.file("settings.properties"));
        this.document = new DocumentViewModel(buildInfo.name(), editor, files, config, console::info);
        document.problemProperty().addListener((observable, before, problem) -> {
            if (problem != null) {
                console.error(problem.summary() + "\n" + problem.details());
            }
        });
        editor.setText(example());
        darkTheme.set(settings.dark());
        fontSize.set(clampFontSize(settings.fontSize()));
        caret.bind(Bindings.createStringBinding(
                () -> "Ln " + editor.caretLineProperty().get() + ", Col " + editor.caretColumnProperty().get(),
                editor.caretLineProperty(), editor.caretColumnProperty()));
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

    /** The caret position for the status bar, e.g. {@code Ln 3, Col 7}. */
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

    /** Returns the settings the window opened with. */
    public Settings settings() {
        return settings;
    }

    /** Remembers the window's layout, with the current theme and zoom, for the next run. */
    public void saveSettings(double x, double y, double width, double height, boolean maximized, double codeDivider,
            double panelsDivider) {
        new Settings(x, y, width, height, maximized, codeDivider, panelsDivider, darkTheme.get(), fontSize.get())
                .save(config.file("settings.properties"));
    }

    /** Returns the heading of the About dialog: name and version. */
    public String aboutHeader() {
        return buildInfo.nameAndVersion();
    }

    /** Returns the body of the About dialog. */
    public String aboutText() {
        // One paragraph per line: the dialog wraps them to its own width.
        return "Runs Python asyncio programs on its own event loop, in virtual time, and draws every task on a"
                + " timeline.\n\nReleased under the MIT License.";
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
