package org.loopscope.script.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.loopscope.script.ScriptExecution;
import org.loopscope.script.runtime.Output;

/** Runs of whole programs where what matters is how the run ends: limits and stop requests. */
class ScriptRunTest {

    /** What a run wrote and returned. */
    record Result(int status, String out, String err) {
    }

    private static Result run(String source, long budget) throws InterruptedException {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        Output output = (stream, text) -> (stream == Output.Stream.STDOUT ? out : err).append(text);
        ScriptExecution run = new ScriptExecution("/tmp/prog.py", source, output,
                new ScriptExecution.Options(0, budget, OptionalDouble.empty(), false));
        int[] status = new int[1];
        Thread t = new Thread(null, () -> status[0] = run.run(), "test-script", 256L << 20);
        t.start();
        t.join();
        return new Result(status[0], out.toString(), err.toString());
    }

    @Test
    void aTaskThatNeverYieldsIsStoppedAtItsBudget() throws InterruptedException {
        Result r = run("import asyncio\nasync def spin():\n    while True:\n        pass\n"
                + "async def main():\n    await asyncio.create_task(spin())\nasyncio.run(main())\n", 10_000);

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("loopscope: Task-2 has held the loop for more than 10000 instructions at"
                + " /tmp/prog.py:3\n");
    }

    @Test
    void moduleCodeHasNoBudget() throws InterruptedException {
        Result r = run("n = 0\nwhile n < 100000:\n    n += 1\nprint(n)\n", 1_000);

        assertThat(r.out()).isEqualTo("100000\n");
        assertThat(r.status()).isZero();
    }

    @Test
    void deepRecursionInJavaOperationsEndsInRecursionError() throws InterruptedException {
        Result r = run("class R:\n    def __repr__(self):\n        return repr(self)\n"
                + "try:\n    repr(R())\nexcept RecursionError as e:\n    print('RecursionError')\n", 1_000_000);

        assertThat(r.out()).isEqualTo("RecursionError\n");
    }

    @Test
    void aStoppedRunSaysWhy() throws InterruptedException {
        StringBuilder err = new StringBuilder();
        Output output = (stream, text) -> err.append(text);
        ScriptExecution run = new ScriptExecution("/tmp/prog.py", "while True:\n    pass\n", output,
                new ScriptExecution.Options(0, 1_000, OptionalDouble.empty(), false));
        int[] status = new int[1];
        Thread t = new Thread(null, () -> status[0] = run.run(), "test-script", 256L << 20);
        t.start();
        Thread.sleep(200);
        run.stop("stopped by the test");
        t.join(10_000);

        assertThat(t.isAlive()).isFalse();
        assertThat(status[0]).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("loopscope: stopped by the test\n");
    }
}
