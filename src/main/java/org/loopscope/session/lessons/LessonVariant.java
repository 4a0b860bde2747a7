package org.loopscope.session.lessons;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One program of a lesson's comparison: the same work done another way (blocking / async / executor, wait /
 * gather / as_completed), meant to be opened side by side with its siblings on one time axis.
 *
 * @param name     the variant's short name, e.g. {@code executor}; its file is {@code variant-NAME.py}
 * @param titles   the variant's title in every language
 * @param source   the Python program
 * @param expected what {@code python3} prints for it (Loopscope's output for a simulated lesson)
 */
public record LessonVariant(String name, Map<Language, String> titles, String source, Optional<String> expected) {

    public LessonVariant {
        Objects.requireNonNull(name, "name");
        titles = Lesson.everyLanguage(titles, "title of variant " + name);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(expected, "expected");
    }

    /** The variant's title in a language. */
    public String title(Language language) {
        return titles.get(language);
    }

    /** The file the program comes from, e.g. {@code variant-executor.py}. */
    public String fileName() {
        return fileName(name);
    }

    static String fileName(String name) {
        return "variant-" + name + ".py";
    }

    /** The variants' names, in order. */
    static List<String> names(List<LessonVariant> variants) {
        return variants.stream().map(LessonVariant::name).toList();
    }
}
