package org.loopscope.ui.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.loopscope.session.RunInput;
import org.loopscope.session.lessons.Language;
import org.loopscope.session.lessons.Lesson;
import org.loopscope.session.lessons.LessonLibrary;
import org.loopscope.session.lessons.LessonVariant;
import org.loopscope.ui.compare.CompareViewModel.Source;

/**
 * What compare mode can open: the variants a lesson ships (blocking / async / executor; wait / gather /
 * as_completed), or programs from files. A lesson's variant runs under a path of its own below
 * {@value #LESSONS_PATH}, so that reprs and tracebacks name the variant's file.
 */
public final class CompareSources {

    /** The folder lesson programs run in: they are resources, not files, so any absolute path names them. */
    public static final String LESSONS_PATH = "/loopscope/lessons/";

    private CompareSources() {
    }

    /** The lessons of {@code lessons} with at least two variants, in course order. */
    public static List<Lesson> comparable(List<Lesson> lessons) {
        return lessons.stream().filter(lesson -> lesson.variants().size() >= 2).toList();
    }

    /** The lesson of {@code lessons} whose program, or one of whose variants, is {@code text}, if any. */
    public static Optional<Lesson> lessonOf(List<Lesson> lessons, String text) {
        String wanted = normalise(text);
        return lessons.stream().filter(lesson -> normalise(lesson.source()).equals(wanted)
                || lesson.variants().stream().anyMatch(v -> normalise(v.source()).equals(wanted))).findFirst();
    }

    private static String normalise(String text) {
        return text.replace("\r\n", "\n").strip();
    }

    /** A lesson's variant, labelled with its title in {@code language}. */
    public static Source variant(Lesson lesson, LessonVariant variant, Language language) {
        String path = LESSONS_PATH + lesson.folder() + "/" + variant.fileName();
        return new Source(variant.title(language), RunInput.of(path, variant.source()));
    }

    /** The variants of {@code lesson} with these names, in the lesson's order, labelled in {@code language}. */
    public static List<Source> variants(Lesson lesson, List<String> names, Language language) {
        return lesson.variants().stream().filter(v -> names.contains(v.name()))
                .map(v -> variant(lesson, v, language)).toList();
    }

    /** The bundled lesson with this id. */
    public static Lesson lesson(String id) {
        return LessonLibrary.load().stream().filter(lesson -> lesson.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no lesson " + id));
    }

    /** A program read from a file, labelled with the file's name. */
    public static Source file(Path path, String text) {
        return new Source(String.valueOf(path.getFileName()), RunInput.of(path.toAbsolutePath().toString(), text));
    }
}
