package org.loopscope.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The font family chosen for Chinese from what is installed. */
class CjkFontsTest {

    @Test
    void thePreferredInstalledFamilyOfTheScript() {
        List<String> linux = List.of("DejaVu Sans", "Noto Sans CJK JP", "Noto Sans CJK SC", "Noto Sans CJK TC");
        assertThat(CjkFonts.family(UiLanguage.ZH_HANS, linux)).contains("Noto Sans CJK SC");
        assertThat(CjkFonts.family(UiLanguage.ZH_HANT, linux)).contains("Noto Sans CJK TC");

        List<String> windows = List.of("Segoe UI", "Microsoft YaHei", "Microsoft YaHei UI", "Microsoft JhengHei");
        assertThat(CjkFonts.family(UiLanguage.ZH_HANS, windows)).contains("Microsoft YaHei UI");
        assertThat(CjkFonts.family(UiLanguage.ZH_HANT, windows)).contains("Microsoft JhengHei");

        List<String> mac = List.of("Helvetica Neue", "PingFang SC", "PingFang TC");
        assertThat(CjkFonts.family(UiLanguage.ZH_HANT, mac)).contains("PingFang TC");
    }

    @Test
    void nothingForEnglishOrWhenOnlyTheSystemFallbackHasChinese() {
        assertThat(CjkFonts.family(UiLanguage.EN, List.of("PingFang SC", "Noto Sans CJK SC"))).isEmpty();
        assertThat(CjkFonts.family(UiLanguage.ZH_HANS, List.of("DejaVu Sans", "Droid Sans Fallback"))).isEmpty();
    }
}
