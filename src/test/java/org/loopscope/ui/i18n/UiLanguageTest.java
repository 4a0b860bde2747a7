package org.loopscope.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Which language a locale gets, how a language is written down, and that each resolves to its own bundle. */
class UiLanguageTest {

    @Test
    void chineseIsToldApartByScriptAndRegion() {
        assertThat(UiLanguage.fromLocale(Locale.forLanguageTag("zh-TW"))).isEqualTo(UiLanguage.ZH_HANT);
        assertThat(UiLanguage.fromLocale(Locale.forLanguageTag("zh-HK"))).isEqualTo(UiLanguage.ZH_HANT);
        assertThat(UiLanguage.fromLocale(Locale.forLanguageTag("zh-MO"))).isEqualTo(UiLanguage.ZH_HANT);
        assertThat(UiLanguage.fromLocale(Locale.forLanguageTag("zh-Hant"))).isEqualTo(UiLanguage.ZH_HANT);
        assertThat(UiLanguage.fromLocale(Locale.forLanguageTag("zh-Hant-CN"))).isEqualTo(UiLanguage.ZH_HANT);
        assertThat(UiLanguage.fromLocale(Locale.forLanguageTag("zh-Hans-HK"))).isEqualTo(UiLanguage.ZH_HANS);
        assertThat(UiLanguage.fromLocale(Locale.forLanguageTag("zh-CN"))).isEqualTo(UiLanguage.ZH_HANS);
        assertThat(UiLanguage.fromLocale(Locale.forLanguageTag("zh-SG"))).isEqualTo(UiLanguage.ZH_HANS);
        assertThat(UiLanguage.fromLocale(Locale.forLanguageTag("zh"))).isEqualTo(UiLanguage.ZH_HANS);
    }

    @Test
    void everyOtherLanguageIsEnglish() {
        assertThat(UiLanguage.fromLocale(Locale.US)).isEqualTo(UiLanguage.EN);
        assertThat(UiLanguage.fromLocale(Locale.JAPAN)).isEqualTo(UiLanguage.EN);
        assertThat(UiLanguage.fromLocale(Locale.ROOT)).isEqualTo(UiLanguage.EN);
    }

    @Test
    void parsesTagsUnderscoresAndNames() {
        assertThat(UiLanguage.parse("zh-Hant")).contains(UiLanguage.ZH_HANT);
        assertThat(UiLanguage.parse(" zh_TW ")).contains(UiLanguage.ZH_HANT);
        assertThat(UiLanguage.parse("ZH-HANS")).contains(UiLanguage.ZH_HANS);
        assertThat(UiLanguage.parse("zh_hant")).contains(UiLanguage.ZH_HANT);
        assertThat(UiLanguage.parse("en")).contains(UiLanguage.EN);
        assertThat(UiLanguage.parse("fr")).contains(UiLanguage.EN);
        assertThat(UiLanguage.parse("")).isEmpty();
        assertThat(UiLanguage.parse(null)).isEmpty();
        assertThat(UiLanguage.parse("!!")).isEmpty();
        for (UiLanguage language : UiLanguage.values()) {
            assertThat(UiLanguage.parse(language.tag())).contains(language);
            assertThat(UiLanguage.fromLocale(language.locale())).isEqualTo(language);
        }
    }

    @Test
    void eachLanguageFindsItsOwnBundleWhateverTheSystemLanguage() {
        Locale system = Locale.getDefault();
        try {
            for (String tag : new String[] {"zh-CN", "zh-TW", "en-US"}) {
                // The default locale is where ResourceBundle's usual fallback would go instead of the base bundle.
                Locale.setDefault(Locale.forLanguageTag(tag));
                assertThat(I18n.bundle(UiLanguage.EN).getString("menu.file")).isEqualTo("_File");
                assertThat(I18n.bundle(UiLanguage.ZH_HANS).getString("menu.file")).isEqualTo("文件(_F)");
                assertThat(I18n.bundle(UiLanguage.ZH_HANT).getString("menu.file")).isEqualTo("檔案(_F)");
            }
        } finally {
            Locale.setDefault(system);
        }
    }
}
