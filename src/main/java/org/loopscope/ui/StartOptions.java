package org.loopscope.ui;

import java.util.Optional;
import java.util.Properties;
import org.loopscope.ui.i18n.UiLanguage;
import org.loopscope.ui.main.MainViewModel;

/**
 * What the system properties ask of one run of the app, over what the settings remember: for presenters,
 * screenshots and tests. None of it is remembered for the next run.
 *
 * @param dark      {@value #THEME} = {@code light} or {@code dark}: the theme; empty: the remembered one
 * @param language  {@value #LANGUAGE} = {@code en}, {@code zh-Hans}, {@code zh-Hant} (or any locale tag, as
 *                  {@link UiLanguage#parse} reads it): the language; empty: the remembered or the system's
 * @param presenter {@value #PRESENTER} = {@code true}: start in presenter mode
 */
public record StartOptions(Optional<Boolean> dark, Optional<UiLanguage> language, boolean presenter) {

    /** The system property that picks the theme. */
    public static final String THEME = "loopscope.theme";
    /** The system property that picks the language. */
    public static final String LANGUAGE = "loopscope.lang";
    /** The system property that starts presenter mode. */
    public static final String PRESENTER = "loopscope.presenter";

    /** Reads the options from system properties; absent or blank properties ask for nothing. */
    public static StartOptions from(Properties properties) {
        String theme = properties.getProperty(THEME, "").strip();
        Optional<Boolean> dark = theme.isEmpty() ? Optional.empty() : Optional.of("dark".equalsIgnoreCase(theme));
        return new StartOptions(dark, UiLanguage.parse(properties.getProperty(LANGUAGE)),
                Boolean.parseBoolean(properties.getProperty(PRESENTER, "").strip()));
    }

    /** Applies the theme and language to a view-model before its window opens. */
    public void applyTo(MainViewModel viewModel) {
        dark.ifPresent(viewModel.darkThemeProperty()::set);
        language.ifPresent(viewModel.languageProperty()::set);
    }
}
