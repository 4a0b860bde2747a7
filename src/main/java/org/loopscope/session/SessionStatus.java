package org.loopscope.session;

/** Where a session's run is. */
public enum SessionStatus {
    /** Recording events. */
    RUNNING,
    /** Waiting: it is far enough ahead of the reader (see {@link Session#demand}). */
    PAUSED,
    /** The program ended (with any exit status); the trace is complete. */
    FINISHED,
    /** Loopscope itself failed; the trace ends where it failed. */
    FAILED,
    /** Stopped on request before the program ended; the trace ends there. */
    STOPPED;

    /** Whether no more events will come. */
    public boolean over() {
        return this == FINISHED || this == FAILED || this == STOPPED;
    }
}
