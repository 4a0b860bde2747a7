package org.loopscope.session.lessons;

import java.util.Locale;
import java.util.Optional;

/**
 * A language Loopscope's lessons (and its UI) are written in, named by its BCP 47 tag.
 *
 * <p>{@link #fromLocale(Locale)} picks the language to start in from the system locale: Traditional Chinese for
 * the Hant script and for Taiwan, Hong Kong and Macau, Simplified Chinese for any other Chinese, English otherwise.
 */
public enum Language {
    EN("en", "English"),
    ZH_HANS("zh-Hans", "简体中文"),
    ZH_HANT("zh-Hant", "繁體中文");

    private final String tag;
    private final String nativeName;

    Language(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
    }

    /** The BCP 47 tag, e.g. {@code zh-Hant}: the key of titles in the lesson index and part of text file names. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself, as a language menu shows it. */
    public String nativeName() {
        return nativeName;
    }

    /** The locale of this language, e.g. {@code zh-Hant} for {@link #ZH_HANT}. */
    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language whose tag this is, ignoring case; empty for any other tag. */
    public static Optional<Language> fromTag(String tag) {
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(tag)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The language to use for a locale. An explicit script wins ({@code zh-Hant-CN} is Traditional,
     * {@code zh-Hans-TW} Simplified); without one, Taiwan, Hong Kong and Macau read Traditional and every other
     * Chinese locale Simplified. Every non-Chinese locale, and {@code null}, gives English.
     */
    public static Language fromLocale(Locale locale) {
        if (locale == null || !"zh".equals(locale.getLanguage())) {
            return EN;
        }
        if ("Hant".equals(locale.getScript())) {
            return ZH_HANT;
        }
        if ("Hans".equals(locale.getScript())) {
            return ZH_HANS;
        }
        return switch (locale.getCountry()) {
            case "TW", "HK", "MO" -> ZH_HANT;
            default -> ZH_HANS;
        };
    }
}
