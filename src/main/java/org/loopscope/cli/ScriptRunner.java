package org.loopscope.cli;

import java.io.PrintWriter;

/**
 * Runs one script for {@code loopscope run}: the seam where the script interpreter plugs into the command line.
 *
 * <p>A runner behaves like {@code python3 FILE}: it writes what the script prints to {@code out}, tracebacks and
 * warnings to {@code err}, and returns the exit status python would (0 on success, 1 for an uncaught exception,
 * the argument of {@code sys.exit}...). It reports failures of the script through that status, never by throwing;
 * an exception escaping a runner is a bug of Loopscope and is reported as an internal error.
 */
@FunctionalInterface
public interface ScriptRunner {

    /**
     * Runs the script to its end (or to a limit set in the options).
     *
     * @param script  the script, already read
     * @param options seed, limits, interventions and exports
     * @param out     the script's standard output
     * @param err     the script's standard error
     * @return the process exit status
     */
    int run(ScriptSource script, RunOptions options, PrintWriter out, PrintWriter err);

    /** The runner of {@code loopscope run}: the script interpreter, through the session layer. */
    static ScriptRunner session() {
        return (script, options, out, err) -> org.loopscope.session.ScriptRun.run(script.path(), script.text(),
                new org.loopscope.session.ScriptRun.Settings(options.seed(), options.maxTime(), options.timeout(),
                        options.realTime()), out, err);
    }

    /** The runner used while no interpreter exists: it says so on stderr and fails with status 1. */
    static ScriptRunner notBuiltYet() {
        return (script, options, out, err) -> {
            err.println("loopscope: the script interpreter is not built yet");
            return 1;
        };
    }
}
