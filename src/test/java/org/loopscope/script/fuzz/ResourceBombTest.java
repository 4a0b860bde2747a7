package org.loopscope.script.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.EventLoop;
import org.loopscope.engine.Instrument;
import org.loopscope.script.ScriptExecution;
import org.loopscope.script.runtime.Output;

/**
 * Programs that try to exhaust memory, the stack, the clock or the output each end within the limits with a clear
 * message: a Python error where CPython raises one (MemoryError, RecursionError), otherwise one
 * {@code loopscope:} line naming the limit (docs/robustness.md lists them).
 */
class ResourceBombTest {

    private static final Sandbox SANDBOX = new Sandbox(2_000_000, 10, 20_000);

    @AfterAll
    static void close() {
        SANDBOX.close();
    }

    private static Sandbox.Outcome run(String source) {
        Sandbox.Outcome outcome = SANDBOX.run(source);
        assertThat(Sandbox.problems(source, outcome)).isEmpty();
        assertThat(outcome.hung()).isFalse();
        return outcome;
    }

    private static String lastLine(Sandbox.Outcome outcome) {
        return outcome.stderr().strip().lines().reduce((a, b) -> b).orElse("");
    }

    @Test
    void hugeStringsListsAndIntsAreMemoryErrors() {
        assertThat(lastLine(run("s = 'a' * 10**10\n"))).isEqualTo("MemoryError");
        assertThat(lastLine(run("l = [0] * 10**9\n"))).isEqualTo("MemoryError");
        assertThat(lastLine(run("x = 10 ** 10**9\n"))).isEqualTo("MemoryError");
        assertThat(lastLine(run("s = 'ab'\nfor i in range(100):\n    s = s + s\n"))).isEqualTo("MemoryError");
    }

    @Test
    void theExponentialReprOfADoubledListIsAMemoryError() {
        Sandbox.Outcome outcome = run("x = [0]\nfor i in range(100):\n    x = [x, x]\nprint(len(str(x)))\n");
        assertThat(lastLine(outcome)).isEqualTo("MemoryError");
    }

    @Test
    void recursionThroughAwaitAndYieldFromIsARecursionError() {
        assertThat(lastLine(run("import asyncio\nasync def f(n):\n    return await f(n + 1)\nasyncio.run(f(0))\n")))
                .isEqualTo("RecursionError: maximum recursion depth exceeded");
        assertThat(lastLine(run("def g(n):\n    yield from g(n + 1)\nlist(g(0))\n")))
                .isEqualTo("RecursionError: maximum recursion depth exceeded");
    }

    @Test
    void aHundredThousandTasksRun() {
        Sandbox.Outcome outcome = run("""
                import asyncio
                async def w():
                    await asyncio.sleep(1)
                async def main():
                    ts = [asyncio.create_task(w()) for _ in range(100000)]
                    await asyncio.gather(*ts)
                    print('done', len(ts))
                asyncio.run(main())
                """);
        assertThat(outcome.stdout()).isEqualTo("done 100000\n");
    }

    @Test
    void runForeverWithAPeriodicCallbackStopsAtTheTimeLimit() {
        Sandbox.Outcome outcome = run("""
                import asyncio
                def tick(loop):
                    loop.call_later(1, tick, loop)
                loop = asyncio.new_event_loop()
                loop.call_soon(tick, loop)
                loop.run_forever()
                """);
        assertThat(lastLine(outcome)).isEqualTo("loopscope: the program ran past the time limit of 10.0 seconds of "
                + "loop time");
    }

    @Test
    void aTimerEveryNanosecondRunsUntilItIsStopped() throws InterruptedException {
        // Only a stop ends it (the wall clock's, in the command line and the app); the stop is asked for here after
        // a fixed number of loop iterations, so the test does not depend on how fast a loaded machine runs.
        String source = """
                import asyncio
                def tick(loop):
                    loop.call_later(1e-9, tick, loop)
                loop = asyncio.new_event_loop()
                loop.call_later(1e-9, tick, loop)
                loop.run_forever()
                """;
        StringBuilder err = new StringBuilder();
        double[] timeAtStop = {-1};
        ScriptExecution[] execution = new ScriptExecution[1];
        execution[0] = new ScriptExecution(Sandbox.PATH, source, (stream, text) -> {
            if (stream == Output.Stream.STDERR) {
                err.append(text);
            }
        }, new ScriptExecution.Options(0, 2_000_000, OptionalDouble.empty(), false)).instrumented(engine ->
                engine.instruments().add(new Instrument() {
                    @Override
                    public void iterationBegin(EventLoop loop, long iteration) {
                        if (iteration == 200_000) {
                            timeAtStop[0] = loop.time();
                            execution[0].stop("stopped after 200000 iterations");
                        }
                    }
                }), false);
        int[] status = {-1};
        Thread thread = new Thread(null, () -> status[0] = execution[0].run(), "nanosecond-timer", 512L << 20);
        thread.start();
        thread.join();
        assertThat(err.toString()).isEqualTo("loopscope: stopped after 200000 iterations\n");
        assertThat(status[0]).isEqualTo(1);
        // one nanosecond of loop time per iteration: virtual time crawls, so no time limit would end it soon
        assertThat(timeAtStop[0]).isBetween(1.9e-4, 2.1e-4);
    }

    @Test
    void aTaskThatNeverYieldsIsStopped() {
        Sandbox.Outcome outcome = run("import asyncio\nasync def main():\n    while True: pass\nasyncio.run(main())\n");
        assertThat(lastLine(outcome)).isEqualTo("loopscope: Task-1 has held the loop for more than 2000000 "
                + "instructions at " + Sandbox.PATH + ":3");
    }

    @Test
    void aHugePrintStopsAtTheOutputLimit() {
        Sandbox.Outcome outcome = run("s = 'x' * 1000000\nfor i in range(100):\n    print(s)\nprint('end')\n");
        assertThat(lastLine(outcome)).isEqualTo("loopscope: the program printed more than "
                + ScriptExecution.OUTPUT_LIMIT + " characters (the output limit)");
        assertThat(outcome.stdout()).doesNotContain("end");
        assertThat(outcome.status()).isEqualTo(1);
    }
}
