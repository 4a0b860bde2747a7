package org.loopscope.ui.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * A copy of the editor's unsaved text in the config folder, so that a crash loses nothing.
 *
 * <p>{@link #start()} tells whether the last run ended without {@link #closeCleanly()} and left a copy worth
 * offering back; it then marks this run as running. {@link #save} keeps the copy up to date while the text has
 * unsaved changes, {@link #discard()} drops it when there are none.
 */
public final class Autosave {

    private static final String TEXT = "script.py";
    private static final String ABOUT = "script.properties";
    private static final String RUNNING = "running";

    /** Text saved by a run that did not close cleanly, and the file it was the unsaved text of (or none). */
    public record Recovery(String text, Optional<Path> file) {
    }

    private final Path folder;

    /** Uses the {@code autosave} folder of the config folder. */
    public Autosave(ConfigDir config) {
        this.folder = config.file("autosave");
    }

    /**
     * Checks what the last run left and marks this run as running.
     *
     * @return the text to offer back, if the last run did not close cleanly and its text differs from its file's
     */
    public Optional<Recovery> start() {
        Optional<Recovery> recovery = Optional.empty();
        if (Files.exists(folder.resolve(RUNNING))) {
            recovery = read().filter(found -> shouldOffer(found, onDisk(found.file())));
        }
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(RUNNING), ProcessHandle.current().pid() + "\n");
        } catch (IOException e) {
            // Without the mark a crash is not noticed next time; the app still works.
        }
        if (recovery.isEmpty()) {
            discard();
        }
        return recovery;
    }

    /**
     * Whether to offer a copy back: only if it holds something its file does not (a copy of a file that
     * is gone, or of a script never saved, always does).
     */
    static boolean shouldOffer(Recovery found, Optional<String> fileText) {
        if (found.file().isEmpty()) {
            return !found.text().isBlank();
        }
        return fileText.map(text -> !text.equals(found.text())).orElse(true);
    }

    /** Keeps a copy of unsaved text, and the file it belongs to. */
    public void save(String text, Path file) throws IOException {
        Files.createDirectories(folder);
        Properties about = new Properties();
        if (file != null) {
            about.setProperty("file", file.toAbsolutePath().toString());
        }
        ScriptFiles files = new ScriptFiles();
        files.write(folder.resolve(TEXT), text);
        try (OutputStream out = Files.newOutputStream(folder.resolve(ABOUT))) {
            about.store(out, "The file the autosaved text belongs to");
        }
    }

    /** Drops the copy: there is nothing unsaved. */
    public void discard() {
        try {
            Files.deleteIfExists(folder.resolve(TEXT));
            Files.deleteIfExists(folder.resolve(ABOUT));
        } catch (IOException e) {
            // A stale copy is offered at most once more, and only after a crash.
        }
    }

    /** Drops the copy and the running mark: the app ends with nothing unsaved. */
    public void closeCleanly() {
        discard();
        try {
            Files.deleteIfExists(folder.resolve(RUNNING));
        } catch (IOException e) {
            // Next start will think this run crashed, and find no copy to offer.
        }
    }

    private Optional<Recovery> read() {
        Path textFile = folder.resolve(TEXT);
        if (!Files.isRegularFile(textFile)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(textFile, StandardCharsets.UTF_8);
            Properties about = new Properties();
            Path aboutFile = folder.resolve(ABOUT);
            if (Files.isRegularFile(aboutFile)) {
                try (InputStream in = Files.newInputStream(aboutFile)) {
                    about.load(in);
                }
            }
            Optional<Path> file = Optional.ofNullable(about.getProperty("file")).map(Path::of);
            return Optional.of(new Recovery(text, file));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> onDisk(Optional<Path> file) {
        if (file.isEmpty()) {
            return Optional.empty();
        }
        return new ScriptFiles().read(file.get()) instanceof ScriptFiles.Text text
                ? Optional.of(text.text()) : Optional.empty();
    }
}
