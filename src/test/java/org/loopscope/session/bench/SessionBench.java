package org.loopscope.session.bench;

import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.loopscope.session.Cursor;
import org.loopscope.session.Outcome;
import org.loopscope.session.RunInput;
import org.loopscope.session.ScriptRun;
import org.loopscope.session.Session;
import org.loopscope.session.SessionOptions;
import org.loopscope.trace.ReadyEntry;
import org.loopscope.trace.TaskRow;
import org.loopscope.trace.Trace;
import org.loopscope.trace.TraceState;

/**
 * The session benchmark behind {@code docs/performance.md} ("Sessions"): runs a script (by default the shared
 * spawn_gather workload) the plain way ({@code ScriptRun}, as {@code loopscope run} without options) and through a
 * session recording its trace, without line events (as {@code run --trace} does) and with them (as the app does),
 * interleaved; then, on the trace with line events, times what the player does at random places: seek to an event
 * and read the panels, and step back by each unit.
 * Run: {@code java -Xmx4g -cp target/classes:target/test-classes:... org.loopscope.session.bench.SessionBench
 * [SCRIPT [RUNS]]}.
 */
public final class SessionBench {

    private static final int PROBES = 300;

    private SessionBench() {
    }

    public static void main(String[] args) throws Exception {
        Path script = Path.of(args.length > 0 ? args[0] : "../shared/bench/spawn_gather.py").toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String text = Files.readString(script);
        System.out.printf(Locale.ROOT, "%s; JVM %s, %d CPUs, max heap %d MiB%n", script.getFileName(),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        RunInput bare = RunInput.of(script.toString(), text).withOptions(SessionOptions.defaults()
                .withLineEvents(false).withLookahead(Integer.MAX_VALUE));
        RunInput lines = bare.withOptions(bare.options().withLineEvents(true));
        plain(script, text);
        recorded(bare);
        recorded(lines);
        double[] plain = new double[runs];
        double[] traced = new double[runs];
        double[] tracedLines = new double[runs];
        double[] plainCpu = new double[runs];
        double[] tracedCpu = new double[runs];
        double[] tracedLinesCpu = new double[runs];
        int events = 0;
        int eventsWithLines = 0;
        for (int k = 0; k < runs; k++) {
            // Each run starts on a collected heap, so none pays for the garbage of the one before.
            System.gc();
            long start = System.nanoTime();
            long cpu = cpu();
            plain(script, text);
            plain[k] = (System.nanoTime() - start) / 1e6;
            plainCpu[k] = (cpu() - cpu) / 1e6;
            System.gc();
            start = System.nanoTime();
            cpu = cpu();
            events = recorded(bare).size();
            traced[k] = (System.nanoTime() - start) / 1e6;
            tracedCpu[k] = (cpu() - cpu) / 1e6;
            System.gc();
            start = System.nanoTime();
            cpu = cpu();
            eventsWithLines = recorded(lines).size();
            tracedLines[k] = (System.nanoTime() - start) / 1e6;
            tracedLinesCpu[k] = (cpu() - cpu) / 1e6;
        }
        System.out.printf(Locale.ROOT, "plain run (ScriptRun): median %.0f ms (min %.0f), process CPU median %.0f ms%n",
                median(plain), min(plain), median(plainCpu));
        System.out.printf(Locale.ROOT, "session, no line events: median %.0f ms (min %.0f), process CPU median %.0f ms,"
                + " %,d events: %.2fx wall, %.2fx CPU%n", median(traced), min(traced), median(tracedCpu), events,
                median(traced) / median(plain), median(tracedCpu) / median(plainCpu));
        System.out.printf(Locale.ROOT, "session, line events: median %.0f ms (min %.0f), process CPU median %.0f ms,"
                + " %,d events: %.2fx wall, %.2fx CPU%n", median(tracedLines), min(tracedLines),
                median(tracedLinesCpu), eventsWithLines, median(tracedLines) / median(plain),
                median(tracedLinesCpu) / median(plainCpu));

        Session session = Session.start(lines);
        session.demand(Long.MAX_VALUE / 2);
        session.awaitOutcome(Duration.ofMinutes(10)).orElseThrow();
        Trace trace = session.snapshot();
        int size = trace.size();
        Random random = new Random(42);
        Cursor cursor = new Cursor(session);
        long[] sink = new long[1];
        for (int warm = 0; warm < 200; warm++) {
            cursor.seekEvent(random.nextInt(size + 1));
            sink[0] += panels(cursor.state()) + cursor.narration().length();
            cursor.stepBack(Cursor.Unit.values()[warm % 4]);
        }
        double[] seek = new double[PROBES];
        for (int k = 0; k < PROBES; k++) {
            int n = random.nextInt(size + 1);
            long start = System.nanoTime();
            cursor.seekEvent(n);
            sink[0] += panels(cursor.state()) + cursor.narration().length();
            seek[k] = (System.nanoTime() - start) / 1e6;
        }
        System.out.printf(Locale.ROOT, "trace: %,d events, %,d tasks%n", size, trace.taskCount());
        System.out.printf(Locale.ROOT, "seek to a random event, state, first 50 rows of the panels, narration: "
                + "median %.3f ms, max %.2f ms%n", median(seek), max(seek));
        for (Cursor.Unit unit : Cursor.Unit.values()) {
            double[] back = new double[PROBES];
            for (int k = 0; k < PROBES; k++) {
                cursor.seekEvent(1 + random.nextInt(size));
                long start = System.nanoTime();
                cursor.stepBack(unit);
                sink[0] += panels(cursor.state()) + cursor.narration().length();
                back[k] = (System.nanoTime() - start) / 1e6;
            }
            System.out.printf(Locale.ROOT, "step back by %s, then the same reads: median %.3f ms, max %.2f ms%n",
                    unit, median(back), max(back));
        }
        System.out.println("(" + sink[0] + ")");
    }

    /** The process's CPU time in nanoseconds: every thread, the collector's and the compiler's included. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void plain(Path script, String text) {
        PrintWriter none = new PrintWriter(Writer.nullWriter());
        int status = ScriptRun.run(script, text, ScriptRun.Settings.defaults(), none, none);
        if (status != 0) {
            throw new IllegalStateException("exit status " + status);
        }
    }

    private static Trace recorded(RunInput input) throws InterruptedException {
        Session session = Session.start(input);
        session.demand(Long.MAX_VALUE / 2);
        Outcome outcome = session.awaitOutcome(Duration.ofMinutes(10)).orElseThrow();
        if (outcome.exitStatus() != 0) {
            throw new IllegalStateException(outcome.stderr());
        }
        return session.snapshot();
    }

    /** Reads what the app's panels show at first: 50 rows of the tasks table and ready queue, the timers. */
    private static long panels(TraceState state) {
        long sum = state.runningTask() + state.timers().size() + state.readyQueue().size();
        List<TaskRow> tasks = state.tasks();
        for (int k = 0; k < Math.min(50, tasks.size()); k++) {
            sum += tasks.get(k).steps();
        }
        List<ReadyEntry> ready = state.readyQueue();
        for (int k = 0; k < Math.min(50, ready.size()); k++) {
            sum += ready.get(k).task();
        }
        return sum;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
