package org.loopscope.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopscope.ui.i18n.UiLanguage;

/** The window settings and where they are kept. */
class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void roundTrip() {
        Settings settings = new Settings(10, 20, 1500, 900, true, 0.3, 0.6, true, 20, Optional.of(UiLanguage.ZH_HANT));
        settings.save(dir.resolve("cfg").resolve("settings.properties"));

        assertThat(Settings.load(dir.resolve("cfg").resolve("settings.properties"))).isEqualTo(settings);
    }

    @Test
    void thePanelsTabIsKept() {
        Path file = dir.resolve("s.properties");
        Settings settings = new Settings(10, 20, 1500, 900, false, 0.3, 0.6, false, 14, Optional.empty(),
                "narrationTab");
        settings.save(file);
        assertThat(Settings.load(file).panelsTab()).isEqualTo("narrationTab");
        assertThat(Settings.DEFAULTS.panelsTab()).as("the first tab").isEmpty();
    }

    @Test
    void missingOrDamagedValuesFallBackOneByOne() throws IOException {
        Path file = Files.writeString(dir.resolve("s.properties"),
                "window.width=-5\ndivider.code=3\ntheme.dark=true\neditor.fontSize=abc\nwindow.x=12\nui.language=%%\n");

        Settings settings = Settings.load(file);

        assertThat(settings.width()).isEqualTo(Settings.DEFAULTS.width());
        assertThat(settings.codeDivider()).isEqualTo(Settings.DEFAULTS.codeDivider());
        assertThat(settings.fontSize()).isEqualTo(Settings.DEFAULTS.fontSize());
        assertThat(settings.dark()).isTrue();
        assertThat(settings.x()).isEqualTo(12);
        assertThat(settings.language()).as("an unreadable language follows the system").isEmpty();
        assertThat(Settings.load(dir.resolve("none"))).isEqualTo(Settings.DEFAULTS);
    }

    @Test
    void aLanguageNotChosenIsNotWrittenAndOneChosenIsReadBackByTag() throws IOException {
        Path file = dir.resolve("s.properties");
        Settings.DEFAULTS.save(file);
        assertThat(Files.readString(file)).doesNotContain("ui.language");

        Files.writeString(file, "ui.language=zh-Hans\n");
        assertThat(Settings.load(file).language()).contains(UiLanguage.ZH_HANS);
    }

    @Test
    void theConfigFolderComesFromThePropertyThenXdgThenHome() {
        assertThat(ConfigDir.resolve("/tmp/t", Map.of("XDG_CONFIG_HOME", "/x"), "/home/me").path())
                .isEqualTo(Path.of("/tmp/t"));
        assertThat(ConfigDir.resolve(null, Map.of("XDG_CONFIG_HOME", "/x"), "/home/me").path())
                .isEqualTo(Path.of("/x/loopscope"));
        assertThat(ConfigDir.resolve("", Map.of("XDG_CONFIG_HOME", "relative"), "/home/me").path())
                .isEqualTo(Path.of("/home/me/.config/loopscope"));
    }
}
