package org.loopscope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopscope.session.BuildInfo;
import org.loopscope.ui.files.ConfigDir;
import org.loopscope.ui.i18n.UiLanguage;
import org.loopscope.ui.main.MainViewModel;

/** What -Dloopscope.theme, -Dloopscope.lang and -Dloopscope.presenter ask for. */
class StartOptionsTest {

    @TempDir
    Path dir;

    private static Properties properties(String... pairs) {
        Properties properties = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            properties.setProperty(pairs[i], pairs[i + 1]);
        }
        return properties;
    }

    @Test
    void nothingAskedForWithoutProperties() {
        assertThat(StartOptions.from(new Properties()))
                .isEqualTo(new StartOptions(Optional.empty(), Optional.empty(), false));
    }

    @Test
    void readsThemeLanguageAndPresenterMode() {
        StartOptions options = StartOptions.from(properties(StartOptions.THEME, "Dark ",
                StartOptions.LANGUAGE, "zh-Hant", StartOptions.PRESENTER, "true"));

        assertThat(options).isEqualTo(new StartOptions(Optional.of(true), Optional.of(UiLanguage.ZH_HANT), true));
        assertThat(StartOptions.from(properties(StartOptions.LANGUAGE, "zh_CN")).language())
                .contains(UiLanguage.ZH_HANS);
    }

    @Test
    void theLanguageIsForThisRunAndNotRemembered() {
        ConfigDir config = new ConfigDir(dir.resolve("config"));
        MainViewModel viewModel = new MainViewModel(new BuildInfo("Loopscope", "t"), config);
        StartOptions.from(properties(StartOptions.LANGUAGE, "zh-Hant")).applyTo(viewModel);

        assertThat(viewModel.i18n().language()).isEqualTo(UiLanguage.ZH_HANT);
        viewModel.saveSettings(0, 0, 800, 600, false, 0.4, 0.7);
        assertThat(new MainViewModel(new BuildInfo("Loopscope", "t"), config).i18n().language())
                .isEqualTo(UiLanguage.EN);
    }
}
