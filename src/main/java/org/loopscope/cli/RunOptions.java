package org.loopscope.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Everything {@code loopscope run} was asked to do besides running the script: the seed, limits, interventions and
 * the files to export. Absent options are empty, never {@code null}.
 *
 * @param seed         seed for the script's {@code random} module; the same seed gives the same run
 * @param maxTime      stop the run when the virtual clock passes this many seconds
 * @param timeout      stop the run after this many seconds of wall-clock time
 * @param realTime     use the real clock instead of virtual time
 * @param interruptAt  send {@code KeyboardInterrupt} (Ctrl+C) at this virtual time, in seconds
 * @param cancels      tasks to cancel, each at its own virtual time, in the order given
 * @param chromeTrace  where to write the Chrome trace JSON
 * @param eventLog     where to write the event log as JSON lines
 * @param svg          where to write the timeline as SVG
 * @param png          where to write the timeline as PNG
 * @param summary      print a one-line JSON summary of the run on stderr
 */
public record RunOptions(
        long seed,
        OptionalDouble maxTime,
        OptionalDouble timeout,
        boolean realTime,
        OptionalDouble interruptAt,
        List<TaskCancel> cancels,
        Optional<Path> chromeTrace,
        Optional<Path> eventLog,
        Optional<Path> svg,
        Optional<Path> png,
        boolean summary) {

    public RunOptions {
        Objects.requireNonNull(maxTime, "maxTime");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(interruptAt, "interruptAt");
        cancels = List.copyOf(cancels);
        Objects.requireNonNull(chromeTrace, "chromeTrace");
        Objects.requireNonNull(eventLog, "eventLog");
        Objects.requireNonNull(svg, "svg");
        Objects.requireNonNull(png, "png");
    }

    /** Whether only the program's output is asked for: no intervention, no export, no summary. */
    public boolean plain() {
        return interruptAt.isEmpty() && cancels.isEmpty() && chromeTrace.isEmpty() && eventLog.isEmpty()
                && svg.isEmpty() && png.isEmpty() && !summary;
    }

    /** Returns the options of a plain {@code loopscope run FILE}: seed 0, virtual time, no limits, no exports. */
    public static RunOptions defaults() {
        return new RunOptions(0, OptionalDouble.empty(), OptionalDouble.empty(), false, OptionalDouble.empty(),
                List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);
    }
}
