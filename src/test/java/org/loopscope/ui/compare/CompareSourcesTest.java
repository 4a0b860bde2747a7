package org.loopscope.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.session.lessons.Language;
import org.loopscope.session.lessons.Lesson;
import org.loopscope.session.lessons.LessonLibrary;
import org.loopscope.ui.compare.CompareViewModel.Source;

/** What compare mode offers: the lessons with variants, the lesson open in the editor, files. */
class CompareSourcesTest {

    private final List<Lesson> library = LessonLibrary.load();

    @Test
    void theLessonsWithVariantsAreOfferedInCourseOrder() {
        assertThat(CompareSources.comparable(library)).extracting(Lesson::id)
                .containsExactly("blocking-vs-async-sleep", "wait-vs-gather", "nested-coroutines");
    }

    @Test
    void theLessonOpenInTheEditorIsFoundByItsProgramOrAVariant() {
        Lesson nested = CompareSources.lesson("nested-coroutines");
        String gather = nested.variant("gather").orElseThrow().source();
        assertThat(CompareSources.lessonOf(library, gather.replace("\n", "\r\n") + "\n")).contains(nested);
        assertThat(CompareSources.lessonOf(library, nested.source())).contains(nested);
        assertThat(CompareSources.lessonOf(library, "print('hello')")).isEmpty();
    }

    @Test
    void variantsKeepTheLessonsOrderAndTakeTheirTitleAndFile() {
        Lesson lesson = CompareSources.lesson("blocking-vs-async-sleep");
        List<Source> sources = CompareSources.variants(lesson, List.of("async", "blocking"), Language.ZH_HANS);
        assertThat(sources).extracting(Source::label).containsExactly(
                lesson.variant("blocking").orElseThrow().title(Language.ZH_HANS),
                lesson.variant("async").orElseThrow().title(Language.ZH_HANS));
        assertThat(sources.get(0).input().path())
                .isEqualTo("/loopscope/lessons/06-blocking-vs-async-sleep/variant-blocking.py");
        assertThat(sources.get(0).input().text()).isEqualTo(lesson.variant("blocking").orElseThrow().source());
    }

    @Test
    void aFileIsLabelledWithItsName() {
        Source source = CompareSources.file(Path.of("/tmp/slow.py"), "print(1)\n");
        assertThat(source.label()).isEqualTo("slow.py");
        assertThat(source.input().path()).isEqualTo(Path.of("/tmp/slow.py").toAbsolutePath().toString());
    }
}
