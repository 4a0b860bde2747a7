package org.loopscope.ui.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages the user interface speaks. Each has a locale whose resource bundle holds its texts, and a name in
 * its own script for the language menu (a person who cannot read the current language still finds their own).
 *
 * <p>Chinese is told apart by script, not by country: Taiwan, Hong Kong and Macau, and any locale that names the
 * Traditional script, get Traditional Chinese; every other Chinese locale gets Simplified Chinese. Anything else
 * gets English.
 */
public enum UiLanguage {
    EN("en", "English"),
    ZH_HANS("zh-Hans", "\u7b80\u4f53\u4e2d\u6587"),
    ZH_HANT("zh-Hant", "\u7e41\u9ad4\u4e2d\u6587");

    private final String tag;
    private final String nativeName;

    UiLanguage(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
    }

    /** Returns the BCP 47 tag, e.g. {@code zh-Hant}; it is also how settings and the command line name it. */
    public String tag() {
        return tag;
    }

    /** Returns the locale of the language's resource bundle and of its number formats. */
    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** Returns the language's name in its own script: English, 简体中文, 繁體中文. */
    public String nativeName() {
        return nativeName;
    }

    /** Returns the language for a locale: zh-TW, zh-HK, zh-MO and zh-Hant are Traditional, other zh Simplified. */
    public static UiLanguage fromLocale(Locale locale) {
        if (!"zh".equals(locale.getLanguage())) {
            return EN;
        }
        String script = locale.getScript();
        if ("Hant".equals(script)) {
            return ZH_HANT;
        }
        if ("Hans".equals(script)) {
            return ZH_HANS;
        }
        return switch (locale.getCountry()) {
            case "TW", "HK", "MO" -> ZH_HANT;
            default -> ZH_HANS;
        };
    }

    /**
     * Reads a language as a person or a settings file writes it: a tag such as {@code zh-Hant}, {@code zh_TW} or
     * {@code en}, or a constant's name such as {@code ZH_HANS}, in any case.
     *
     * @return the language ({@link #fromLocale} decides for a locale, so {@code fr} is English), or empty for a
     *         blank or malformed text
     */
    public static Optional<UiLanguage> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        for (UiLanguage language : values()) {
            if (language.name().equalsIgnoreCase(trimmed) || language.tag.equalsIgnoreCase(trimmed)) {
                return Optional.of(language);
            }
        }
        Locale locale = Locale.forLanguageTag(trimmed.replace('_', '-'));
        if (locale.getLanguage().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(fromLocale(locale));
    }
}
