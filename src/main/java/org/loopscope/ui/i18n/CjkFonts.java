package org.loopscope.ui.i18n;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.text.Font;

/**
 * The font family for the user interface in a Chinese language, chosen from the fonts the system has.
 *
 * <p>JavaFX CSS takes one family per {@code -fx-font-family}, not a list, so the fallback list is here. Without a
 * family set, the theme's font is used and JavaFX finds Chinese glyphs on its own: through fontconfig on Linux,
 * CoreText's cascade list on macOS and the registry's font links on Windows. That renders, but may pick the wrong
 * regional forms (a Japanese font for Chinese text, often on an English Windows or with Noto CJK's default) and
 * mixes fonts within a line. So for Chinese the first installed family of the language's list is set on the
 * window's root:
 * <ul>
 *   <li>macOS: PingFang SC / PingFang TC (from 10.11 on);</li>
 *   <li>Windows: Microsoft YaHei UI / Microsoft JhengHei UI (Vista on), and their non-UI variants;</li>
 *   <li>Linux: Noto Sans CJK SC / TC ({@code fonts-noto-cjk}), Source Han Sans, Noto Sans SC / TC, WenQuanYi.</li>
 * </ul>
 * If none is installed (Droid Sans Fallback alone, say), nothing is set and the system's fallback renders the
 * text. English keeps the theme's font. The code editor keeps its monospaced font in every language; Chinese in
 * strings and comments comes from the same system fallback.
 */
public final class CjkFonts {

    static final Map<UiLanguage, List<String>> PREFERRED = Map.of(
            UiLanguage.ZH_HANS, List.of("PingFang SC", "Microsoft YaHei UI", "Microsoft YaHei", "Noto Sans CJK SC",
                    "Source Han Sans SC", "Source Han Sans CN", "Noto Sans SC", "WenQuanYi Micro Hei",
                    "WenQuanYi Zen Hei"),
            UiLanguage.ZH_HANT, List.of("PingFang TC", "Microsoft JhengHei UI", "Microsoft JhengHei",
                    "Noto Sans CJK TC", "Source Han Sans TC", "Source Han Sans TW", "Noto Sans TC",
                    "WenQuanYi Micro Hei", "WenQuanYi Zen Hei"));

    private CjkFonts() {
    }

    /** Returns the family to set for a language, among the installed families; empty: keep the theme's font. */
    public static Optional<String> family(UiLanguage language, Collection<String> installed) {
        return PREFERRED.getOrDefault(language, List.of()).stream().filter(installed::contains).findFirst();
    }

    /** Returns the family to set for a language on this system; needs the JavaFX toolkit. */
    public static Optional<String> family(UiLanguage language) {
        return language == UiLanguage.EN ? Optional.empty() : family(language, Font.getFamilies());
    }
}
