package org.loopscope.script.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalDouble;
import org.loopscope.script.ScriptExecution;
import org.loopscope.script.runtime.Output;

/**
 * The script VM in-process: runs one script several times in one JVM, each time as {@code loopscope run} does
 * (a fresh {@link ScriptExecution}, on a thread with a large stack, output discarded), and prints each run's wall
 * time and the run thread's CPU time, then the median and minimum of the runs after the first. The first run is
 * what a whole process pays (interpreted and partly compiled code); the later ones are the compiled VM, to hold
 * against {@code scripts/bench/cpython_inproc.py} on the same script.
 * Run: {@code java -cp target/classes:target/test-classes:... org.loopscope.script.bench.ScriptBench FILE.py [RUNS]}.
 */
public final class ScriptBench {

    private static final long STACK_BYTES = 512L << 20;

    private static final Output DISCARD = new Output() {
        @Override
        public void write(Stream stream, String s) {
        }

        @Override
        public void flush(Stream stream) {
        }
    };

    private ScriptBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 1) {
            System.err.println("usage: ScriptBench FILE.py [RUNS]");
            System.exit(2);
        }
        Path file = Path.of(args[0]).toAbsolutePath();
        String source = Files.readString(file);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        int[] status = new int[runs];
        Thread thread = new Thread(null, () -> {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int k = 0; k < runs; k++) {
                long w = System.nanoTime();
                long c = threads.getCurrentThreadCpuTime();
                status[k] = new ScriptExecution(file.toString(), source, DISCARD, new ScriptExecution.Options(0,
                        ScriptExecution.DEFAULT_INSTRUCTION_BUDGET, OptionalDouble.empty(), false)).run();
                wall[k] = (System.nanoTime() - w) / 1e6;
                cpu[k] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
            }
        }, "loopscope-script", STACK_BYTES);
        thread.start();
        thread.join();
        String name = file.getFileName().toString();
        for (int k = 0; k < runs; k++) {
            System.out.printf(Locale.ROOT, "%s run %d: %.1f ms wall, %.1f ms cpu, exit %d%n", name, k + 1, wall[k],
                    cpu[k], status[k]);
        }
        if (runs > 1) {
            double[] laterWall = Arrays.copyOfRange(wall, 1, runs);
            double[] laterCpu = Arrays.copyOfRange(cpu, 1, runs);
            System.out.printf(Locale.ROOT, "%s first %.1f ms (cpu %.1f); later runs median %.1f ms (cpu %.1f), "
                    + "min %.1f ms (cpu %.1f)%n", name, wall[0], cpu[0], median(laterWall), median(laterCpu),
                    min(laterWall), min(laterCpu));
        }
        System.exit(Arrays.stream(status).allMatch(s -> s == 0) ? 0 : 1);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }
}
