package org.loopscope.session.lessons;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The lessons that ship with Loopscope, read from the classpath (a folder in development, the jar when installed).
 *
 * <p>Under {@value #ROOT}, {@code lessons.json} lists the lessons in course order; each lesson's folder holds
 * {@code lesson.py}, {@code lesson.expected} (what {@code python3} prints; Loopscope's output for simulated lessons),
 * {@code text.TAG.md} for every {@link Language}, and {@code variant-NAME.py} with {@code variant-NAME.expected}
 * for each variant. Resources are opened by name, never listed, so the same code works from a jar.
 */
public final class LessonLibrary {

    /** The classpath folder of the library. */
    public static final String ROOT = "org/loopscope/lessons/";

    static final String INDEX = "lessons.json";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private LessonLibrary() {
    }

    /**
     * Reads every lesson, in course order. Each call reads the resources again (a few dozen small files).
     *
     * @throws IllegalStateException if the bundled library is incomplete or its index is malformed
     */
    public static List<Lesson> load() {
        return load(LessonLibrary.class.getClassLoader());
    }

    /** Reads the library from a class loader's resources. */
    static List<Lesson> load(ClassLoader loader) {
        return load(path -> read(loader, ROOT + path));
    }

    /**
     * Reads the library through {@code resources}, which maps a path below {@link #ROOT}, such as
     * {@code 01-event-loop/lesson.py}, to the file's text, or to empty when there is no such file.
     */
    static List<Lesson> load(Function<String, Optional<String>> resources) {
        LessonIndex index = LessonIndex.parse(required(resources, INDEX));
        if (index.lessons() == null) {
            throw new IllegalStateException(INDEX + " has no \"lessons\" list");
        }
        List<Lesson> lessons = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> folders = new HashSet<>();
        for (LessonIndex.Entry entry : index.lessons()) {
            Lesson lesson = lesson(entry, resources);
            if (!ids.add(lesson.id()) || !folders.add(lesson.folder())) {
                throw new IllegalStateException(INDEX + " lists lesson " + lesson.id() + " (" + lesson.folder()
                        + ") twice");
            }
            lessons.add(lesson);
        }
        return List.copyOf(lessons);
    }

    private static Lesson lesson(LessonIndex.Entry entry, Function<String, Optional<String>> resources) {
        String id = name(entry.id(), "a lesson id");
        String folder = name(entry.folder(), "the folder of lesson " + id);
        String where = "lesson " + id;
        Optional<SimulatedModule> simulated = Optional.ofNullable(entry.simulated()).map(module ->
                SimulatedModule.fromModuleName(module).orElseThrow(() -> new IllegalStateException(
                        INDEX + ": " + where + " simulates an unknown module: " + module)));
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, required(resources, folder + "/text." + language.tag() + ".md"));
        }
        List<LessonVariant> variants = new ArrayList<>();
        for (LessonIndex.Variant variant : listed(entry.variants())) {
            String name = name(variant.name(), "a variant name of " + where);
            if (LessonVariant.names(variants).contains(name)) {
                throw new IllegalStateException(INDEX + ": " + where + " lists variant " + name + " twice");
            }
            variants.add(new LessonVariant(name, titles(variant.title(), "variant " + name + " of " + where),
                    required(resources, folder + "/" + LessonVariant.fileName(name)),
                    resources.apply(folder + "/variant-" + name + ".expected")));
        }
        return new Lesson(id, folder, titles(entry.title(), where), listed(entry.tags()), texts,
                required(resources, folder + "/" + Lesson.PROGRAM_FILE),
                resources.apply(folder + "/lesson.expected"), variants, simulated);
    }

    /** Titles keyed by language tag, as the index writes them: exactly one per language. */
    private static Map<Language, String> titles(Map<String, String> byTag, String where) {
        if (byTag == null) {
            throw new IllegalStateException(INDEX + ": " + where + " has no title");
        }
        Map<Language, String> titles = new EnumMap<>(Language.class);
        byTag.forEach((tag, title) -> titles.put(Language.fromTag(tag).orElseThrow(() ->
                new IllegalStateException(INDEX + ": " + where + " has a title in an unknown language: " + tag)),
                title));
        for (Language language : Language.values()) {
            String title = titles.get(language);
            if (title == null || title.isBlank()) {
                throw new IllegalStateException(INDEX + ": " + where + " has no title in " + language.tag());
            }
        }
        return titles;
    }

    private static String name(String value, String what) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new IllegalStateException(INDEX + ": " + what + " is missing or not a plain name: " + value);
        }
        return value;
    }

    private static <T> List<T> listed(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static String required(Function<String, Optional<String>> resources, String path) {
        return resources.apply(path).orElseThrow(() ->
                new IllegalStateException("the lesson library has no " + ROOT + path));
    }

    /** A resource's text, with Windows line ends made plain, as a checkout may have converted them. */
    private static Optional<String> read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
