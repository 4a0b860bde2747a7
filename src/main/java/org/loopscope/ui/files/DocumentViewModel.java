package org.loopscope.ui.files;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.loopscope.ui.editor.EditorViewModel;
import org.loopscope.ui.i18n.I18n;
import org.loopscope.ui.i18n.Message;

/**
 * The script as a document: which file it belongs to, whether it has unsaved changes, the recent files and the
 * autosave. New, open, save and save-as never throw: a file that cannot be read or written becomes a
 * {@link #problemProperty() problem} for the window to show, and the text in the editor is never lost.
 *
 * <p>Asking the user (which file? save changes first?) is the view's part; this class only does what was decided.
 * What it reports and the name of an untitled script are in the current language of its {@link I18n}.
 */
public final class DocumentViewModel {

    private final String appName;
    private final EditorViewModel editor;
    private final ScriptFiles files;
    private final I18n i18n;
    private final RecentFiles recent;
    private final Autosave autosave;
    private final Consumer<String> report;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name");
    private final ObjectProperty<Problem> problem = new SimpleObjectProperty<>(this, "problem");
    /** The name of a program that belongs to no file but has one (a lesson's), or null for "untitled". */
    private final ObjectProperty<String> unsavedName = new SimpleObjectProperty<>(this, "unsavedName");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ObservableList<Charset> reopenEncodings = FXCollections.observableArrayList();
    private final ObservableList<Charset> reopenEncodingsView = FXCollections.unmodifiableObservableList(
            reopenEncodings);
    /** The file refused for not being UTF-8, which {@link #openAs} reads in another encoding. */
    private Path refused;
    /** Made once: a read-only view listens weakly to its source and must live as long as its listeners. */
    private final ObservableList<Path> recentFilesView = FXCollections.unmodifiableObservableList(recentFiles);

    /**
     * @param appName the name that starts the window title
     * @param editor  the editor whose text this document is
     * @param files   reads and writes files
     * @param config  where the recent files and the autosave are kept
     * @param i18n    the language of the reports and of "untitled"
     * @param report  told one line for each thing done ("Saved a.py"), for the console, in the current language
     */
    public DocumentViewModel(String appName, EditorViewModel editor, ScriptFiles files, ConfigDir config, I18n i18n,
            Consumer<String> report) {
        this.appName = Objects.requireNonNull(appName, "appName");
        this.editor = Objects.requireNonNull(editor, "editor");
        this.files = Objects.requireNonNull(files, "files");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.recent = new RecentFiles(config.file("recent-files.txt"));
        this.autosave = new Autosave(config);
        this.report = Objects.requireNonNull(report, "report");
        recentFiles.setAll(recent.list());
        // The offer to open in another encoding belongs to the problem it answers.
        problem.addListener((observable, before, now) -> {
            if (now == null) {
                refused = null;
                reopenEncodings.clear();
            }
        });
        name.bind(Bindings.createStringBinding(() -> file.get() != null ? file.get().getFileName().toString()
                : unsavedName.get() != null ? unsavedName.get() : i18n.text("document.untitled"),
                file, unsavedName, i18n.languageProperty()));
        title.bind(Bindings.createStringBinding(
                () -> appName + " \u2014 " + name.get() + (editor.modifiedProperty().get() ? " *" : ""),
                name, editor.modifiedProperty()));
    }

    /** The file the text was opened from or saved to; {@code null} for a new script. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The file's name, or {@code untitled} in the current language. */
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    /** The window title: app name, file name, and {@code *} while there are unsaved changes. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Whether the text has changes that are not saved. */
    public boolean isModified() {
        return editor.modifiedProperty().get();
    }

    /** The last file problem, shown until dismissed ({@code null}); set it to {@code null} to dismiss. */
    public ObjectProperty<Problem> problemProperty() {
        return problem;
    }

    /** The recently opened or saved files, most recent first. */
    public ObservableList<Path> recentFiles() {
        return recentFilesView;
    }

    /** Empties the recent files list. */
    public void clearRecentFiles() {
        recent.clear();
        recentFiles.clear();
    }

    /** Starts an empty script that belongs to no file. */
    public void newDocument() {
        editor.setText("");
        file.set(null);
        unsavedName.set(null);
        report(Message.of("document.new"));
    }

    /**
     * Puts a program that is not a file (a lesson's) in the editor, unmodified and belonging to no file, so that
     * saving asks where.
     *
     * @param name what to call it until it is saved (title, status line, the save dialog's suggestion), e.g.
     *             {@code 03-tasks-and-states.py}
     */
    public void openText(String text, String name) {
        problem.set(null);
        editor.setText(text);
        file.set(null);
        unsavedName.set(name);
        report(Message.of("document.openedLesson", name));
    }

