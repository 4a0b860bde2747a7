package org.loopscope.script;

import java.util.OptionalDouble;
import org.loopscope.script.runtime.Output;

/** Runs a program as {@code loopscope run} would (on a thread with a large stack) and keeps what it wrote. */
final class Runs {

    /** What a run wrote and returned. */
    record Result(int status, String out, String err) {
        /** The last non-blank line of stderr, as the conformance checker compares it. */
        String lastErrLine() {
            return err.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("");
        }
    }

    static final String PATH = "/tmp/prog.py";

    private Runs() {
    }

    static Result run(String source) {
        return run(source, ScriptExecution.DEFAULT_INSTRUCTION_BUDGET);
    }

    static Result run(String source, long budget) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        Output output = (stream, text) -> (stream == Output.Stream.STDOUT ? out : err).append(text);
        ScriptExecution run = new ScriptExecution(PATH, source, output,
                new ScriptExecution.Options(0, budget, OptionalDouble.empty(), false));
        int[] status = new int[1];
        Thread t = new Thread(null, () -> status[0] = run.run(), "test-script", 512L << 20);
        t.start();
        try {
            t.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (t.isAlive()) {
            run.stop("test timeout");
            throw new IllegalStateException("the run did not end");
        }
        return new Result(status[0], out.toString(), err.toString());
    }
}
