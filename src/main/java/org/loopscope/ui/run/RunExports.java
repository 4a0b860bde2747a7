package org.loopscope.ui.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import org.loopscope.session.view.RunController;

/**
 * Writes the player's run (the one shown when asked, not when this was made) to files: the timeline as a picture,
 * the Chrome trace and the event log. Each throws {@link IllegalStateException} while nothing has run yet.
 */
public final class RunExports {

    /** How wide the timeline pictures are drawn, in pixels. */
    private static final int PICTURE_WIDTH = 1600;

    private final Supplier<RunController> run;
    private final Supplier<String> runPath;

    /** Exports of the run {@code run} gives (null before the first), titled by the file {@code runPath} names. */
    RunExports(Supplier<RunController> run, Supplier<String> runPath) {
        this.run = Objects.requireNonNull(run, "run");
        this.runPath = Objects.requireNonNull(runPath, "runPath");
    }

    /** Writes the timeline as PNG. */
    public void png(Path file) throws IOException {
        requireRun().exportPng(file, title(), PICTURE_WIDTH);
    }

    /** Writes the timeline as SVG. */
    public void svg(Path file) throws IOException {
        requireRun().exportSvg(file, title(), PICTURE_WIDTH);
    }

    /** Writes the Chrome trace JSON. */
    public void chromeTrace(Path file) throws IOException {
        requireRun().exportChromeTrace(file);
    }

    /** Writes the event log as JSON lines. */
    public void eventLog(Path file) throws IOException {
        requireRun().exportEventLog(file);
    }

    private RunController requireRun() {
        RunController controller = run.get();
        if (controller == null) {
            throw new IllegalStateException("nothing has run yet");
        }
        return controller;
    }

    private String title() {
        return Path.of(runPath.get()).getFileName().toString();
    }
}
