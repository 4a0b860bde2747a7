package org.loopscope.trace.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.loopscope.engine.Asyncio;
import org.loopscope.engine.Coroutine;
import org.loopscope.engine.Engine;
import org.loopscope.engine.Resumption;
import org.loopscope.engine.StepCoroutine;
import org.loopscope.trace.ReadyEntry;
import org.loopscope.trace.TaskRow;
import org.loopscope.trace.Trace;
import org.loopscope.trace.TraceRecorder;
import org.loopscope.trace.TraceState;

/**
 * The trace benchmark behind {@code docs/performance.md} ("Trace"): records the spawn_gather workload
 * <pre>
 * async def worker():
 *     await asyncio.sleep(0)
 * async def main():
 *     await asyncio.gather(*[worker() for _ in range(TASKS)])
 * </pre>
 * with and without a {@link TraceRecorder}, and reports the recording overhead, the bytes the trace keeps per
 * event (heap after GC with the trace held, minus without), and the time of {@code stateAt} at random events.
 * Run: {@code java -Xmx4g -cp target/classes:target/test-classes:... org.loopscope.trace.bench.TraceBench [TASKS]}.
 */
public final class TraceBench {

    private static final int RUNS = 9;
    private static final int PROBES = 300;

    private TraceBench() {
    }

    public static void main(String[] args) {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        System.out.printf(Locale.ROOT, "spawn_gather: %,d tasks x sleep(0); JVM %s, %d CPUs, max heap %d MiB%n",
                tasks, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        for (int warm = 0; warm < 2; warm++) {
            run(tasks, false);
            run(tasks, true);
        }
        double[] plain = new double[RUNS];
        double[] traced = new double[RUNS];
        double[] plainCpu = new double[RUNS];
        double[] tracedCpu = new double[RUNS];
        double[] plainGc = new double[RUNS];
        double[] tracedGc = new double[RUNS];
        for (int k = 0; k < RUNS; k++) {
            long cpu = cpu();
            long gc = gcMillis();
            plain[k] = time(() -> run(tasks, false));
            plainCpu[k] = (cpu() - cpu) / 1e6;
            plainGc[k] = gcMillis() - gc;
            cpu = cpu();
            gc = gcMillis();
            traced[k] = time(() -> run(tasks, true));
            tracedCpu[k] = (cpu() - cpu) / 1e6;
            tracedGc[k] = gcMillis() - gc;
        }
        System.out.printf(Locale.ROOT, "wall time: without trace median %.0f ms (min %.0f), with trace median %.0f ms "
                + "(min %.0f): %.2fx%n", median(plain), min(plain), median(traced), min(traced),
                median(traced) / median(plain));
        System.out.printf(Locale.ROOT, "run thread CPU time: without trace median %.0f ms (min %.0f), with trace "
                + "median %.0f ms (min %.0f): %.2fx%n", median(plainCpu), min(plainCpu), median(tracedCpu),
                min(tracedCpu), median(tracedCpu) / median(plainCpu));
        System.out.printf(Locale.ROOT, "collector pauses during a run: without trace median %.0f ms, with trace median "
                + "%.0f ms%n", median(plainGc), median(tracedGc));

        long before = usedAfterGc();
        Trace trace = run(tasks, true);
        long after = usedAfterGc();
        int events = trace.size();
        System.out.printf(Locale.ROOT, "events: %,d; tasks: %,d; intervals: %,d; checkpoints every %d events%n",
                events, trace.taskCount(), trace.intervalCount(), trace.checkpointInterval());
        System.out.printf(Locale.ROOT, "heap held by the trace: %.1f MiB = %.1f bytes/event%n",
                (after - before) / 1048576.0, (after - before) / (double) events);

        Random random = new Random(42);
        for (int warm = 0; warm < 100; warm++) {
            trace.stateAt(random.nextInt(events + 1)).tasks();
        }
        usedAfterGc();
        double[] seek = new double[PROBES];
        double[] panels = new double[PROBES];
        double[] table = new double[PROBES];
        long[] sink = new long[1];
        for (int k = 0; k < PROBES; k++) {
            int n = 1 + random.nextInt(events);
            seek[k] = time(() -> sink[0] += trace.stateAt(n).events());
            // A step back as the app shows it: the state one event earlier, the first rows of each panel.
            panels[k] = time(() -> sink[0] += panels(trace.stateAt(n - 1)));
            table[k] = time(() -> {
                for (TaskRow row : trace.stateAt(n).tasks()) {
                    sink[0] += row.steps();
                }
            });
        }
        System.out.printf(Locale.ROOT, "stateAt at %d random events: median %.3f ms, max %.2f ms%n", PROBES,
                median(seek), max(seek));
        System.out.printf(Locale.ROOT, "step back one event and read the panels' first 50 rows: median %.3f ms, "
                + "max %.2f ms%n", median(panels), max(panels));
        System.out.printf(Locale.ROOT, "stateAt and every row of the tasks table: median %.2f ms, max %.2f ms%n",
                median(table), max(table));
        System.out.println("summary: " + trace.summary());
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

    /** Runs the workload; with {@code traced}, returns its trace. */
    static Trace run(int tasks, boolean traced) {
        Engine engine = Engine.forJava();
        TraceRecorder recorder = traced ? TraceRecorder.attach(engine) : null;
        Asyncio asyncio = new Asyncio(engine);
        asyncio.run(new StepCoroutine("main") {
            private boolean started;

            @Override
            protected Resumption resume(Object value, RuntimeException error) {
                if (error != null) {
                    throw error;
                }
                if (started) {
                    return returnValue(null);
                }
                started = true;
                List<Coroutine> workers = new ArrayList<>(tasks);
                for (int k = 0; k < tasks; k++) {
                    workers.add(worker(asyncio));
                }
                return await(asyncio.gather(workers, false));
            }
        });
        return recorder == null ? null : recorder.trace();
    }

    private static Coroutine worker(Asyncio asyncio) {
        return new StepCoroutine("worker") {
            private boolean slept;

            @Override
            protected Resumption resume(Object value, RuntimeException error) {
                if (error != null) {
                    throw error;
                }
                if (slept) {
                    return returnValue(null);
                }
                slept = true;
                return await(asyncio.sleep(0));
            }
        };
    }

    private static double time(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static long gcMillis() {
        long total = 0;
        for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, collector.getCollectionTime());
        }
        return total;
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
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
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static long usedAfterGc() {
        for (int k = 0; k < 4; k++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
