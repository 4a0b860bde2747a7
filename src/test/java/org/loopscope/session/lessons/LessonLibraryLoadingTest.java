package org.loopscope.session.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** How the loader reads an index and its files, and how it refuses a library with something missing. */
class LessonLibraryLoadingTest {

    private static final String TITLES = "{\"en\": \"Sleep\", \"zh-Hans\": \"睡眠\", \"zh-Hant\": \"睡眠中\"}";

    @Test
    void aLessonCarriesItsProgramTextsVariantsAndOutputs() {
        Map<String, String> files = library("""
                {"lessons": [{"id": "sleep", "folder": "01-sleep", "title": %s, "tags": ["sleep"],
                  "variants": [{"name": "fast", "title": %s}], "simulated": null}]}
                """.formatted(TITLES, TITLES), "01-sleep");
        files.put("01-sleep/variant-fast.py", "fast program\n");
        files.put("01-sleep/variant-fast.expected", "fast output\n");

        Lesson lesson = LessonLibrary.load(resources(files)).get(0);

        assertThat(lesson.id()).isEqualTo("sleep");
        assertThat(lesson.title(Language.ZH_HANT)).isEqualTo("睡眠中");
        assertThat(lesson.text(Language.ZH_HANS)).isEqualTo("# 睡眠\n");
        assertThat(lesson.tags()).containsExactly("sleep");
        assertThat(lesson.source()).isEqualTo("program\n");
        assertThat(lesson.expected()).contains("output\n");
        assertThat(lesson.simulated()).isEmpty();
        LessonVariant fast = lesson.variant("fast").orElseThrow();
        assertThat(fast.fileName()).isEqualTo("variant-fast.py");
        assertThat(fast.title(Language.EN)).isEqualTo("Sleep");
        assertThat(fast.source()).isEqualTo("fast program\n");
        assertThat(fast.expected()).contains("fast output\n");
        assertThat(lesson.variant("slow")).isEmpty();
    }

    @Test
    void aSimulatedLessonNeedsNoOutput() {
        Map<String, String> files = library(index("\"aiohttp\""), "01-sleep");
        files.remove("01-sleep/lesson.expected");

        Lesson lesson = LessonLibrary.load(resources(files)).get(0);

        assertThat(lesson.simulated()).contains(SimulatedModule.AIOHTTP);
        assertThat(lesson.expected()).isEmpty();
        assertThat(lesson.variants()).isEmpty();
    }

    @Test
    void aMissingProgramOrTextIsAnError() {
        Map<String, String> noProgram = library(index("null"), "01-sleep");
        noProgram.remove("01-sleep/lesson.py");
        Map<String, String> noText = library(index("null"), "01-sleep");
        noText.remove("01-sleep/text.zh-Hant.md");

        assertThatThrownBy(() -> LessonLibrary.load(resources(noProgram)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("01-sleep/lesson.py");
        assertThatThrownBy(() -> LessonLibrary.load(resources(noText)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("01-sleep/text.zh-Hant.md");
        assertThatThrownBy(() -> LessonLibrary.load(resources(Map.of())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("lessons.json");
    }

    @Test
    void aVariantWithoutItsProgramIsAnError() {
        Map<String, String> files = library("""
                {"lessons": [{"id": "sleep", "folder": "01-sleep", "title": %s, "tags": [],
                  "variants": [{"name": "fast", "title": %s}], "simulated": null}]}
                """.formatted(TITLES, TITLES), "01-sleep");

        assertThatThrownBy(() -> LessonLibrary.load(resources(files)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("01-sleep/variant-fast.py");
    }

    @Test
    void titlesMustBeGivenInExactlyTheThreeLanguages() {
        String missing = index("null").replace(", \"zh-Hant\": \"睡眠中\"", "");
        String unknown = index("null").replace("\"zh-Hant\"", "\"zh-Hant\": \"x\", \"de\"");

        assertThatThrownBy(() -> LessonLibrary.load(resources(library(missing, "01-sleep"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no title in zh-Hant");
        assertThatThrownBy(() -> LessonLibrary.load(resources(library(unknown, "01-sleep"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown language: de");
    }

    @Test
    void anUnknownModuleFieldOrATwiceListedLessonIsAnError() {
        String twice = "{\"lessons\": [" + entry("null") + ", " + entry("null") + "]}";

        assertThatThrownBy(() -> LessonLibrary.load(resources(library(index("\"requests\""), "01-sleep"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown module: requests");
        assertThatThrownBy(() -> LessonLibrary.load(resources(library(
                index("null").replace("\"tags\"", "\"tagz\""), "01-sleep"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("tagz");
        assertThatThrownBy(() -> LessonLibrary.load(resources(library(twice, "01-sleep"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("twice");
    }

    private static String index(String simulated) {
        return "{\"lessons\": [" + entry(simulated) + "]}";
    }

    private static String entry(String simulated) {
        return "{\"id\": \"sleep\", \"folder\": \"01-sleep\", \"title\": " + TITLES
                + ", \"tags\": [\"sleep\"], \"variants\": [], \"simulated\": " + simulated + "}";
    }

    /** An index and, in the folder, a program, its output and a text per language whose title is the English one. */
    private static Map<String, String> library(String index, String folder) {
        Map<String, String> files = new HashMap<>();
        files.put(LessonLibrary.INDEX, index);
        files.put(folder + "/lesson.py", "program\n");
        files.put(folder + "/lesson.expected", "output\n");
        for (Language language : Language.values()) {
            files.put(folder + "/text." + language.tag() + ".md", "# " + titleIn(language) + "\n");
        }
        return files;
    }

    private static String titleIn(Language language) {
        return List.of("Sleep", "睡眠", "睡眠中").get(language.ordinal());
    }

    private static Function<String, Optional<String>> resources(Map<String, String> files) {
        return path -> Optional.ofNullable(files.get(path));
    }
}
