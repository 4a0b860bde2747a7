package org.loopscope.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopscope.session.BuildInfo;

/** The main window's state, without a window: plain JUnit, no JavaFX toolkit. */
class MainViewModelTest {

    @TempDir
    Path dir;

    private MainViewModel viewModel;

    @BeforeEach
    void create() {
        viewModel = new MainViewModel(new BuildInfo("Loopscope", "1.2.3"));
    }

    @Test
    void startsWithTheExampleUnsavedAndUnmodified() {
        assertThat(viewModel.codeProperty().get()).contains("import asyncio", "asyncio.run(main())");
        assertThat(viewModel.fileProperty().get()).isNull();
        assertThat(viewModel.modifiedProperty().get()).isFalse();
        assertThat(viewModel.titleProperty().get()).isEqualTo("Loopscope");
        assertThat(viewModel.statusProperty().get()).isEqualTo("No run yet");
        assertThat(viewModel.darkThemeProperty().get()).isFalse();
    }

    @Test
    void openingAFileShowsItsTextAndName() throws IOException {
        Path file = Files.writeString(dir.resolve("queues.py"), "print('queues')\n", StandardCharsets.UTF_8);

        assertThat(viewModel.open(file)).isTrue();

        assertThat(viewModel.codeProperty().get()).isEqualTo("print('queues')\n");
        assertThat(viewModel.fileProperty().get()).isEqualTo(file);
        assertThat(viewModel.titleProperty().get()).isEqualTo("Loopscope \u2014 queues.py");
        assertThat(viewModel.statusProperty().get()).isEqualTo("Opened queues.py");
    }

    @Test
    void aMissingFileLeavesTheScriptAndSaysWhy() {
        String before = viewModel.codeProperty().get();

        assertThat(viewModel.open(dir.resolve("gone.py"))).isFalse();

        assertThat(viewModel.codeProperty().get()).isEqualTo(before);
        assertThat(viewModel.fileProperty().get()).isNull();
        assertThat(viewModel.statusProperty().get()).isEqualTo("Couldn't open " + dir.resolve("gone.py")
                + ": no such file");
    }

    @Test
    void editingMarksModifiedAndSavingClearsIt() throws IOException {
        Path file = Files.writeString(dir.resolve("a.py"), "x = 1\n", StandardCharsets.UTF_8);
        viewModel.open(file);

        viewModel.codeProperty().set("x = 2\n");
        assertThat(viewModel.modifiedProperty().get()).isTrue();
        assertThat(viewModel.titleProperty().get()).isEqualTo("Loopscope \u2014 a.py *");

        assertThat(viewModel.save()).isTrue();
        assertThat(Files.readString(file)).isEqualTo("x = 2\n");
        assertThat(viewModel.modifiedProperty().get()).isFalse();
        assertThat(viewModel.titleProperty().get()).isEqualTo("Loopscope \u2014 a.py");
    }

    @Test
    void aNewScriptHasNoFileSoSaveNeedsOne() throws IOException {
        viewModel.newScript();

        assertThat(viewModel.codeProperty().get()).isEmpty();
        assertThat(viewModel.save()).isFalse();
        assertThat(viewModel.suggestedFileName()).isEqualTo("main.py");

        viewModel.codeProperty().set("print(1)\n");
        Path target = dir.resolve("one.py");
        assertThat(viewModel.saveAs(target)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("print(1)\n");
        assertThat(viewModel.fileProperty().get()).isEqualTo(target);
        assertThat(viewModel.statusProperty().get()).isEqualTo("Saved one.py");
        assertThat(viewModel.suggestedFileName()).isEqualTo("one.py");
    }

    @Test
    void savingWhereNothingCanBeWrittenSaysWhy() {
        Path impossible = dir.resolve("no-such-dir").resolve("x.py");

        assertThat(viewModel.saveAs(impossible)).isFalse();

        assertThat(viewModel.fileProperty().get()).isNull();
        assertThat(viewModel.statusProperty().get()).startsWith("Couldn't save " + impossible);
    }

    @Test
    void aboutNamesTheVersion() {
        assertThat(viewModel.aboutHeader()).isEqualTo("Loopscope 1.2.3");
        assertThat(viewModel.aboutText()).contains("asyncio", "timeline");
    }
}
