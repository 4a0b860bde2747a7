package org.loopscope.ui.faults;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Objects;

/**
 * One exception the app caught at a boundary: where it happened, what it was, and when.
 *
 * @param where   the boundary that caught it
 * @param error   the exception
 * @param at      when it was caught
 * @param repeats how many times the same fault (same place, same exception class, same first frame) came before it
 */
public record Fault(Where where, Throwable error, Instant at, int repeats) {

    /**
     * The boundaries that catch faults, each with the bundle key of the words for what the app was doing (the
     * argument of the error bar's {@link org.loopscope.ui.i18n.Message}).
     */
    public enum Where {
        /** An event handler or another piece of the window, on the JavaFX thread. */
        VIEW("fault.where.view"),
        /** Drawing the timeline. */
        TIMELINE("fault.where.timeline"),
        /** Updating the panels, the markers and the clock from the cursor. */
        PANELS("fault.where.panels"),
        /** Writing an export. */
        EXPORT("fault.where.export"),
        /** A callback from a run's session. */
        SESSION("fault.where.session"),
        /** An instrument watching the engine, which the engine removed. */
        INSTRUMENT("fault.where.instrument"),
        /** A thread of the app other than the JavaFX thread. */
        BACKGROUND("fault.where.background");

        private final String key;

        Where(String key) {
            this.key = key;
        }

        /** The bundle key of the words for what the app was doing, e.g. "drawing the timeline". */
        public String key() {
            return key;
        }
    }

    public Fault {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(at, "at");
    }

    /** What tells two faults apart: the same place, exception class and throwing frame count as one fault. */
    public String signature() {
        StackTraceElement[] trace = error.getStackTrace();
        return where + " " + error.getClass().getName() + " " + (trace.length > 0 ? trace[0] : "");
    }

    /** The exception's stack trace, with its causes, as Java prints it. */
    public String stackTrace() {
        StringWriter out = new StringWriter();
        try (PrintWriter printer = new PrintWriter(out)) {
            error.printStackTrace(printer);
        }
        return out.toString();
    }
}
