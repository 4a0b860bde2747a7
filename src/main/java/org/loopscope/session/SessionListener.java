package org.loopscope.session;

import org.loopscope.trace.Trace;

/**
 * Hears what a session's run does. Calls come on the run's thread (a UI hands them to its own thread); a listener
 * must return quickly and never block. A listener that throws is ignored, never stops the run.
 */
public interface SessionListener {

    /**
     * More events were recorded: {@code snapshot} holds them. Sent at most every few milliseconds while the run goes
     * on, when it pauses ahead of the reader, and once more at its end.
     */
    default void eventsAvailable(Session session, Trace snapshot) {
    }

    /** The program wrote {@code text} to {@code stream}, as it happens. */
    default void output(Session session, ConsoleStream stream, String text) {
    }

    /** The run ended: the program finished, or the run was stopped; the trace is complete. */
    default void finished(Session session, Outcome outcome) {
    }

    /** Loopscope failed during the run (a bug, or out of memory); the trace ends where it failed. */
    default void failed(Session session, Throwable error) {
    }

    /**
     * The trace ends here, the run going on unrecorded (its memory budget was reached); {@code note} says so in one
     * sentence, for the user.
     */
    default void recordingStopped(Session session, String note) {
    }
}
