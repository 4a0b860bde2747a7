package org.loopscope.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** Texts in the current language, once or bound; plain JUnit, as a view-model uses them. */
class I18nTest {

    private final I18n i18n = new I18n(UiLanguage.EN);

    @Test
    void fillsPlaceholdersAndKeepsApostrophes() {
        assertThat(i18n.text("document.opened", Path.of("/tmp/a.py"))).isEqualTo("Opened /tmp/a.py");
        assertThat(i18n.text("dialog.button.dontSave")).isEqualTo("Don't Save");
        assertThat(i18n.text("status.caret", 12345, 7)).as("line numbers are not grouped").isEqualTo("Ln 12345, Col 7");
        assertThat(i18n.text("clock.readout", 1.5, 12)).isEqualTo("t = 1.500 s · iteration 12");
    }

    @Test
    void switchingTheLanguageChangesTextsAndBindings() {
        StringBinding file = i18n.bind("menu.file");
        assertThat(file.get()).isEqualTo("_File");

        i18n.languageProperty().set(UiLanguage.ZH_HANS);
        assertThat(file.get()).isEqualTo("文件(_F)");
        assertThat(i18n.text("status.caret", 3, 7)).isEqualTo("第 3 行，第 7 列");

        i18n.languageProperty().set(UiLanguage.ZH_HANT);
        assertThat(file.get()).isEqualTo("檔案(_F)");
        assertThat(i18n.text("menu.file.save")).isEqualTo("儲存(_S)");

        i18n.languageProperty().set(UiLanguage.EN);
        assertThat(file.get()).isEqualTo("_File");
    }

    @Test
    void aBindingFollowsItsObservableArguments() {
        SimpleIntegerProperty line = new SimpleIntegerProperty(1);
        StringBinding caret = i18n.bind("status.caret", line, 4);
        assertThat(caret.get()).isEqualTo("Ln 1, Col 4");

        line.set(20);
        assertThat(caret.get()).isEqualTo("Ln 20, Col 4");
    }

    @Test
    void messagesAreTranslatedWhenShownAndMayNest() {
        Message problem = Message.of("file.problem.details", "/tmp/x.py", Message.of("file.missing.details"));
        assertThat(i18n.text(problem)).isEqualTo("/tmp/x.py\nNo such file.");

        SimpleObjectProperty<Message> current = new SimpleObjectProperty<>(Message.of("file.binary", "x.py"));
        StringBinding shown = i18n.bind(current);
        assertThat(shown.get()).isEqualTo("x.py is not a text file.");
        i18n.languageProperty().set(UiLanguage.ZH_HANT);
        assertThat(shown.get()).isEqualTo("x.py 不是文字檔。");
        current.set(null);
        assertThat(shown.get()).isEmpty();
    }

    @Test
    void aMissingKeyShowsItselfAndTheLanguageIsNeverNull() {
        assertThat(i18n.text("no.such.key")).isEqualTo("!no.such.key!");
        assertThat(i18n.has("menu.file")).isTrue();
        assertThat(i18n.has("no.such.key")).isFalse();

        i18n.languageProperty().set(null);
        assertThat(i18n.language()).isEqualTo(UiLanguage.EN);
    }
}
