package org.loopscope.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.loopscope.session.BuildInfo;
import org.loopscope.ui.files.ConfigDir;
import org.loopscope.ui.run.PlaySpeed;
import org.loopscope.ui.run.StepMode;

/**
 * The frame-time benchmark behind {@code docs/performance.md} ("App"): the real main window runs a program of
 * {@code TASKS} tasks (10,000 by default, each sleeping 8 times) and plays it as the user would after F5, at a speed
 * ({@code fastest} or a factor such as {@code 1}), for at most {@code SECONDS} of wall time or to the end. Every
 * pulse of the window is timed (a post-layout pulse listener); while playing, the window asks for a pulse every
 * frame, so the gaps between pulses are the frame times the user sees. Prints their count, median, 99th percentile
 * and maximum, the time of the longest timeline redraw, and the JavaFX thread's CPU time per frame (which a machine
 * busy with other work does not stretch as it stretches wall time).
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.loopscope.ui.main.PlayBench
 * [fastest|FACTOR] [SECONDS] [TASKS] [STEP]} under {@code xvfb-run} for the desktop toolkit, or without a display
 * on Monocle's headless screen.
 */
public final class PlayBench {

    private PlayBench() {
    }

    static String program(int tasks) {
        return "import asyncio\n\n\nasync def worker(i):\n    for _ in range(8):\n"
                + "        await asyncio.sleep(0.001 * (i % 10 + 1))\n\n\nasync def main():\n"
                + "    await asyncio.gather(*[worker(i) for i in range(" + tasks + ")])\n\n\nasyncio.run(main())\n";
    }

    public static void main(String[] args) throws Exception {
        String speedArg = args.length > 0 ? args[0] : "fastest";
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 60;
        int tasks = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        StepMode mode = args.length > 3 ? StepMode.valueOf(args[3])
                : StepMode.LINE;
        if (System.getenv("DISPLAY") == null && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        PlaySpeed speed = speedArg.equals("fastest") ? PlaySpeed.FASTEST : new PlaySpeed(Double.parseDouble(speedArg));
        Path config = Files.createTempDirectory("loopscope-bench");
        List<Long> pulses = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] longestRedraw = new long[1];
        CountDownLatch shown = new CountDownLatch(1);
        MainView[] view = new MainView[1];
        MainViewModel[] model = new MainViewModel[1];
        Platform.startup(() -> {
            model[0] = new MainViewModel(new BuildInfo("Loopscope", "bench"), new ConfigDir(config));
            view[0] = MainView.showIn(new Stage(), model[0]);
            model[0].editor().setText(program(tasks));
            model[0].run().speedProperty().set(speed);
            model[0].run().stepModeProperty().set(mode);
            view[0].getScene().addPostLayoutPulseListener(() -> {
                if (model[0].run().playingProperty().get()) {
                    pulses.add(System.nanoTime());
                    cpu.add(threads.getCurrentThreadCpuTime());
                    longestRedraw[0] = Math.max(longestRedraw[0], view[0].timeline().lastRedrawNanos());
                }
            });
            shown.countDown();
        });
        shown.await();
        Thread.sleep(1000);
        long start = System.nanoTime();
        Platform.runLater(() -> model[0].runProgram());
        CountDownLatch over = new CountDownLatch(1);
        Thread watcher = new Thread(() -> {
            while (System.nanoTime() - start < seconds * 1e9) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
                boolean[] done = new boolean[1];
                CountDownLatch asked = new CountDownLatch(1);
                Platform.runLater(() -> {
                    var state = model[0].run().stateProperty().get();
                    done[0] = state != null && state.atEnd() && !model[0].run().playingProperty().get();
                    asked.countDown();
                });
                try {
                    asked.await();
                } catch (InterruptedException e) {
                    return;
                }
                if (done[0]) {
                    break;
                }
            }
            over.countDown();
        });
        watcher.start();
        over.await();
        double wall = (System.nanoTime() - start) / 1e9;
        CountDownLatch stopped = new CountDownLatch(1);
        int[] reached = new int[2];
        Platform.runLater(() -> {
            model[0].run().playingProperty().set(false);
            var state = model[0].run().stateProperty().get();
            reached[0] = state == null ? 0 : state.position();
            reached[1] = view[0].timeline().viewModel().model().laneCount();
            model[0].run().closeRun();
            stopped.countDown();
        });
        stopped.await(10, TimeUnit.SECONDS);
        report(speed, mode, tasks, wall, reached, pulses, longestRedraw[0]);
        report("JavaFX thread CPU per frame", cpu);
        Platform.exit();
        System.exit(0);
    }

    private static void report(PlaySpeed speed, StepMode mode, int tasks, double wall, int[] reached,
            List<Long> pulses, long longestRedraw) {
        double[] gaps = new double[Math.max(0, pulses.size() - 1)];
        for (int i = 1; i < pulses.size(); i++) {
            gaps[i - 1] = (pulses.get(i) - pulses.get(i - 1)) / 1e6;
        }
        Arrays.sort(gaps);
        System.out.printf(Locale.ROOT, "JVM %s, %d CPUs; %d tasks, speed %s, step %s; %.1f s of wall time, cursor at "
                + "event %d, %d lanes%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), tasks, speed.label(), mode, wall, reached[0], reached[1]);
        if (gaps.length == 0) {
            System.out.println("no frames while playing");
            return;
        }
        long over50 = Arrays.stream(gaps).filter(gap -> gap > 50).count();
        System.out.printf(Locale.ROOT, "frames %d: median %.1f ms, p99 %.1f ms, max %.1f ms, over 50 ms: %d; "
                + "longest timeline redraw %.1f ms%n", gaps.length, percentile(gaps, 0.5), percentile(gaps, 0.99),
                gaps[gaps.length - 1], over50, longestRedraw / 1e6);
    }

    private static void report(String what, List<Long> times) {
        double[] gaps = new double[Math.max(0, times.size() - 1)];
        for (int i = 1; i < times.size(); i++) {
            gaps[i - 1] = (times.get(i) - times.get(i - 1)) / 1e6;
        }
        Arrays.sort(gaps);
        if (gaps.length > 0) {
            System.out.printf(Locale.ROOT, "%s: median %.1f ms, p99 %.1f ms, max %.1f ms, over 50 ms: %d%n", what,
                    percentile(gaps, 0.5), percentile(gaps, 0.99), gaps[gaps.length - 1],
                    Arrays.stream(gaps).filter(gap -> gap > 50).count());
        }
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
