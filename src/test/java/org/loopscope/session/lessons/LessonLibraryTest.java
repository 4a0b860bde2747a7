package org.loopscope.session.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled library: it loads from the classpath, even from a jar, and holds a lesson for every idea. */
class LessonLibraryTest {

    /** The ideas the course must teach, in the order the course teaches them. */
    private static final List<String> COURSE = List.of(
            "event-loop", "coroutine-objects", "tasks-and-states", "done-callbacks", "blocking-vs-async-sleep",
            "aiohttp-requests", "process-pool", "wait-vs-gather", "nested-coroutines", "cancelling-tasks",
            "ctrl-c-cleanup", "run-forever-stop-close", "timeouts", "semaphores", "queues", "taskgroup",
            "task-exceptions");

    private final List<Lesson> lessons = LessonLibrary.load();

    @Test
    void everyIdeaOfTheCourseHasALessonInCourseOrder() {
        List<String> ids = lessons.stream().map(Lesson::id).toList();

        assertThat(ids).doesNotHaveDuplicates().containsAll(COURSE);
        assertThat(ids.stream().filter(COURSE::contains).toList()).isEqualTo(COURSE);
    }

    @Test
    void foldersAreNumberedInIndexOrderAndNamedAfterTheirLesson() {
        for (int i = 0; i < lessons.size(); i++) {
            Lesson lesson = lessons.get(i);
            assertThat(lesson.folder()).isEqualTo(String.format("%02d-%s", i + 1, lesson.id()));
        }
    }

    @Test
    void theClassicComparisonsShipTheirVariants() {
        assertThat(variantNames("blocking-vs-async-sleep")).containsExactly("blocking", "async", "executor");
        assertThat(variantNames("wait-vs-gather")).containsExactly("wait", "gather");
        assertThat(variantNames("nested-coroutines")).containsExactly("wait", "gather", "as_completed");
    }

    @Test
    void onlyTheAiohttpAndAiomultiprocessLessonsAreSimulated() {
        assertThat(lesson("aiohttp-requests").simulated()).contains(SimulatedModule.AIOHTTP);
        assertThat(lesson("process-pool").simulated()).contains(SimulatedModule.AIOMULTIPROCESS);
        assertThat(lessons.stream().filter(Lesson::isSimulated).map(Lesson::id))
                .containsExactlyInAnyOrder("aiohttp-requests", "process-pool");
    }

    @Test
    void everyLessonHasTitlesTagsAndAProgram() {
        for (Lesson lesson : lessons) {
            for (Language language : Language.values()) {
                assertThat(lesson.title(language)).as("%s title in %s", lesson.id(), language).isNotBlank();
            }
            assertThat(lesson.tags()).as(lesson.id()).isNotEmpty();
            assertThat(lesson.source()).as(lesson.id()).contains("import asyncio");
        }
    }

    @Test
    void theLibraryLoadsFromAJarEvenWithWindowsLineEnds(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("lessons.jar");
        writeJarOfTheLibrary(jar);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(loader.getResource(LessonLibrary.ROOT + LessonLibrary.INDEX).getProtocol()).isEqualTo("jar");
            assertThat(LessonLibrary.load(loader)).isEqualTo(lessons);
        }
    }

    /** A jar with every file of the library, as in a checkout that turned line ends into CR LF. */
    private void writeJarOfTheLibrary(Path jar) throws IOException {
        List<Map.Entry<String, String>> files = new ArrayList<>();
        files.add(Map.entry(LessonLibrary.INDEX, read(LessonLibrary.INDEX)));
        for (Lesson lesson : lessons) {
            String folder = lesson.folder() + "/";
            files.add(Map.entry(folder + Lesson.PROGRAM_FILE, lesson.source()));
            lesson.expected().ifPresent(text -> files.add(Map.entry(folder + "lesson.expected", text)));
            for (Language language : Language.values()) {
                files.add(Map.entry(folder + "text." + language.tag() + ".md", lesson.text(language)));
            }
            for (LessonVariant variant : lesson.variants()) {
                files.add(Map.entry(folder + variant.fileName(), variant.source()));
                variant.expected().ifPresent(text ->
                        files.add(Map.entry(folder + "variant-" + variant.name() + ".expected", text)));
            }
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
            for (Map.Entry<String, String> file : files) {
                jarOut.putNextEntry(new JarEntry(LessonLibrary.ROOT + file.getKey()));
                jarOut.write(file.getValue().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
                jarOut.closeEntry();
            }
        }
    }

    private static String read(String path) throws IOException {
        try (var in = LessonLibraryTest.class.getClassLoader().getResourceAsStream(LessonLibrary.ROOT + path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private List<String> variantNames(String id) {
        return LessonVariant.names(lesson(id).variants());
    }

    private Lesson lesson(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }
}
