package org.loopscope.session.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The language Loopscope starts in for a system locale, and the tags that name languages. */
class LanguageTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "zh-TW, ZH_HANT",
            "zh-HK, ZH_HANT",
            "zh-MO, ZH_HANT",
            "zh-Hant, ZH_HANT",
            "zh-Hant-CN, ZH_HANT",
            "zh-Hans-TW, ZH_HANS",
            "zh-CN, ZH_HANS",
            "zh-SG, ZH_HANS",
            "zh-Hans, ZH_HANS",
            "zh, ZH_HANS",
            "en-US, EN",
            "en, EN",
            "fr-FR, EN",
            "ja-JP, EN",
            "ko-KR, EN",
    })
    void aLocaleChoosesTheLanguage(String tag, Language expected) {
        assertThat(Language.fromLocale(Locale.forLanguageTag(tag))).isEqualTo(expected);
    }

    @Test
    void javasOwnChineseConstantsAndMissingLocalesAreUnderstood() {
        assertThat(Language.fromLocale(Locale.TRADITIONAL_CHINESE)).isEqualTo(Language.ZH_HANT);
        assertThat(Language.fromLocale(Locale.SIMPLIFIED_CHINESE)).isEqualTo(Language.ZH_HANS);
        assertThat(Language.fromLocale(Locale.CHINESE)).isEqualTo(Language.ZH_HANS);
        assertThat(Language.fromLocale(Locale.ROOT)).isEqualTo(Language.EN);
        assertThat(Language.fromLocale(null)).isEqualTo(Language.EN);
    }

    @Test
    void eachLanguageIsFoundByItsTagInAnyCaseAndItsLocaleHasTheSameTag() {
        for (Language language : Language.values()) {
            assertThat(Language.fromTag(language.tag())).contains(language);
            assertThat(Language.fromTag(language.tag().toUpperCase(Locale.ROOT))).contains(language);
            assertThat(language.locale().toLanguageTag()).isEqualTo(language.tag());
            assertThat(Language.fromLocale(language.locale())).isEqualTo(language);
        }
        assertThat(Language.fromTag("zh")).isEmpty();
        assertThat(Language.fromTag("de")).isEmpty();
    }
}
