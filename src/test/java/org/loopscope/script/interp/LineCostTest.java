package org.loopscope.script.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.Engine;
import org.loopscope.script.ScriptExecution;

/**
 * A per-line cost makes CPU-bound code take loop time, and an outside event falling due during a line is delivered
 * there: Ctrl+C in a busy loop without {@code asyncio.run} raises KeyboardInterrupt at that line, as CPython raises
 * it between bytecodes.
 */
class LineCostTest {

    private static final String BUSY = String.join("\n",
            "import asyncio",
            "import time",
            "async def main():",
            "    start = time.time()",
            "    total = 0",
            "    for i in range(10):",
            "        total += i",
            "    print(total, time.time() - start > 0)",
            "asyncio.run(main())",
            "");

    private static final String SPIN = String.join("\n",
            "import asyncio",
            "loop = asyncio.new_event_loop()",
            "async def spin():",
            "    n = 0",
            "    while True:",
            "        n += 1",
            "loop.run_until_complete(spin())",
            "");

    private record Result(int status, String out, String err) {
    }

    private static Result run(String source, double lineCost, Consumer<Engine> attach) throws InterruptedException {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        ScriptExecution execution = new ScriptExecution("/tmp/cost.py", source,
                (stream, text) -> (stream == org.loopscope.script.runtime.Output.Stream.STDOUT ? out : err)
                        .append(text),
                new ScriptExecution.Options(0, 1_000_000, OptionalDouble.empty(), false))
                .instrumented(attach, false)
                .lineCost(lineCost);
        int[] status = {-1};
        Thread thread = new Thread(null, () -> status[0] = execution.run(), "test-script", 64L << 20);
        thread.start();
        thread.join();
        return new Result(status[0], out.toString(), err.toString());
    }

    @Test
    void linesCostLoopTimeOnlyWhenAsked() throws InterruptedException {
        assertThat(run(BUSY, 0, engine -> { }).out()).isEqualTo("45 False\n");
        assertThat(run(BUSY, 0.001, engine -> { }).out()).isEqualTo("45 True\n");
    }

    @Test
    void ctrlCDuringACostlyLineRaisesKeyboardInterruptAtThatLine() throws InterruptedException {
        Result result = run(SPIN, 0.01, engine -> engine.atTime(0.5, "Ctrl+C", engine::interrupt));
        assertThat(result.status()).isEqualTo(130);
        assertThat(result.err()).endsWith("KeyboardInterrupt\n")
                .containsPattern("File \"/tmp/cost.py\", line [56], in spin");
    }
}
