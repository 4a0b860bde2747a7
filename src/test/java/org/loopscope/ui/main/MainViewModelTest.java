package org.loopscope.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopscope.session.BuildInfo;
import org.loopscope.ui.console.ConsoleViewModel;
import org.loopscope.ui.files.ConfigDir;

/** The main window's state, without a window: plain JUnit, no JavaFX toolkit. */
class MainViewModelTest {

    @TempDir
    Path dir;

    private MainViewModel viewModel;

    @BeforeEach
    void create() {
        viewModel = new MainViewModel(new BuildInfo("Loopscope", "1.2.3"), new ConfigDir(dir.resolve("config")));
    }

    @Test
    void startsWithTheExampleUnsavedAndUnmodified() {
        assertThat(viewModel.editor().textProperty().get()).contains("import asyncio", "asyncio.run(main())");
        assertThat(viewModel.document().fileProperty().get()).isNull();
        assertThat(viewModel.editor().modifiedProperty().get()).isFalse();
        assertThat(viewModel.titleProperty().get()).isEqualTo("Loopscope \u2014 untitled");
        assertThat(viewModel.caretProperty().get()).isEqualTo("Ln 1, Col 1");
        assertThat(viewModel.darkThemeProperty().get()).isFalse();
        assertThat(viewModel.fontSizeProperty().get()).isEqualTo(14);
    }

    @Test
    void fileProblemsAndMessagesGoToTheConsole() throws IOException {
        Path file = Files.writeString(dir.resolve("a.py"), "pass\n");
        viewModel.document().open(file);
        viewModel.document().open(dir.resolve("gone.py"));

        assertThat(viewModel.console().lines()).containsExactly(
                new ConsoleViewModel.Line(ConsoleViewModel.Kind.INFO, "Opened " + file),
                new ConsoleViewModel.Line(ConsoleViewModel.Kind.ERROR, "gone.py does not exist."),
                new ConsoleViewModel.Line(ConsoleViewModel.Kind.ERROR, dir.resolve("gone.py").toString()),
                new ConsoleViewModel.Line(ConsoleViewModel.Kind.ERROR, "No such file."));
    }

    @Test
    void zoomStepsThroughSizesAndStopsAtTheEnds() {
        viewModel.zoomIn();
        assertThat(viewModel.fontSizeProperty().get()).isEqualTo(16);
        for (int i = 0; i < 30; i++) {
            viewModel.zoomIn();
        }
        assertThat(viewModel.fontSizeProperty().get()).isEqualTo(48);
        viewModel.resetZoom();
        viewModel.zoomOut();
        assertThat(viewModel.fontSizeProperty().get()).isEqualTo(13);
        for (int i = 0; i < 30; i++) {
            viewModel.zoomOut();
        }
        assertThat(viewModel.fontSizeProperty().get()).isEqualTo(9);
    }

    @Test
    void themeZoomAndLayoutAreRememberedForTheNextRun() {
        viewModel.darkThemeProperty().set(true);
        viewModel.zoomIn();
        viewModel.saveSettings(5, 6, 1400, 850, false, 0.5, 0.7);

        MainViewModel next = new MainViewModel(new BuildInfo("Loopscope", "1.2.3"),
                new ConfigDir(dir.resolve("config")));

        assertThat(next.darkThemeProperty().get()).isTrue();
        assertThat(next.fontSizeProperty().get()).isEqualTo(16);
        assertThat(next.settings().width()).isEqualTo(1400);
        assertThat(next.settings().codeDivider()).isEqualTo(0.5);
    }

    @Test
    void caretFollowsTheEditor() {
        viewModel.editor().caretLineProperty().set(3);
        viewModel.editor().caretColumnProperty().set(7);
        assertThat(viewModel.caretProperty().get()).isEqualTo("Ln 3, Col 7");
    }

    @Test
    void aboutNamesTheVersion() {
        assertThat(viewModel.aboutHeader()).isEqualTo("Loopscope 1.2.3");
        assertThat(viewModel.aboutText()).contains("asyncio", "timeline");
    }
}
