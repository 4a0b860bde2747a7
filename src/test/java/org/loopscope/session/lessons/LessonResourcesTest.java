package org.loopscope.session.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library's source folder holds exactly what the index lists: no lesson folder, variant or expected output
 * that the index does not know (it would never be shown, nor its output checked).
 */
class LessonResourcesTest {

    private static final Path SOURCES = Path.of("src", "main", "resources").resolve(LessonLibrary.ROOT);

    private final List<Lesson> lessons = LessonLibrary.load();

    @Test
    void everyFolderOfTheLibraryIsALessonOfTheIndex() throws IOException {
        Set<String> folders = new HashSet<>();
        try (Stream<Path> children = Files.list(SOURCES)) {
            children.filter(Files::isDirectory).forEach(dir -> folders.add(dir.getFileName().toString()));
        }

        assertThat(folders).containsExactlyInAnyOrderElementsOf(lessons.stream().map(Lesson::folder).toList());
    }

    @Test
    void everyFileOfALessonFolderBelongsToTheLesson() throws IOException {
        for (Lesson lesson : lessons) {
            Set<String> files = new HashSet<>();
            try (Stream<Path> children = Files.list(SOURCES.resolve(lesson.folder()))) {
                children.forEach(file -> files.add(file.getFileName().toString()));
            }

            assertThat(files).as(lesson.folder()).containsExactlyInAnyOrderElementsOf(expectedFiles(lesson));
        }
    }

    private static Set<String> expectedFiles(Lesson lesson) {
        Set<String> files = new HashSet<>();
        files.add(Lesson.PROGRAM_FILE);
        files.add("lesson.expected");
        for (Language language : Language.values()) {
            files.add("text." + language.tag() + ".md");
        }
        for (LessonVariant variant : lesson.variants()) {
            files.add(variant.fileName());
            files.add("variant-" + variant.name() + ".expected");
        }
        return files;
    }
}
