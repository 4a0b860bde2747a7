package org.loopscope.ui.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopscope.session.lessons.Language;
import org.loopscope.session.lessons.Lesson;
import org.loopscope.session.lessons.LessonLibrary;
import org.loopscope.ui.editor.EditorViewModel;
import org.loopscope.ui.files.ConfigDir;
import org.loopscope.ui.files.DocumentViewModel;
import org.loopscope.ui.files.ScriptFiles;
import org.loopscope.ui.i18n.I18n;
import org.loopscope.ui.i18n.UiLanguage;

/**
 * The lessons browser without a screen: the library in course order with variants under their lesson, titles and
 * summaries in the window's language, choosing opens the program and shows the text, and unsaved text is asked about.
 */
class LessonsViewModelTest {

    @TempDir
    Path dir;

    private final I18n i18n = new I18n(UiLanguage.EN);
    private final EditorViewModel editor = new EditorViewModel();
    private final List<Lesson> library = LessonLibrary.load();

    private DocumentViewModel document;

    private LessonsViewModel lessons() {
        document = new DocumentViewModel("Loopscope", editor, new ScriptFiles(),
                new ConfigDir(dir), i18n, line -> { });
        return new LessonsViewModel(i18n, document, () -> library);
    }

    @Test
    void everyLessonInCourseOrderFollowedByItsVariants() {
        LessonsViewModel lessons = lessons();
        List<Lesson> order = lessons.entries().stream().filter(e -> !e.isVariant())
                .map(LessonsViewModel.Entry::lesson).toList();
        assertThat(order).isEqualTo(library);
        int variants = library.stream().mapToInt(lesson -> lesson.variants().size()).sum();
        assertThat(lessons.entries()).hasSize(library.size() + variants);
        for (int i = 0; i < lessons.entries().size(); i++) {
            LessonsViewModel.Entry entry = lessons.entries().get(i);
            if (entry.isVariant()) {
                assertThat(lessons.entries().get(i - 1).lesson()).isSameAs(entry.lesson());
            }
        }
    }

    @Test
    void titlesAndSummariesFollowTheLanguage() {
        LessonsViewModel lessons = lessons();
        LessonsViewModel.Entry first = lessons.entries().get(0);
        Lesson lesson = first.lesson();
        assertThat(lessons.title(first)).startsWith("01").endsWith(lesson.title(Language.EN));
        assertThat(lessons.summary(first)).isNotBlank().doesNotContain("`", "**")
                .isSubstringOf(lesson.text(Language.EN).replace("`", "").replace("**", "").replace("\n", " "));
        i18n.languageProperty().set(UiLanguage.ZH_HANT);
        assertThat(lessons.title(first)).endsWith(lesson.title(Language.ZH_HANT));
        assertThat(lessons.summary(first)).endsWith("\u3002");
    }

    @Test
    void choosingOpensTheProgramAndShowsTheTextInTheLanguage() {
        LessonsViewModel lessons = lessons();
        LessonsViewModel.Entry variant = lessons.entries().stream().filter(LessonsViewModel.Entry::isVariant)
                .findFirst().orElseThrow();
        assertThat(lessons.choose(variant)).isTrue();
        assertThat(editor.textProperty().get()).isEqualTo(variant.variant().source());
        assertThat(editor.modifiedProperty().get()).isFalse();
        assertThat(document.nameProperty().get()).isEqualTo(variant.lesson().folder() + "-"
                + variant.variant().name() + ".py");
        assertThat(document.fileProperty().get()).isNull();
        assertThat(lessons.textProperty().get().get(0).plainText()).isEqualTo(variant.lesson().title(Language.EN));

        i18n.languageProperty().set(UiLanguage.ZH_HANS);
        assertThat(lessons.textProperty().get().get(0).plainText())
                .isEqualTo(variant.lesson().title(Language.ZH_HANS));
    }

    @Test
    void keepingUnsavedTextOpensNothing() {
        LessonsViewModel lessons = lessons();
        editor.setText("print('mine')\n");
        editor.markModified();
        lessons.setMayDiscard(() -> false);
        assertThat(lessons.choose(lessons.entries().get(2))).isFalse();
        assertThat(editor.textProperty().get()).isEqualTo("print('mine')\n");
        assertThat(lessons.chosenProperty().get()).isNull();
    }
}
