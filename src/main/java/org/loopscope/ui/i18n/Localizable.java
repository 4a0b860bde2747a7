package org.loopscope.ui.i18n;

/**
 * A node that translates its own texts: one that draws them (a canvas) or builds them from data (a legend). A
 * view made by FXML cannot be given the {@link I18n} in its constructor, so {@link LocalizedFxml} hands it over
 * when it walks the loaded tree; a view made in code may be given it either way.
 *
 * <p>Until it is localized the node shows English.
 */
public interface Localizable {

    /** Takes the window's texts, and follows their language from now on. */
    void localize(I18n i18n);
}
