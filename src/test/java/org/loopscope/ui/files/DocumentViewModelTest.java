package org.loopscope.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopscope.ui.i18n.I18n;
import org.loopscope.ui.i18n.UiLanguage;
import org.loopscope.ui.editor.EditorViewModel;

/** The script as a document: open, save, the title, problems that never lose text, recent files, autosave. */
class DocumentViewModelTest {

    @TempDir
    Path dir;

    private final EditorViewModel editor = new EditorViewModel();
    private final List<String> reports = new ArrayList<>();
    private final I18n english = new I18n(UiLanguage.EN);
    private DocumentViewModel document;

    @BeforeEach
    void create() {
        document = new DocumentViewModel("Loopscope", editor, new ScriptFiles(), config(), english, reports::add);
    }

    private ConfigDir config() {
        return new ConfigDir(dir.resolve("config"));
    }

    @Test
    void openingShowsTheTextAndTheNameInTheTitle() throws IOException {
        Path file = Files.writeString(dir.resolve("queues.py"), "print('queues')\n");

        assertThat(document.open(file)).isTrue();

        assertThat(editor.textProperty().get()).isEqualTo("print('queues')\n");
        assertThat(document.fileProperty().get()).isEqualTo(file);
        assertThat(document.titleProperty().get()).isEqualTo("Loopscope \u2014 queues.py");
        assertThat(reports).containsExactly("Opened " + file);
    }

    @Test
    void editingPutsAStarInTheTitleAndSavingTakesItAway() throws IOException {
        Path file = Files.writeString(dir.resolve("a.py"), "x = 1\n");
        document.open(file);

        editor.edit(4, 5, "2");
        assertThat(document.isModified()).isTrue();
        assertThat(document.titleProperty().get()).isEqualTo("Loopscope \u2014 a.py *");

        assertThat(document.save()).isTrue();
        assertThat(Files.readString(file)).isEqualTo("x = 2\n");
        assertThat(document.titleProperty().get()).isEqualTo("Loopscope \u2014 a.py");
    }

    @Test
    void aNewScriptIsUntitledAndSaveNeedsAFile() throws IOException {
        document.newDocument();

        assertThat(document.titleProperty().get()).isEqualTo("Loopscope \u2014 untitled");
        assertThat(document.save()).isFalse();
        assertThat(document.suggestedFileName()).isEqualTo("main.py");

        editor.edit(0, 0, "print(1)\n");
        Path target = dir.resolve("one.py");
        assertThat(document.saveAs(target)).isTrue();
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("print(1)\n");
        assertThat(document.suggestedFileName()).isEqualTo("one.py");
    }

    @Test
    void aFileThatCannotBeOpenedKeepsTheTextAndRaisesAProblem() throws IOException {
        Path file = Files.writeString(dir.resolve("a.py"), "x = 1\n");
        document.open(file);
        editor.edit(0, 0, "# mine\n");
        Path binary = Files.write(dir.resolve("b.py"), new byte[] {1, 0, 2});

        assertThat(document.open(binary)).isFalse();

        assertThat(editor.textProperty().get()).isEqualTo("# mine\nx = 1\n");
        assertThat(document.isModified()).isTrue();
        assertThat(document.fileProperty().get()).isEqualTo(file);
        assertThat(english.text(document.problemProperty().get().summary())).isEqualTo("b.py is not a text file.");

        document.problemProperty().set(null);
        assertThat(document.open(binary)).isFalse();
        assertThat(document.problemProperty().get()).as("the same problem again shows again").isNotNull();
    }

    @Test
    void aFailedSaveKeepsTheOldFileTheTextAndTheModifiedFlag() throws IOException {
        Path file = Files.writeString(dir.resolve("a.py"), "old\n");
        DocumentViewModel failing = new DocumentViewModel("Loopscope", editor, new ScriptFiles((out, bytes) -> {
            throw new IOException("disk full");
        }), config(), english, reports::add);
        failing.open(file);
        editor.edit(0, 3, "new");

        assertThat(failing.save()).isFalse();

        assertThat(Files.readString(file)).isEqualTo("old\n");
        assertThat(editor.textProperty().get()).isEqualTo("new\n");
        assertThat(failing.isModified()).isTrue();
        assertThat(english.text(failing.problemProperty().get().summary())).isEqualTo("Could not save a.py.");
        assertThat(english.text(failing.problemProperty().get().details())).contains("disk full");
    }

