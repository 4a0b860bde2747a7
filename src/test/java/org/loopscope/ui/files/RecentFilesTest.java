package org.loopscope.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recent files: most recent first, each once, at most ten, kept across runs. */
class RecentFilesTest {

    @TempDir
    Path dir;

    @Test
    void mostRecentFirstAndEachOnce() {
        RecentFiles recent = new RecentFiles(dir.resolve("recent.txt"));
        recent.add(dir.resolve("a.py"));
        recent.add(dir.resolve("b.py"));
        recent.add(dir.resolve("c.py"));
        recent.add(dir.resolve("a.py"));

        assertThat(recent.list()).containsExactly(dir.resolve("a.py"), dir.resolve("c.py"), dir.resolve("b.py"));
    }

    @Test
    void keepsTheTenLatest() {
        RecentFiles recent = new RecentFiles(dir.resolve("recent.txt"));
        IntStream.rangeClosed(1, 12).forEach(i -> recent.add(dir.resolve(i + ".py")));

        assertThat(recent.list()).hasSize(RecentFiles.LIMIT)
                .startsWith(dir.resolve("12.py"), dir.resolve("11.py"))
                .endsWith(dir.resolve("3.py"))
                .doesNotContain(dir.resolve("1.py"), dir.resolve("2.py"));
    }

    @Test
    void survivesARestart() {
        Path store = dir.resolve("config").resolve("recent.txt");
        RecentFiles first = new RecentFiles(store);
        first.add(dir.resolve("a.py"));
        first.add(dir.resolve("sub/../b.py"));

        assertThat(new RecentFiles(store).list()).containsExactly(dir.resolve("b.py"), dir.resolve("a.py"));
    }

    @Test
    void removeAndClear() {
        RecentFiles recent = new RecentFiles(dir.resolve("recent.txt"));
        recent.add(dir.resolve("a.py"));
        recent.add(dir.resolve("b.py"));
        recent.remove(dir.resolve("a.py"));
        assertThat(new RecentFiles(dir.resolve("recent.txt")).list()).containsExactly(dir.resolve("b.py"));
        recent.clear();
        assertThat(new RecentFiles(dir.resolve("recent.txt")).list()).isEmpty();
    }

    @Test
    void aDamagedStoreGivesWhatItCan() throws IOException {
        Path store = Files.writeString(dir.resolve("recent.txt"), "\n/x/a.py\n\u0000bad\n/x/a.py\n/x/b.py\n");

        assertThat(new RecentFiles(store).list()).containsExactly(Path.of("/x/a.py"), Path.of("/x/b.py"));
    }
}
