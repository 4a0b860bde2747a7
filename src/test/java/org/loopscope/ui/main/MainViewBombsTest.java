package org.loopscope.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.loopscope.session.BuildInfo;
import org.loopscope.ui.files.ConfigDir;
import org.loopscope.ui.run.PlaySpeed;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runaway programs in the real window, headless: while each plays as fast as possible the JavaFX thread keeps
 * answering (a {@code runLater} runs after at most {@link #MAX_LATENCY_MS} ms of work on that thread), Stop
 * (Shift+F5) ends the run, and the console ends with one {@code loopscope:} line, no Java exception.
 *
 * <p>The JavaFX thread's CPU time is measured rather than the wall time: on a loaded machine a thread may wait for a
 * processor for seconds, which says nothing about the app. The wall times are printed for the record.
 */
@ExtendWith(ApplicationExtension.class)
class MainViewBombsTest {

    /** How late a {@code runLater} may run while a bomb goes off. */
    static final long MAX_LATENCY_MS = 500;
    /** How long each bomb plays before Stop. */
    private static final long PLAY_MS = 3_000;

    @TempDir
    Path dir;

    private MainViewModel viewModel;
    private long fxThread;

    @Start
    void start(Stage stage) {
        fxThread = Thread.currentThread().getId();
        viewModel = new MainViewModel(new BuildInfo("Loopscope", "test"), new ConfigDir(dir.resolve("config")));
        MainView.showIn(stage, viewModel);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a task that never yields | import asyncio\\nasync def spin():\\n    while True:\\n        pass\\nasync def main():\\n    await asyncio.create_task(spin())\\nasyncio.run(main())\\n
            run_forever with a periodic callback | import asyncio\\nloop = asyncio.new_event_loop()\\ndef tick():\\n    print('tick')\\n    loop.call_later(0.01, tick)\\nloop.call_soon(tick)\\nloop.run_forever()\\n
            100,000 tasks | import asyncio\\nasync def work(i):\\n    await asyncio.sleep(0.001 * (i % 7))\\nasync def main():\\n    await asyncio.gather(*(work(i) for i in range(100000)))\\n    print('done')\\nasyncio.run(main())\\n
            a huge print | for i in range(10000000):\\n    print(i, 'x' * 60)\\n
            """)
    void theWindowAnswersWhileABombPlaysAndStopEndsIt(String name, String escaped, FxRobot robot) throws Exception {
        String program = escaped.replace("\\n", "\n");
        robot.interact(() -> {
            viewModel.editor().setText(program);
            viewModel.run().speedProperty().set(PlaySpeed.FASTEST);
        });
        robot.push(KeyCode.F5);
        long worst = 0;
        long worstWall = 0;
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PLAY_MS);
        while (System.nanoTime() < end) {
            long[] latency = runLaterLatencyMs();
            worst = Math.max(worst, latency[0]);
            worstWall = Math.max(worstWall, latency[1]);
            Thread.sleep(50);
        }
        System.out.printf("%s: slowest runLater %d ms of JavaFX-thread CPU, %d ms of wall time%n", name, worst,
                worstWall);
        assertThat(worst).as("%s: the JavaFX thread's work before a runLater ran, in ms", name)
                .isLessThan(MAX_LATENCY_MS);

        long stop = System.nanoTime();
        robot.press(KeyCode.SHIFT).push(KeyCode.F5).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> viewModel.run().stateProperty().get() != null
                && viewModel.run().stateProperty().get().over());
        System.out.printf("%s: over %d ms after Stop, status %s%n", name,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stop), viewModel.run().statusProperty().get());
        robot.interact(() -> viewModel.run().end());
        WaitForAsyncUtils.waitForFxEvents();
        String console = String.join("\n", viewModel.console().lines().stream().map(Object::toString).toList());
        String[] output = viewModel.console().programText().split("\n");
        assertThat(output[output.length - 1]).as("%s: the last line", name)
                .matches("loopscope: (stopped by the user|Task-2 has held the loop for more than .*"
                        + "|the program printed more than \\d+ characters \\(the output limit\\))");
        assertThat(console).doesNotContain("Exception").doesNotContain("\tat org.");
        assertThat(viewModel.faults().countProperty().get()).as("no fault of the app").isZero();
        assertThat(runLaterLatencyMs()[0]).isLessThan(MAX_LATENCY_MS);
    }

    /** How long a runLater took to run: the JavaFX thread's CPU time meanwhile, and the wall time, in ms. */
    private long[] runLaterLatencyMs() throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        CountDownLatch ran = new CountDownLatch(1);
        long cpu = threads.getThreadCpuTime(fxThread);
        long start = System.nanoTime();
        Platform.runLater(ran::countDown);
        assertThat(ran.await(30, TimeUnit.SECONDS)).as("the JavaFX thread answers").isTrue();
        long wall = System.nanoTime() - start;
        return new long[] {TimeUnit.NANOSECONDS.toMillis(threads.getThreadCpuTime(fxThread) - cpu),
            TimeUnit.NANOSECONDS.toMillis(wall)};
    }
}
