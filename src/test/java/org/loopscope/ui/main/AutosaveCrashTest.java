package org.loopscope.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopscope.session.BuildInfo;
import org.loopscope.ui.files.Autosave;
import org.loopscope.ui.files.ConfigDir;

/**
 * Autosave survives a kill -9: the app runs in a child JVM with a temporary config folder, text is typed, the real
 * autosave timer copies it, the process is killed without any chance to clean up, and the next start offers the
 * text back.
 */
class AutosaveCrashTest {

    private static final String TYPED = "print('typed just before the crash')\n";

    @TempDir
    Path dir;

    @Test
    void textTypedBeforeAKillMinus9IsOfferedBackAtTheNextStart() throws Exception {
        Path config = dir.resolve("config");
        Process child = startChild(config);
        try {
            Path copy = config.resolve("autosave").resolve("script.py");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!(Files.exists(copy) && Files.readString(copy).startsWith(TYPED))) {
                assertThat(child.isAlive()).as("the app is running: %s", output(child)).isTrue();
                assertThat(System.nanoTime()).as("the autosave copied the text in time").isLessThan(deadline);
                Thread.sleep(100);
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(20, TimeUnit.SECONDS);
        }
        assertThat(child.exitValue()).as("killed, not ended").isNotZero();

        MainViewModel next = new MainViewModel(new BuildInfo("Loopscope", "test"), new ConfigDir(config));
        Optional<Autosave.Recovery> offered = next.document().startAutosave();
        assertThat(offered).isPresent();
        assertThat(offered.get().text()).startsWith(TYPED);
        assertThat(offered.get().file()).isEmpty();
        next.document().restore(offered.get());
        assertThat(next.editor().textProperty().get()).startsWith(TYPED);
        assertThat(next.document().isModified()).isTrue();
    }

    private static Process startChild(Path config) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        for (String property : List.of("glass.platform", "monocle.platform", "prism.order", "prism.text",
                "java.awt.headless", "testfx.headless")) {
            String value = System.getProperty(property);
            if (value != null) {
                command.add("-D" + property + "=" + value);
            }
        }
        command.add(AutosaveCrashChild.class.getName());
        command.add(config.toString());
        command.add(TYPED);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(config.resolveSibling("child.log").toFile()).start();
    }

    private String output(Process child) throws IOException {
        Path log = dir.resolve("child.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }
}
