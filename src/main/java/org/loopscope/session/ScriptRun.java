package org.loopscope.session;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.loopscope.script.ScriptExecution;
import org.loopscope.script.runtime.Output;

/**
 * A headless run of a script for the command line: runs it on its own thread with a large stack (deep recursion
 * in scripts must end in RecursionError, never in a Java stack overflow), stops it after a wall-clock timeout, and
 * answers the exit status {@code python3} would.
 */
public final class ScriptRun {

    /** How large the script thread's stack is. */
    private static final long STACK_BYTES = 512L << 20;

    /**
     * The options of a run.
     *
     * @param seed     seed of the script's {@code random} module
     * @param maxTime  virtual time after which the run stops
     * @param timeout  wall-clock seconds after which the run stops
     * @param realTime run on the real clock
     */
    public record Settings(long seed, OptionalDouble maxTime, OptionalDouble timeout, boolean realTime) {

        /** Seed 0, virtual time, no limits. */
        public static Settings defaults() {
            return new Settings(0, OptionalDouble.empty(), OptionalDouble.empty(), false);
        }
    }

    private ScriptRun() {
    }

    /** Runs the script at {@code path} (absolute) with source {@code text}; returns the exit status. */
    public static int run(Path path, String text, Settings settings, PrintWriter out, PrintWriter err) {
        Output output = new Output() {
            @Override
            public void write(Stream stream, String s) {
                (stream == Stream.STDOUT ? out : err).print(s);
            }

            @Override
            public void flush(Stream stream) {
                (stream == Stream.STDOUT ? out : err).flush();
            }
        };
        ScriptExecution execution = new ScriptExecution(path.toString(), text, output,
                new ScriptExecution.Options(settings.seed(), ScriptExecution.DEFAULT_INSTRUCTION_BUDGET,
                        settings.maxTime(), settings.realTime()));
        int[] status = {1};
        Throwable[] failure = {null};
        Thread thread = new Thread(null, () -> {
            try {
                status[0] = execution.run();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "loopscope-script", STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            if (settings.timeout().isPresent()) {
                double seconds = settings.timeout().getAsDouble();
                thread.join(Math.max(1, (long) (seconds * 1000)));
                if (thread.isAlive()) {
                    execution.stop(timeoutMessage(seconds));
                    thread.join(5000);
                    if (thread.isAlive()) {
                        out.flush();
                        err.println("loopscope: " + timeoutMessage(seconds));
                        return 1;
                    }
                }
            } else {
                thread.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            execution.stop("interrupted");
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
        if (failure[0] != null) {
            reportFailure(failure[0], err);
            return 1;
        }
        return status[0];
    }

    /** Reports a failure of Loopscope itself in one line ({@code loopscope: internal error: ...}). */
    static void reportFailure(Throwable t, PrintWriter err) {
        if (Boolean.getBoolean("loopscope.debug")) {
            t.printStackTrace(err);
        }
        String message = t instanceof OutOfMemoryError ? "the program ran out of memory"
                : "internal error: " + t.getClass().getSimpleName()
                + (t.getMessage() == null ? "" : ": " + t.getMessage().strip().replaceAll("\\s*\\R\\s*", " "));
        err.println("loopscope: " + message);
        err.flush();
    }

    /** The message of a run stopped by {@code --timeout}. */
    static String timeoutMessage(double seconds) {
        return "the program ran for more than " + format(seconds) + " seconds of wall-clock time (--timeout)";
    }

    private static String format(double seconds) {
        return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds);
    }
}