    /**
     * Opens a script.
     *
     * @return whether it was opened; if not, the editor keeps its text and {@link #problemProperty()} says why
     */
    public boolean open(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        ScriptFiles.Read read = files.read(absolute);
        if (read instanceof ScriptFiles.Failed failed) {
            fail(failed.problem());
            refused = failed.reopenAs().isEmpty() ? null : absolute;
            reopenEncodings.setAll(failed.reopenAs());
            return false;
        }
        problem.set(null);
        editor.setText(((ScriptFiles.Text) read).text());
        file.set(absolute);
        remember(absolute);
        report(Message.of("document.opened", absolute));
        return true;
    }

    /**
     * The encodings the last file refused for not being UTF-8 could be opened in (empty when there is none); the
     * window offers them next to the problem.
     */
    public ObservableList<Charset> reopenEncodings() {
        return reopenEncodingsView;
    }

    /**
     * Opens the file just refused for not being UTF-8 in one of {@link #reopenEncodings()}. The text comes in as
     * unsaved changes: saving writes it as UTF-8, which python3 reads without a declaration.
     *
     * @return whether it was opened
     */
    public boolean openAs(Charset charset) {
        Path path = refused;
        if (path == null) {
            return false;
        }
        ScriptFiles.Read read = files.readAs(path, charset);
        if (read instanceof ScriptFiles.Failed failed) {
            fail(failed.problem());
            return false;
        }
        problem.set(null);
        editor.setText(((ScriptFiles.Text) read).text());
        file.set(path);
        editor.markModified();
        remember(path);
        report(Message.of("document.openedAs", path, charset.displayName()));
        return true;
    }

    /**
     * Saves to the document's file.
     *
     * @return whether it was saved; {@code false} also when there is no file yet, for the view to ask for one
     */
    public boolean save() {
        return file.get() != null && saveAs(file.get());
    }

    /**
     * Saves to the given file, which becomes the document's file.
     *
     * @return whether it was saved; if not, the old file is intact and {@link #problemProperty()} says why
     */
    public boolean saveAs(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            files.write(absolute, editor.textProperty().get());
        } catch (IOException | RuntimeException e) {
            fail(new Problem(Message.of("file.saveFailed", absolute.getFileName()),
                    Message.of("file.saveFailed.details", absolute, e.getClass().getSimpleName() + ": "
                            + e.getMessage())));
            return false;
        }
        problem.set(null);
        file.set(absolute);
        editor.markSaved();
        autosave.discard();
        remember(absolute);
        report(Message.of("document.saved", absolute));
        return true;
    }

    /** Returns the name to offer in a save dialog. */
    public String suggestedFileName() {
        if (file.get() == null) {
            return unsavedName.get() != null ? unsavedName.get() : "main.py";
        }
        return file.get().getFileName().toString();
    }

    /** Returns whether a path names a Python script, by its extension. */
    public static boolean isScript(Path path) {
        return path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".py");
    }

    /** Returns the first Python script among dropped files, if any. */
    public static Optional<Path> firstScript(List<Path> dropped) {
        return dropped.stream().filter(DocumentViewModel::isScript).findFirst();
    }

    /**
     * Checks what the last run left behind and marks this run as running: the text to offer back if it ended
     * without closing cleanly.
     */
    public Optional<Autosave.Recovery> startAutosave() {
        return autosave.start();
    }

    /** Brings back autosaved text, as unsaved changes of the file it belonged to. */
    public void restore(Autosave.Recovery recovery) {
        unsavedName.set(null);
        editor.setText(recovery.text());
        file.set(recovery.file().orElse(null));
        editor.markModified();
        report(recovery.file().map(path -> Message.of("document.restoredOf", path))
                .orElse(Message.of("document.restored")));
    }

    /** Keeps a copy of the text while it has unsaved changes; drops the copy when it has none. */
    public void autosaveNow() {
        if (!isModified()) {
            autosave.discard();
            return;
        }
        try {
            autosave.save(editor.textProperty().get(), file.get());
        } catch (IOException e) {
            report(Message.of("document.autosaveFailed", String.valueOf(e.getMessage())));
        }
    }

    /** Records a clean exit: no autosave to offer next time. */
    public void closeCleanly() {
        autosave.closeCleanly();
    }

    private void report(Message message) {
        report.accept(i18n.text(message));
    }

    private void remember(Path path) {
        recent.add(path);
        recentFiles.setAll(recent.list());
    }

    private void fail(Problem newProblem) {
        refused = null;
        reopenEncodings.clear();
        problem.set(null);
        problem.set(newProblem);
    }
}
