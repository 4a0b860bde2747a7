package org.loopscope.ui.main;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.loopscope.session.BuildInfo;

/**
 * The state behind the main window: the script being edited, the file it came from, the window title, the status
 * line and the theme. It knows no JavaFX nodes, so it is tested without a screen.
 *
 * <p>Every operation reports its outcome on the status line; none throws for a file that cannot be read or
 * written.
 */
public final class MainViewModel {

    private static final String EXAMPLE_RESOURCE = "example.py";

    private final BuildInfo buildInfo;
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme", false);

    /** Starts with the built-in asyncio example, not yet saved anywhere. */
    public MainViewModel(BuildInfo buildInfo) {
        this.buildInfo = Objects.requireNonNull(buildInfo, "buildInfo");
        code.set(example());
        status.set("No run yet");
        code.addListener((observable, before, after) -> modified.set(true));
        title.bind(Bindings.createStringBinding(this::computeTitle, file, modified));
    }

    /** The script text shown in the code area; editing it marks the document modified. */
    public StringProperty codeProperty() {
        return code;
    }

    /** The file the script was opened from or saved to; {@code null} for a new script. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    /** Whether the script changed since it was opened, saved or created. */
    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    /** The window title: {@code Loopscope}, then the file name, with {@code *} when modified. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** One line saying what just happened, for the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether the dark theme is on; off by default. */
    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    /** Replaces the script with an empty one that belongs to no file. */
    public void newScript() {
        replace("", null);
        status.set("New script");
    }

    /**
     * Opens a script file.
     *
     * @return whether it was opened; if not, the script is unchanged and the status line says why
     */
    public boolean open(Path path) {
        Path absolute = path.toAbsolutePath();
        try {
            replace(Files.readString(absolute, StandardCharsets.UTF_8), absolute);
            status.set("Opened " + absolute.getFileName());
            return true;
        } catch (IOException e) {
            status.set("Couldn't open " + absolute + ": " + reason(e));
            return false;
        }
    }

    /**
     * Saves the script to its file.
     *
     * @return whether it was saved; {@code false} also when it has no file yet, for the view to ask for one
     */
    public boolean save() {
        return file.get() != null && saveAs(file.get());
    }

    /**
     * Saves the script to the given file, which becomes its file.
     *
     * @return whether it was saved; if not, the status line says why
     */
    public boolean saveAs(Path path) {
        Path absolute = path.toAbsolutePath();
        try {
            Files.writeString(absolute, code.get(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            status.set("Couldn't save " + absolute + ": " + reason(e));
            return false;
        }
        file.set(absolute);
        modified.set(false);
        status.set("Saved " + absolute.getFileName());
        return true;
    }

    /** Returns the name to offer in a save dialog: the current file's, or {@code main.py}. */
    public String suggestedFileName() {
        return Optional.ofNullable(file.get()).map(p -> p.getFileName().toString()).orElse("main.py");
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

    private void replace(String text, Path path) {
        code.set(text);
        file.set(path);
        modified.set(false);
    }

    private String computeTitle() {
        Path path = file.get();
        String name = path == null ? "" : " \u2014 " + path.getFileName();
        return buildInfo.name() + name + (modified.get() ? " *" : "");
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
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
