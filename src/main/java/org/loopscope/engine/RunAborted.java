package org.loopscope.engine;

/**
 * The run cannot go on: the loop would wait forever, or a limit was passed. This is not a Python exception —
 * programs cannot catch it — so it extends {@link Error} and passes every {@code catch (RuntimeException)}.
 */
public final class RunAborted extends Error {

    private static final long serialVersionUID = 1L;

    /** Why the run stopped. */
    public enum Reason {
        /** Nothing is ready, no timer is armed: the program would wait forever. */
        STALLED,
        /** The virtual clock passed the run's time limit. */
        TIME_LIMIT,
        /** A step ran past the instruction budget without yielding. */
        INSTRUCTION_LIMIT,
        /** The session asked the run to stop (wall-clock timeout, cancelled computation). */
        STOPPED
    }

    private final Reason reason;

    /** A run stopped for {@code reason}, explained in one line by {@code message}. */
    public RunAborted(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    /** Why the run stopped. */
    public Reason reason() {
        return reason;
    }
}
