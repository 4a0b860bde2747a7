package org.loopscope.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the autosave is offered back: only after a run that did not close cleanly, and only if it adds something. */
class AutosaveTest {

    @TempDir
    Path dir;

    private ConfigDir config() {
        return new ConfigDir(dir.resolve("config"));
    }

    @Test
    void nothingToOfferOnAFirstRun() {
        assertThat(new Autosave(config()).start()).isEmpty();
    }

    @Test
    void aCrashedRunsUnsavedTextIsOffered() throws IOException {
        Path script = Files.writeString(dir.resolve("a.py"), "saved\n");
        Autosave crashed = new Autosave(config());
        crashed.start();
        crashed.save("saved\nand more\n", script);

        Optional<Autosave.Recovery> offer = new Autosave(config()).start();

        assertThat(offer).contains(new Autosave.Recovery("saved\nand more\n", Optional.of(script)));
    }

    @Test
    void aCleanExitLeavesNothingToOffer() throws IOException {
        Autosave run = new Autosave(config());
        run.start();
        run.save("unsaved\n", null);
        run.closeCleanly();

        assertThat(new Autosave(config()).start()).isEmpty();
    }

    @Test
    void aCopyEqualToItsFileIsNotOfferedAndIsDropped() throws IOException {
        Path script = Files.writeString(dir.resolve("a.py"), "same\n");
        Autosave crashed = new Autosave(config());
        crashed.start();
        crashed.save("same\n", script);

        assertThat(new Autosave(config()).start()).isEmpty();
        assertThat(Files.exists(config().file("autosave").resolve("script.py"))).isFalse();
    }

    @Test
    void theOfferDecision() {
        Autosave.Recovery untitled = new Autosave.Recovery("print(1)\n", Optional.empty());
        Autosave.Recovery blank = new Autosave.Recovery("  \n", Optional.empty());
        Autosave.Recovery ofFile = new Autosave.Recovery("x = 2\n", Optional.of(Path.of("/a.py")));

        assertThat(Autosave.shouldOffer(untitled, Optional.empty())).isTrue();
        assertThat(Autosave.shouldOffer(blank, Optional.empty())).isFalse();
        assertThat(Autosave.shouldOffer(ofFile, Optional.of("x = 1\n"))).isTrue();
        assertThat(Autosave.shouldOffer(ofFile, Optional.of("x = 2\n"))).isFalse();
        assertThat(Autosave.shouldOffer(ofFile, Optional.empty())).as("the file is gone").isTrue();
    }
}
