package org.loopscope.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.loopscope.session.Intervention;
import org.loopscope.session.RecordedRun;
import org.loopscope.session.ScriptRun;

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

    /**
     * The runner of {@code loopscope run}: the script interpreter, through the session layer. A plain run goes the
     * short way ({@code ScriptRun}); interventions, exports and the summary need the run recorded as a trace
     * ({@code RecordedRun}). Cancellations are delivered before a Ctrl+C due at the same time.
     */
    static ScriptRunner session() {
        return (script, options, out, err) -> {
            ScriptRun.Settings settings = new ScriptRun.Settings(options.seed(), options.maxTime(), options.timeout(),
                    options.realTime());
            if (options.plain()) {
                return ScriptRun.run(script.path(), script.text(), settings, out, err);
            }
            List<Intervention> interventions = new ArrayList<>();
            for (TaskCancel cancel : options.cancels()) {
                interventions.add(Intervention.cancel(cancel.taskName(), cancel.atSeconds()));
            }
            options.interruptAt().ifPresent(seconds -> interventions.add(Intervention.interrupt(seconds)));
            RecordedRun.Request request = new RecordedRun.Request(settings, interventions, options.chromeTrace(),
                    options.eventLog(), options.svg(), options.png(), options.summary());
            return RecordedRun.run(script.path(), script.text(), request, out, err);
        };
    }

    /** The runner used while no interpreter exists: it says so on stderr and fails with status 1. */
    static ScriptRunner notBuiltYet() {
        return (script, options, out, err) -> {
            err.println("loopscope: the script interpreter is not built yet");
            return 1;
        };
    }
}
