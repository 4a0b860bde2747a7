package org.loopscope.cli;

/**
 * The script named on the command line cannot be run: it is missing, unreadable or not UTF-8.
 *
 * <p>The message is the whole line to print, word for word what {@code python3} prints in the same case, and the
 * exit status is python's.
 */
public final class UnreadableScriptException extends Exception {

    private final int exitStatus;

    /**
     * @param message    the line to print on stderr
     * @param exitStatus the process exit status python uses for this failure
     */
    public UnreadableScriptException(String message, int exitStatus) {
        super(message, null, false, false);
        this.exitStatus = exitStatus;
    }

    /** Returns the process exit status python uses for this failure. */
    public int exitStatus() {
        return exitStatus;
    }
}
