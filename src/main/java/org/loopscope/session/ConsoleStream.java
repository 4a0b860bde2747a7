package org.loopscope.session;

/** The program's two output streams. */
public enum ConsoleStream {
    /** Standard output. */
    STDOUT,
    /** Standard error (tracebacks, warnings). */
    STDERR
}
