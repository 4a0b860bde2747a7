package org.loopscope.ui.timeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.loopscope.engine.EventLoop;
import org.loopscope.engine.Instrument;
import org.loopscope.session.view.Recorded;
import org.loopscope.session.view.TimelineModel;
import org.loopscope.trace.Trace;

/**
 * The timeline benchmark behind {@code docs/performance.md} ("Timeline"): records {@link Recorded#manySleepers}
 * with 10,000 tasks sleeping {@code SLEEPS} times each (about a million events), then measures building its
 * {@link TimelineModel} at once and snapshot by snapshot as a live run grows, and the time of a redraw of a
 * {@link TimelineView} showing it, in several views, at 1280×720 and on a 4K screen at 2.5× scale.
 *
 * <p>A redraw is {@link TimelineView#redraw()} on the JavaFX thread: the painter deciding what is in view and
 * issuing the canvas commands. "with rendering" adds a snapshot of the canvas, which makes the render thread
 * rasterise those commands and read the pixels back: an upper bound of a frame. The redraw's CPU time (of the JavaFX
 * thread) is given too: on a busy machine the wall time includes waiting for a processor. Without a display it runs on
 * Monocle's headless software pipeline (as the tests do); under Xvfb, on the desktop pipeline.
 * Run: {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.loopscope.ui.timeline.TimelineBench
 * [TASKS] [SLEEPS]}.
 */
public final class TimelineBench {

    private static final int WARMUP = 30;
    private static final int RUNS = 100;
    private static final int RENDERED_RUNS = 15;

    private TimelineBench() {
    }

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int sleeps = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        if (System.getProperty("glass.platform") == null && System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            // Room for the 4K window (Monocle's headless screen is 1280x800 unless told).
            System.setProperty("headless.geometry", "3840x2200-32");
        }
        System.out.printf(Locale.ROOT, "JVM %s, %d CPUs, max heap %d MiB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        Recorded run = new Recorded();
        List<Trace> snapshots = new ArrayList<>();
        run.py.engine().instruments().add(new Instrument() {
            private int last;

            @Override
            public void iterationEnd(EventLoop loop, long iteration) {
                if (run.recorder.size() - last >= 20_000) {
                    last = run.recorder.size();
                    snapshots.add(run.recorder.trace());
                }
            }
        });
        long recordStart = System.nanoTime();
        Trace trace = run.manySleepers(tasks, sleeps);
        System.out.printf(Locale.ROOT, "program: %,d tasks x %d sleeps: %,d events, %,d task intervals, "
                + "end %.3f s; recorded in %.0f ms%n", tasks, sleeps, trace.size(), trace.intervalCount(),
                trace.endTime(), (System.nanoTime() - recordStart) / 1e6);

        TimelineModel model = modelFigures(trace, snapshots);
        renderFigures(model, tasks);
        Platform.exit();
    }

    private static TimelineModel modelFigures(Trace trace, List<Trace> snapshots) {
        double[] whole = new double[5];
        TimelineModel model = null;
        for (int k = 0; k < whole.length; k++) {
            long start = System.nanoTime();
            model = TimelineModel.of(trace);
            whole[k] = (System.nanoTime() - start) / 1e6;
        }
        System.out.printf(Locale.ROOT, "model at once: median %.0f ms (min %.0f) for %,d lanes%n", median(whole),
                min(whole), model.laneCount());
        double[] steps = new double[snapshots.size() + 1];
        TimelineModel growing = TimelineModel.empty();
        long total = 0;
        for (int k = 0; k <= snapshots.size(); k++) {
            Trace next = k < snapshots.size() ? snapshots.get(k) : trace;
            long start = System.nanoTime();
            growing = growing.extendedTo(next);
            long took = System.nanoTime() - start;
            total += took;
            steps[k] = took / 1e6;
        }
        System.out.printf(Locale.ROOT, "model snapshot by snapshot: %d snapshots of about 20,000 events, %.0f ms in "
                + "all, median %.1f ms, max %.1f ms each%n", steps.length, total / 1e6, median(steps), max(steps));
        return model;
    }

    private static void renderFigures(TimelineModel model, int tasks) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        // Closing the first window must not end JavaFX before the second opens.
        Platform.setImplicitExit(false);
        System.out.printf(Locale.ROOT, "JavaFX: glass %s, prism %s%n", System.getProperty("glass.platform", "desktop"),
                System.getProperty("prism.order", "default"));
        for (double[] screen : new double[][] {{1280, 720, 1}, {3840, 2160, 2.5}}) {
            TimelineView view = onFx(() -> {
                TimelineView made = new TimelineView();
                Stage stage = new Stage();
                stage.setScene(new Scene(made, screen[0], screen[1]));
                made.fontSizeProperty().set(TimelineView.STANDARD_FONT_SIZE * screen[2]);
                made.showModel(model);
                stage.show();
                return made;
            });
            System.out.printf(Locale.ROOT, "%.0fx%.0f at scale %.1f, canvas %.0fx%.0f:%n", screen[0], screen[1],
                    screen[2], view.canvas().getWidth(), view.canvas().getHeight());
            TimelineViewModel vm = view.viewModel();
            measure(view, "fitted, time axis, first lanes", m -> m.fit());
            measure(view, "fitted, scrolled to lane " + tasks / 2, m -> m.panBy(0, -(tasks / 2.0) * m.rowHeight()));
            measure(view, "zoomed 100x in the middle", m -> {
                m.fit();
                m.zoomAround((m.plotLeft() + m.plotRight()) / 2, 100);
            });
            measure(view, "fitted, iteration axis", m -> {
                m.axisModeProperty().set(AxisMode.ITERATIONS);
                m.fit();
                m.panBy(0, 1e9);
            });
            measure(view, "iteration axis zoomed 1000x, selection", m -> {
                m.zoomAround((m.plotLeft() + m.plotRight()) / 2, 1000);
                m.selectedTaskProperty().set(tasks / 3);
                m.axisModeProperty().set(AxisMode.TIME);
                m.axisModeProperty().set(AxisMode.ITERATIONS);
            });
            onFx(() -> {
                vm.axisModeProperty().set(AxisMode.TIME);
                view.getScene().getWindow().hide();
                return null;
            });
        }
    }

    private static void measure(TimelineView view, String name, Consumer<TimelineViewModel> setUp) throws Exception {
        double[] paint = new double[RUNS];
        double[] cpu = new double[RUNS];
        double[] rendered = new double[RENDERED_RUNS];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        onFx(() -> {
            setUp.accept(view.viewModel());
            for (int k = 0; k < WARMUP; k++) {
                view.redraw();
            }
            for (int k = 0; k < RUNS; k++) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                view.redraw();
                cpu[k] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                paint[k] = view.lastRedrawNanos() / 1e6;
            }
            for (int k = 0; k < RENDERED_RUNS; k++) {
                long start = System.nanoTime();
                view.redraw();
                view.canvas().snapshot(null, null);
                rendered[k] = (System.nanoTime() - start) / 1e6;
            }
            return null;
        });
        System.out.printf(Locale.ROOT, "  %-40s redraw median %5.2f ms, 95%% %5.2f ms, max %5.2f ms "
                + "(CPU: median %5.2f, 95%% %5.2f ms); with rendering median %6.1f ms%n", name, median(paint),
                percentile(paint, 0.95), max(paint), median(cpu), percentile(cpu, 0.95), median(rendered));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error failed) {
                result.completeExceptionally(failed);
            }
        });
        return result.get();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double percentile(double[] values, double share) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(sorted.length * share))];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