    @Test
    void openedAndSavedFilesBecomeRecentAndStayRecent() throws IOException {
        Path a = Files.writeString(dir.resolve("a.py"), "a\n");
        Path b = Files.writeString(dir.resolve("b.py"), "b\n");
        document.open(a);
        document.open(b);
        document.saveAs(dir.resolve("c.py"));

        assertThat(document.recentFiles()).containsExactly(dir.resolve("c.py"), b, a);
        DocumentViewModel nextRun = new DocumentViewModel("Loopscope", new EditorViewModel(), new ScriptFiles(),
                config(), english, reports::add);
        assertThat(nextRun.recentFiles()).containsExactly(dir.resolve("c.py"), b, a);
    }

    @Test
    void unsavedTextComesBackAfterACrashAsUnsavedChangesOfItsFile() throws IOException {
        Path file = Files.writeString(dir.resolve("a.py"), "x = 1\n");
        document.startAutosave();
        document.open(file);
        editor.edit(4, 5, "42");
        document.autosaveNow();
        // No closeCleanly(): the app crashed.

        EditorViewModel nextEditor = new EditorViewModel();
        DocumentViewModel nextRun = new DocumentViewModel("Loopscope", nextEditor, new ScriptFiles(), config(),
                english, reports::add);
        Optional<Autosave.Recovery> offer = nextRun.startAutosave();
        assertThat(offer).isPresent();
        nextRun.restore(offer.get());

        assertThat(nextEditor.textProperty().get()).isEqualTo("x = 42\n");
        assertThat(nextRun.fileProperty().get()).isEqualTo(file);
        assertThat(nextRun.isModified()).isTrue();
    }

    @Test
    void savingOrClosingCleanlyLeavesNothingToRestore() throws IOException {
        Path file = Files.writeString(dir.resolve("a.py"), "x = 1\n");
        document.startAutosave();
        document.open(file);
        editor.edit(4, 5, "42");
        document.autosaveNow();
        document.save();
        assertThat(new DocumentViewModel("L", new EditorViewModel(), new ScriptFiles(), config(), english, reports::add)
                .startAutosave()).isEmpty();
    }

    @Test
    void onlyPythonFilesAreTakenFromADrop() {
        assertThat(DocumentViewModel.firstScript(List.of(Path.of("a.txt"), Path.of("b.PY"), Path.of("c.py"))))
                .contains(Path.of("b.PY"));
        assertThat(DocumentViewModel.firstScript(List.of(Path.of("a.png")))).isEmpty();
    }

    @Test
    void aFileThatIsNotUtf8CanBeOpenedInAnOfferedEncodingAndIsSavedAsUtf8() throws IOException {
        java.nio.charset.Charset big5 = java.nio.charset.Charset.forName("Big5");
        Path file = Files.write(dir.resolve("tw.py"), "print('\u4e2d\u6587')\n".getBytes(big5));
        editor.setText("kept\n");

        assertThat(document.open(file)).isFalse();
        assertThat(editor.textProperty().get()).isEqualTo("kept\n");
        assertThat(document.reopenEncodings()).contains(big5);

        assertThat(document.openAs(big5)).isTrue();
        assertThat(editor.textProperty().get()).isEqualTo("print('\u4e2d\u6587')\n");
        assertThat(document.isModified()).as("saving converts it").isTrue();
        assertThat(document.reopenEncodings()).isEmpty();
        assertThat(document.save()).isTrue();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("print('\u4e2d\u6587')\n");
    }

    @Test
    void savingIntoAReadOnlyFolderKeepsTheTextAndSaysWhy() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("readonly"));
        Path file = Files.writeString(folder.resolve("a.py"), "old\n");
        document.open(file);
        editor.edit(0, 3, "new");
        Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root writes anywhere; the refusal can only be seen as an ordinary user.
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(folder), "running as root");

            assertThat(document.save()).isFalse();

            assertThat(Files.readString(file)).isEqualTo("old\n");
            assertThat(editor.textProperty().get()).isEqualTo("new\n");
            assertThat(document.isModified()).isTrue();
            assertThat(english.text(document.problemProperty().get().details())).contains(folder.toString())
                    .contains("AccessDeniedException").contains("The text is still in the editor");
        } finally {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
