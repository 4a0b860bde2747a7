package org.loopscope.engine.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The engine benchmark: the Java twins of the shared asyncio benchmark scripts, each run several times in one
 * process on a fresh engine, plus the heap held by 100,000 live tasks. For each workload it prints the line the
 * Python script prints, then the first run's wall time (JIT cold) and the median and minimum of the later runs,
 * each with the process CPU time it took (collector and compiler threads included). Exits with status 1 if any run
 * printed something other than what CPython printed.
 *
 * <pre>java -cp target/loopscope.jar org.loopscope.engine.bench.EngineBench [--only NAME,...] [--runs N]</pre>
 */
public final class EngineBench {

    /** The name of the memory measurement in {@code --only}. */
    static final String LIVE_TASKS = "live_tasks";
    static final int LIVE_TASKS_N = 100_000;

    private final PrintStream out;

    private EngineBench(PrintStream out) {
        this.out = out;
    }

    /** Every workload, in the order they run. */
    static List<Workload> workloads() {
        return List.of(SpawnGather.WORKLOAD, CallSoonChain.WORKLOAD, Timers.WORKLOAD, ManySleepers.WORKLOAD,
                Strategies.WORKLOAD, QueuePipeline.WORKLOAD);
    }

    public static void main(String[] args) {
        int runs = 10;
        Set<String> only = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--only" -> only = new LinkedHashSet<>(Arrays.asList(args[++i].split(",")));
                default -> {
                    System.err.println("usage: EngineBench [--only NAME,...] [--runs N]   names: "
                            + String.join(",", names()));
                    System.exit(2);
                }
            }
        }
        if (runs < 1 || (only != null && !names().containsAll(only))) {
            System.err.println("EngineBench: --runs needs N >= 1, --only names among " + String.join(",", names()));
            System.exit(2);
        }
        System.exit(new EngineBench(System.out).run(only, runs) ? 0 : 1);
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        workloads().forEach(w -> names.add(w.name()));
        names.add(LIVE_TASKS);
        return names;
    }

    private boolean run(Set<String> only, int runs) {
        out.println(jvmLine());
        boolean allOk = true;
        for (Workload workload : workloads()) {
            if (only == null || only.contains(workload.name())) {
                allOk &= time(workload, runs);
            }
        }
        if (only == null || only.contains(LIVE_TASKS)) {
            LiveTasks.Footprint footprint = LiveTasks.measure(LIVE_TASKS_N);
            out.printf(Locale.ROOT, "# %s: %d live tasks suspended in sleep(10) hold %.1f MB of heap, %d bytes each%n",
                    LIVE_TASKS, footprint.tasks(), footprint.megabytes(), footprint.bytesPerTask());
        }
        return allOk;
    }

    private boolean time(Workload workload, int runs) {
        double[] millis = new double[runs];
        double[] cpuMillis = new double[runs];
        String printed = null;
        boolean ok = true;
        for (int r = 0; r < runs; r++) {
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            String line = workload.runOnce();
            millis[r] = (System.nanoTime() - start) / 1e6;
            cpuMillis[r] = (processCpuNanos() - cpuStart) / 1e6;
            if (!line.equals(workload.expected())) {
                ok = false;
            }
            printed = line;
        }
        out.println(printed);
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "# %s: n=%d runs=%d first=%.1f ms (cpu %.1f ms)", workload.name(), workload.n(), runs, millis[0],
                cpuMillis[0]));
        if (runs > 1) {
            double[] warm = Arrays.copyOfRange(millis, 1, runs);
            double[] warmCpu = Arrays.copyOfRange(cpuMillis, 1, runs);
            Arrays.sort(warm);
            Arrays.sort(warmCpu);
            report.append(String.format(Locale.ROOT, " median=%.1f ms min=%.1f ms cpu median=%.1f ms",
                    median(warm), warm[0], median(warmCpu)));
        }
        report.append(ok ? " ok" : " MISMATCH: CPython printed " + workload.expected());
        out.println(report);
        return ok;
    }

    /** CPU time of the whole process (every thread: the run's, the collector's, the compiler's), or 0. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** The JVM the figures come from: version, processors, heap limit and collectors. */
    private static String jvmLine() {
        List<String> collectors = new ArrayList<>();
        ManagementFactory.getGarbageCollectorMXBeans().forEach(gc -> collectors.add(gc.getName()));
        return String.format(Locale.ROOT, "# java %s (%s), %d processors, max heap %d MB, collectors: %s",
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                String.join(", ", collectors));
    }

    private static double median(double[] sorted) {
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
