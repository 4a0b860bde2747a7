package org.loopscope.session.lessons;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One lesson of the library: an asyncio program about one idea, its explanation in every {@link Language}, and
 * optionally variants of the program for compare mode.
 *
 * @param id        a stable name, e.g. {@code event-loop}
 * @param folder    the lesson's resource folder, e.g. {@code 01-event-loop}; its number gives the course order
 * @param titles    the title in every language
 * @param tags      the ideas the lesson is about, e.g. {@code run_until_complete}
 * @param texts     the explanation in every language, as Markdown whose first line is {@code # } and the title
 * @param source    the main program, {@code lesson.py}
 * @param expected  what {@code python3 lesson.py} prints (Loopscope's output for a simulated lesson)
 * @param variants  programs to compare side by side (the main program is not one of them); often none
 * @param simulated the simulated module the lesson imports, if any
 */
public record Lesson(
        String id,
        String folder,
        Map<Language, String> titles,
        List<String> tags,
        Map<Language, String> texts,
        String source,
        Optional<String> expected,
        List<LessonVariant> variants,
        Optional<SimulatedModule> simulated) {

    /** The file name of every lesson's main program. */
    public static final String PROGRAM_FILE = "lesson.py";

    public Lesson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(folder, "folder");
        titles = everyLanguage(titles, "title of lesson " + id);
        tags = List.copyOf(tags);
        texts = everyLanguage(texts, "text of lesson " + id);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(expected, "expected");
        variants = List.copyOf(variants);
        Objects.requireNonNull(simulated, "simulated");
    }

    /** The title in a language. */
    public String title(Language language) {
        return titles.get(language);
    }

    /** The explanation in a language, as Markdown. */
    public String text(Language language) {
        return texts.get(language);
    }

    /** The variant of this name, if the lesson has it. */
    public Optional<LessonVariant> variant(String name) {
        return variants.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /** Whether the program needs a simulated module, so that only Loopscope can run it offline. */
    public boolean isSimulated() {
        return simulated.isPresent();
    }

    /** An unmodifiable copy, in language order, that must hold every language. */
    static Map<Language, String> everyLanguage(Map<Language, String> values, String what) {
        Objects.requireNonNull(values, what);
        EnumMap<Language, String> copy = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String value = values.get(language);
            if (value == null) {
                throw new IllegalArgumentException(what + " is missing in " + language.tag());
            }
            copy.put(language, value);
        }
        return Collections.unmodifiableMap(copy);
    }
}
