package org.loopscope.script.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.loopscope.script.ScriptExecution;
import org.loopscope.script.runtime.Output;
import org.loopscope.trace.EventLog;
import org.loopscope.trace.Trace;
import org.loopscope.trace.TraceRecorder;

/**
 * One run of a test program through the script VM with a trace recorder attached, on a thread with a large stack,
 * as the application runs programs: what it printed, its exit status and its trace.
 */
public record SimulatedRun(int status, String out, String err, Trace trace) {

    /** Runs {@code source} (the file {@code /tmp/prog.py}) with the random seed {@code seed}. */
    public static SimulatedRun of(String source, long seed) {
        return of(source, seed, 0);
    }

    /** Runs {@code source} with the random seed {@code seed}, each source line costing {@code lineCost} seconds. */
    public static SimulatedRun of(String source, long seed, double lineCost) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        Output output = (stream, text) -> (stream == Output.Stream.STDOUT ? out : err).append(text);
        TraceRecorder[] recorder = new TraceRecorder[1];
        ScriptExecution run = new ScriptExecution("/tmp/prog.py", source, output,
                new ScriptExecution.Options(seed, ScriptExecution.DEFAULT_INSTRUCTION_BUDGET, OptionalDouble.of(600),
                        false))
                .instrumented(engine -> recorder[0] = TraceRecorder.attach(engine), true)
                .lineCost(lineCost);
        int[] status = new int[1];
        Thread t = new Thread(null, () -> status[0] = run.run(), "simulated-run", 256L << 20);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new SimulatedRun(status[0], out.toString(), err.toString(), recorder[0].trace());
    }

    /** Runs {@code source} with seed 0. */
    public static SimulatedRun of(String source) {
        return of(source, 0);
    }

    /** Every event of the trace as one line (kind, loop, time, task, texts), for comparing runs. */
    public List<String> events() {
        EventLog log = trace.events();
        List<String> lines = new ArrayList<>(log.size());
        for (int i = 0; i < log.size(); i++) {
            lines.add(log.kind(i) + " loop=" + log.loop(i) + " t=" + log.time(i) + " it=" + log.iteration(i)
                    + " task=" + log.task(i) + " subject=" + log.subject(i) + " arg=" + log.arg(i) + " text="
                    + log.text(i) + " value=" + log.value(i));
        }
        return lines;
    }

    /** The lines the program printed. */
    public List<String> lines() {
        return out.lines().toList();
    }
}
