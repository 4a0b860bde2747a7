package org.loopscope.ui.i18n;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;

/**
 * The items of a language menu: one per {@link UiLanguage}, named in its own script (English, 简体中文, 繁體中文) so
 * that a person finds their language whatever the current one is, with the current one checked. Each item's id is
 * {@code language-} and the language's tag, e.g. {@code language-zh-Hant}.
 */
public final class LanguageMenu {

    private LanguageMenu() {
    }

    /**
     * Adds the items to a menu and keeps the check on the current language.
     *
     * @param menu   the menu, e.g. View → Language
     * @param i18n   whose language is checked
     * @param choose what picking an item does, e.g. switch and remember the language
     */
    public static void fill(Menu menu, I18n i18n, Consumer<UiLanguage> choose) {
        Objects.requireNonNull(choose, "choose");
        ToggleGroup group = new ToggleGroup();
        for (UiLanguage language : UiLanguage.values()) {
            RadioMenuItem item = new RadioMenuItem(language.nativeName());
            item.setId(id(language));
            item.setUserData(language);
            item.setMnemonicParsing(false);
            item.setToggleGroup(group);
            item.setSelected(language == i18n.language());
            item.setOnAction(event -> choose.accept(language));
            menu.getItems().add(item);
        }
        i18n.languageProperty().addListener((observable, before, after) -> {
            for (Toggle toggle : group.getToggles()) {
                toggle.setSelected(toggle.getUserData() == after);
            }
        });
    }

    /** Returns the id of a language's item. */
    public static String id(UiLanguage language) {
        return "language-" + language.tag();
    }
}
