package org.loopscope.session;

import java.util.Objects;
import java.util.OptionalDouble;
import org.loopscope.script.ScriptExecution;

/**
 * How a session runs its script. Together with the script text, its path and the interventions these are the whole
 * input of a run: with the virtual clock the same input always gives the same trace.
 *
 * @param seed              seed of the script's {@code random} module
 * @param realTime          run on the real clock instead of virtual time (not reproducible)
 * @param lineCost          loop seconds each source line takes while a loop runs (0: statements are free), so
 *                          CPU-bound code becomes visible
 * @param lineEvents        record a {@code line} event for every source line a task reaches (line stepping,
 *                          breakpoints and each task's current line need them)
 * @param maxTime           stop the run when the virtual clock passes this many seconds
 * @param instructionBudget instructions one task step may run before the run stops as holding the loop
 * @param lookahead         how many events the run may record beyond what the reader asked for before it pauses
 * @param maxEvents         the most events a trace may hold: past them the run goes on unrecorded
 * @param traceBudget       the bytes a trace may take (estimated from its columns): past them the run goes on
 *                          unrecorded, so memory stays bounded and the output stays exact
 */
public record SessionOptions(long seed, boolean realTime, double lineCost, boolean lineEvents,
        OptionalDouble maxTime, long instructionBudget, int lookahead, int maxEvents, long traceBudget) {

    /** Events recorded ahead of the reader by default. */
    public static final int DEFAULT_LOOKAHEAD = 200_000;

    /** The default limit of a trace's size. */
    public static final int DEFAULT_MAX_EVENTS = 10_000_000;

    /** The system property that sets the default trace budget, in megabytes. */
    public static final String TRACE_BUDGET_PROPERTY = "loopscope.trace.budget";

    /** The default trace budget, in megabytes, unless {@value #TRACE_BUDGET_PROPERTY} says otherwise. */
    public static final long DEFAULT_TRACE_BUDGET_MB = 256;

    public SessionOptions {
        Objects.requireNonNull(maxTime, "maxTime");
        if (!(lineCost >= 0) || Double.isInfinite(lineCost)) {
            throw new IllegalArgumentException("line cost must be finite seconds, zero or more: " + lineCost);
        }
        if (lookahead < 1 || maxEvents < 1 || instructionBudget < 1 || traceBudget < 1) {
            throw new IllegalArgumentException(
                    "lookahead, maxEvents, instructionBudget and traceBudget must be positive");
        }
    }

    /** Seed 0, virtual time, free lines, line events on, no time limit, the default budget, lookahead and limit. */
    public static SessionOptions defaults() {
        return new SessionOptions(0, false, 0, true, OptionalDouble.empty(),
                ScriptExecution.DEFAULT_INSTRUCTION_BUDGET, DEFAULT_LOOKAHEAD, DEFAULT_MAX_EVENTS,
                defaultTraceBudget());
    }

    /**
     * The default trace budget in bytes: {@value #DEFAULT_TRACE_BUDGET_MB} MB, or the megabytes the system property
     * {@value #TRACE_BUDGET_PROPERTY} gives ({@code java -Dloopscope.trace.budget=1024 -jar loopscope.jar}).
     */
    public static long defaultTraceBudget() {
        long mb = DEFAULT_TRACE_BUDGET_MB;
        String set = System.getProperty(TRACE_BUDGET_PROPERTY);
        if (set != null) {
            try {
                mb = Math.max(1, Long.parseLong(set.strip()));
            } catch (NumberFormatException ignored) {
                // a malformed setting leaves the default
            }
        }
        return mb << 20;
    }

    /** These options with another seed. */
    public SessionOptions withSeed(long newSeed) {
        return new SessionOptions(newSeed, realTime, lineCost, lineEvents, maxTime, instructionBudget, lookahead,
                maxEvents, traceBudget);
    }

    /** These options on the real clock ({@code true}) or the virtual one. */
    public SessionOptions withRealTime(boolean real) {
        return new SessionOptions(seed, real, lineCost, lineEvents, maxTime, instructionBudget, lookahead,
                maxEvents, traceBudget);
    }

    /** These options with another per-line cost in seconds. */
    public SessionOptions withLineCost(double seconds) {
        return new SessionOptions(seed, realTime, seconds, lineEvents, maxTime, instructionBudget, lookahead,
                maxEvents, traceBudget);
    }

    /** These options with line events on or off. */
    public SessionOptions withLineEvents(boolean on) {
        return new SessionOptions(seed, realTime, lineCost, on, maxTime, instructionBudget, lookahead, maxEvents,
                traceBudget);
    }

    /** These options with a virtual-time limit (empty: none). */
    public SessionOptions withMaxTime(OptionalDouble seconds) {
        return new SessionOptions(seed, realTime, lineCost, lineEvents, seconds, instructionBudget, lookahead,
                maxEvents, traceBudget);
    }

    /** These options with another instruction budget per task step. */
    public SessionOptions withInstructionBudget(long instructions) {
        return new SessionOptions(seed, realTime, lineCost, lineEvents, maxTime, instructions, lookahead,
                maxEvents, traceBudget);
    }

    /** These options with another lookahead ({@link Integer#MAX_VALUE}: never pause). */
    public SessionOptions withLookahead(int events) {
        return new SessionOptions(seed, realTime, lineCost, lineEvents, maxTime, instructionBudget, events,
                maxEvents, traceBudget);
    }

    /** These options with another limit of the trace's size. */
    public SessionOptions withMaxEvents(int events) {
        return new SessionOptions(seed, realTime, lineCost, lineEvents, maxTime, instructionBudget, lookahead,
                events, traceBudget);
    }

    /** These options with another trace budget, in bytes. */
    public SessionOptions withTraceBudget(long bytes) {
        return new SessionOptions(seed, realTime, lineCost, lineEvents, maxTime, instructionBudget, lookahead,
                maxEvents, bytes);
    }
}
