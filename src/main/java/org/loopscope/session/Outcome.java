package org.loopscope.session;

import java.util.List;
import java.util.Objects;

/**
 * How a run ended: the exit status {@code python3} would give, everything the program wrote to standard output and
 * standard error (tracebacks included), and Loopscope's notes about the run that are not the program's output
 * (an intervention that found no task, or that the program ended before it), each one line.
 */
public record Outcome(int exitStatus, String stdout, String stderr, List<String> notes) {

    public Outcome {
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
        notes = List.copyOf(notes);
    }
}
