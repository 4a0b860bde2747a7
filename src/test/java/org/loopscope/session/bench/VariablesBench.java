package org.loopscope.session.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.loopscope.session.Outcome;
import org.loopscope.session.RunInput;
import org.loopscope.session.Session;
import org.loopscope.session.SessionListener;
import org.loopscope.session.SessionOptions;
import org.loopscope.session.variables.VariableLog;

/**
 * What recording the variables costs (docs/performance.md, "Trace"): runs a script (by default the shared
 * spawn_gather workload) through a session as the app does (line events on), without and with the variables,
 * interleaved, and prints the median wall time of each, the snapshots kept, their estimated bytes and where the
 * budget cut them. Run: {@code java -Xmx4g -cp target/classes:target/test-classes:...
 * org.loopscope.session.bench.VariablesBench [SCRIPT [RUNS [BUDGET_MIB]]]}.
 */
public final class VariablesBench {

    private VariablesBench() {
    }

    public static void main(String[] args) throws Exception {
        Path script = Path.of(args.length > 0 ? args[0] : "../shared/bench/spawn_gather.py").toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long budget = args.length > 2 ? Long.parseLong(args[2]) << 20 : VariableLog.DEFAULT_BUDGET;
        RunInput input = RunInput.of(script.toString(), Files.readString(script))
                .withOptions(SessionOptions.defaults().withLookahead(Integer.MAX_VALUE));
        run(input, 0);
        run(input, budget);
        double[] without = new double[runs];
        double[] with = new double[runs];
        double[] withoutCpu = new double[runs];
        double[] withCpu = new double[runs];
        Session last = null;
        for (int i = 0; i < runs; i++) {
            Timed plain = run(input, 0);
            without[i] = plain.millis();
            withoutCpu[i] = plain.cpuMillis();
            Timed recorded = run(input, budget);
            last = recorded.session();
            with[i] = recorded.millis();
            withCpu[i] = recorded.cpuMillis();
        }
        VariableLog log = last.variables();
        System.out.printf(Locale.ROOT, "%s: %d events; session without variables median %.0f ms wall, %.0f ms run-thread CPU;"
                + " with %.0f ms wall, %.0f ms run-thread CPU (%.2fx wall, %.2fx CPU); %d task snapshots, %.1f MiB estimated,"
                + " budget %d MiB, cut at %d%n",
                script.getFileName(), last.snapshot().size(), median(without), median(withoutCpu), median(with),
                median(withCpu), median(with) / median(without), median(withCpu) / median(withoutCpu),
                log.taskSnapshots(), log.bytes() / 1048576.0, budget >> 20, log.cutAt());
    }

    /** A finished session and the wall milliseconds it took. */
    private record Timed(Session session, double millis, double cpuMillis) {
    }



    private static Timed run(RunInput input, long budget) throws InterruptedException {
        System.gc();
        long start = System.nanoTime();
        long[] threadCpu = {0};
        Session session = Session.start(input, budget, new SessionListener() {
            @Override
            public void finished(Session from, Outcome outcome) {
                // Called on the run's thread, at its end: the CPU time the run itself took.
                threadCpu[0] = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            }
        });
        session.awaitOutcome(Duration.ofMinutes(5)).orElseThrow();
        session.join(Duration.ofMinutes(1));
        return new Timed(session, (System.nanoTime() - start) / 1e6, threadCpu[0] / 1e6);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
