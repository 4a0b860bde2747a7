package org.loopscope.ui.main;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.layout.Region;
import org.loopscope.ui.i18n.CjkFonts;
import org.loopscope.ui.i18n.I18n;

/**
 * The main window's look as the view-model says: AtlantaFX's Primer theme, light or dark, with the matching style
 * class on the window's root; one font size for everything; and for Chinese a font family with good glyphs.
 */
final class Appearance {

    private Appearance() {
    }

    /** Keeps {@code root}'s theme and font following {@code viewModel} and the language of {@code i18n}. */
    static void bind(Region root, MainViewModel viewModel, I18n i18n) {
        viewModel.darkThemeProperty().addListener((observable, before, dark) -> applyTheme(root, dark));
        applyTheme(root, viewModel.darkThemeProperty().get());
        // The family is looked up once per language, not at every change of the size.
        StringBinding fontFamily = Bindings.createStringBinding(() -> CjkFonts.family(i18n.language())
                .map(family -> " -fx-font-family: \"" + family + "\";").orElse(""), i18n.languageProperty());
        root.styleProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT,
                "-fx-font-size: %.1fpx;", viewModel.fontSizeProperty().get()) + fontFamily.get(),
                viewModel.fontSizeProperty(), fontFamily));
    }

    private static void applyTheme(Region root, boolean dark) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        root.getStyleClass().removeAll("dark", "light");
        root.getStyleClass().add(dark ? "dark" : "light");
    }
}
