package org.loopscope.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopscope.session.BuildInfo;
import org.loopscope.ui.console.ConsoleViewModel;
import org.loopscope.ui.files.ConfigDir;
import org.loopscope.ui.files.ScriptFiles;
import org.loopscope.ui.i18n.UiLanguage;

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

    @Test
    void theLanguageComesFromTheSystemUntilOneIsChosenThenTheChoiceIsRemembered() {
        BuildInfo build = new BuildInfo("Loopscope", "1.2.3");
        ConfigDir config = new ConfigDir(dir.resolve("config"));
        MainViewModel taiwan = new MainViewModel(build, config, new ScriptFiles(), Locale.TAIWAN);
        assertThat(taiwan.i18n().language()).isEqualTo(UiLanguage.ZH_HANT);
        assertThat(taiwan.titleProperty().get()).isEqualTo("Loopscope \u2014 未命名");

        taiwan.chooseLanguage(UiLanguage.ZH_HANS);
        assertThat(taiwan.caretProperty().get()).isEqualTo("第 1 行，第 1 列");
        taiwan.saveSettings(5, 6, 1400, 850, false, 0.5, 0.7);

        MainViewModel next = new MainViewModel(build, config, new ScriptFiles(), Locale.US);
        assertThat(next.i18n().language()).as("the choice wins over the system").isEqualTo(UiLanguage.ZH_HANS);
    }

    @Test
    void consoleLinesAreWrittenInTheLanguageOfTheMoment() throws IOException {
        Path file = Files.writeString(dir.resolve("a.py"), "pass\n");
        viewModel.chooseLanguage(UiLanguage.ZH_HANT);
        viewModel.document().open(file);
        viewModel.document().open(dir.resolve("gone.py"));

        assertThat(viewModel.console().lines()).extracting(ConsoleViewModel.Line::text)
                .containsExactly("已開啟 " + file, "gone.py 不存在。", dir.resolve("gone.py").toString(), "沒有這個檔案。");
    }

    @Test
    void theClockReadoutShowsTimeAndIterationInTheCurrentLanguage() {
        assertThat(viewModel.clockProperty().get()).isEqualTo("t = 0.000 s · iteration 0");

        viewModel.clockSecondsProperty().set(2.5);
        viewModel.clockIterationProperty().set(17);
        assertThat(viewModel.clockProperty().get()).isEqualTo("t = 2.500 s · iteration 17");

        viewModel.chooseLanguage(UiLanguage.ZH_HANS);
        assertThat(viewModel.clockProperty().get()).isEqualTo("t = 2.500 秒 · 第 17 次迭代");
    }

    @Test
    void presenterModeIsNotRememberedAsTheZoomOrTheTheme() {
        viewModel.presenter().activeProperty().set(true);
        assertThat(viewModel.fontSizeProperty().get()).isGreaterThan(20);
        viewModel.darkThemeProperty().set(true);
        viewModel.saveSettings(5, 6, 1400, 850, false, 0.5, 0.7);

        MainViewModel next = new MainViewModel(new BuildInfo("Loopscope", "1.2.3"),
                new ConfigDir(dir.resolve("config")));
        assertThat(next.fontSizeProperty().get()).isEqualTo(14);
        assertThat(next.darkThemeProperty().get()).isFalse();
        assertThat(next.presenter().activeProperty().get()).isFalse();
    }
}
