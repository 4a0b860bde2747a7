package org.loopscope.script.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The inputs the long fuzz runs found (docs/robustness.md), shrunk by hand to what triggers each, with what
 * python3 3.11 prints for them.
 */
class FuzzFindingsTest {

    private static final Sandbox SANDBOX = new Sandbox(2_000_000, 10, 20_000);

    @AfterAll
    static void close() {
        SANDBOX.close();
    }

    private static String lastLine(String source) {
        Sandbox.Outcome outcome = SANDBOX.run(source);
        assertThat(Sandbox.problems(source, outcome)).isEmpty();
        return outcome.stderr().strip().lines().reduce((a, b) -> b).orElse("");
    }

    /** Seed 1, inputs 5440 and 57344: {@code asyncio.wait([hello(2), await hello(3)])} waits on an int. */
    @Test
    void waitOnSomethingNotAFutureIsTheAttributeErrorOfWait() {
        assertThat(lastLine("import asyncio\nasync def main():\n    await asyncio.wait([3])\nasyncio.run(main())\n"))
                .isEqualTo("AttributeError: 'int' object has no attribute 'add_done_callback'");
        assertThat(lastLine("import asyncio\nasync def main():\n    await asyncio.wait([None])\n"
                + "asyncio.run(main())\n"))
                .isEqualTo("AttributeError: 'NoneType' object has no attribute 'add_done_callback'");
        assertThat(lastLine("import asyncio\nasync def main():\n    await asyncio.wait([(1, 2)])\n"
                + "asyncio.run(main())\n"))
                .isEqualTo("AttributeError: 'tuple' object has no attribute 'add_done_callback'");
        assertThat(lastLine("import asyncio\nasync def main():\n    await asyncio.wait([[1]])\n"
                + "asyncio.run(main())\n")).isEqualTo("TypeError: unhashable type: 'list'");
        // a task given before the str has its callback added, and the run goes on as CPython's does
        Sandbox.Outcome outcome = SANDBOX.run("""
                import asyncio
                async def main():
                    t = asyncio.create_task(asyncio.sleep(1))
                    try:
                        await asyncio.wait([t, 'x'])
                    except AttributeError as e:
                        print(e)
                    await t
                    print(t.done())
                asyncio.run(main())
                """);
        assertThat(outcome.stdout()).isEqualTo("'str' object has no attribute 'add_done_callback'\nTrue\n");
        assertThat(outcome.stderr()).isEmpty();
    }

    /**
     * Seed 1, input 52442: an except* clause after one that matched the whole group meets None as the rest (the
     * VM cast it to an exception).
     */
    @Test
    void anExceptStarClauseAfterOneThatMatchedEverythingIsSkipped() {
        Sandbox.Outcome outcome = SANDBOX.run("""
                try:
                    raise ExceptionGroup("eg", [ValueError(1)])
                except* ValueError as eg:
                    print("V", repr(eg))
                except* TypeError:
                    print("T")
                try:
                    raise ExceptionGroup("eg", [(1), TypeError(2)])
                except* ValueError as eg:
                    print("V", repr(eg))
                except* TypeError:
                    print("T")
                print("end")
                """);
        assertThat(outcome.stderr()).isEmpty();
        assertThat(outcome.stdout()).isEqualTo("V ExceptionGroup('eg', [ValueError(1)])\n"
                + "V ExceptionGroup('', (ValueError('Item 0 of second argument (exceptions) is not an exception'),))\n"
                + "end\n");
    }

    /**
     * Seed 2, input 13893: {@code time.sleep(2591112307445709780.1)} moved the virtual clock so far that a timer due
     * 0.3 s later was due "now" (the float could not tell) yet never ready: the loop spun forever.
     */
    @Test
    void aHugeSleepOverflowsAsInCPythonAndTimersFarOutStillFire() {
        Sandbox.Outcome outcome;
        try (Sandbox farOut = new Sandbox(2_000_000, 1e19, 20_000)) {
            outcome = farOut.run("""
                import asyncio, time
                for v in (2591112307445709780.1, 1e10, 10**10, -1e300):
                    try:
                        time.sleep(v)
                    except OverflowError as e:
                        print(e)
                async def main():
                    await asyncio.sleep(1e18)
                    await asyncio.sleep(0.3)
                    print('slept')
                asyncio.run(main())
                """);
        }
        assertThat(outcome.stderr()).isEmpty();
        assertThat(outcome.stdout()).isEqualTo("""
                timestamp out of range for platform time_t
                timestamp out of range for platform time_t
                timestamp too large to convert to C _PyTime_t
                timestamp out of range for platform time_t
                slept
                """);
    }
}
