package org.loopscope.script.modules.aiomultiprocess;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.loopscope.script.modules.SimulatedRun;

/**
 * aiomultiprocess 0.9's {@code Pool} as documented: jobs spread over the processes, each process running at most
 * {@code childconcurrency} of them at once; {@code map}/{@code starmap} results in input order (awaited or with
 * {@code async for}), {@code apply}; a failing job raises {@code ProxyException} with its traceback; the errors
 * of a closed pool. Time runs as if every process had a CPU of its own.
 */
class PoolTest {

    private static SimulatedRun run(String functions, String body) {
        return SimulatedRun.of("import asyncio\nimport time\nfrom aiomultiprocess import Pool\n\n\n" + functions
                + "\n\nasync def main():\n    loop = asyncio.get_running_loop()\n    start = loop.time()\n"
                + body.indent(4) + "\n\nif __name__ == '__main__':\n    asyncio.run(main())\n");
    }

    private static final String NAPS = """
            async def nap(n):
                await asyncio.sleep(1)
                return n * n


            async def block(n):
                time.sleep(1)
                return n * n
            """;

    @Test
    void twoProcessesRunFourOneSecondJobsInTwoSecondsWithResultsInOrder() {
        SimulatedRun run = run(NAPS, """
                async with Pool(processes=2, childconcurrency=1) as pool:
                    print(await pool.map(nap, [1, 2, 3, 4]), loop.time() - start)
                    print(await pool.map(block, [1, 2, 3, 4]), loop.time() - start)
                """);

        assertThat(run.err()).isEmpty();
        assertThat(run.lines()).containsExactly("[1, 4, 9, 16] 2.0", "[1, 4, 9, 16] 4.0");
    }

    @Test
    void eachProcessRunsUpToSixteenJobsAtOnceByDefault() {
        SimulatedRun run = run(NAPS, """
                async with Pool(processes=2) as pool:
                    print(await pool.map(nap, range(20)) == [n * n for n in range(20)], loop.time() - start)
                """);

        // 16 on the first process, 4 on the second: all waiting at once.
        assertThat(run.lines()).containsExactly("True 1.0");
    }

    @Test
    void blockingWorkHoldsItsProcessOnlyNotTheProgramsLoop() {
        SimulatedRun run = run(NAPS + """


                async def ticker(stop):
                    loop = asyncio.get_running_loop()
                    start = loop.time()
                    while not stop.is_set():
                        print("tick", loop.time() - start)
                        await asyncio.sleep(0.25)
                """, """
                stop = asyncio.Event()
                ticks = asyncio.create_task(ticker(stop))
                async with Pool(processes=1) as pool:
                    print(await pool.apply(block, (3,)), loop.time() - start)
                stop.set()
                await ticks
                """);

        assertThat(run.lines()).containsExactly("tick 0.0", "tick 0.25", "tick 0.5", "tick 0.75", "tick 1.0",
                "9 1.0");
    }

    @Test
    void starmapApplyAndAsyncForKeepTheOrderOfTheInputs() {
        SimulatedRun run = run("""
                async def add(a, b, delay=0):
                    await asyncio.sleep(delay)
                    return a + b
                """, """
                async with Pool(processes=2, childconcurrency=1) as pool:
                    print(await pool.starmap(add, [(1, 2, 0.3), (3, 4, 0.1), (5, 6, 0.2)]))
                    print(await pool.apply(add, (1, 1), {"delay": 0.5}), loop.time() - start)
                    async for total in pool.starmap(add, [(1, 0, 0.2), (2, 0, 0.1)]):
                        print(total, round(loop.time() - start, 3))
                """);

        assertThat(run.lines()).containsExactly("[3, 7, 11]", "2 0.8", "1 1.0", "2 1.0");
    }

    @Test
    void aFailingJobRaisesProxyExceptionWithItsTraceback() {
        SimulatedRun run = run("""
                async def fail(n):
                    raise ValueError(f"bad {n}")
                """, """
                async with Pool(processes=2) as pool:
                    try:
                        await pool.apply(fail, (7,))
                    except Exception as e:
                        print(type(e).__module__, type(e).__name__)
                        print(str(e).splitlines()[0])
                        print(str(e).splitlines()[-1])
                """);

        assertThat(run.lines()).containsExactly("aiomultiprocess.types ProxyException",
                "Traceback (most recent call last):", "ValueError: bad 7");
    }

    @Test
    void aClosedPoolRefusesWorkAndAnOpenOneCannotBeJoined() {
        SimulatedRun run = run(NAPS, """
                pool = Pool(processes=1)
                try:
                    await pool.join()
                except RuntimeError as e:
                    print(e)
                pool.close()
                try:
                    pool.map(nap, [1])
                except RuntimeError as e:
                    print(e)
                try:
                    await pool.apply(nap, (1,))
                except RuntimeError as e:
                    print(e)
                await pool.join()
                print("joined", loop.time() - start)
                try:
                    Pool(processes=1, queuecount=2)
                except ValueError as e:
                    print(e)
                """);

        assertThat(run.lines()).containsExactly("pool is still open", "pool is closed", "pool is closed",
                "joined 0.0", "queue count must be <= process count");
    }

    @Test
    void maxTasksPerChildReplacesWorkers() {
        SimulatedRun run = run(NAPS, """
                async with Pool(processes=1, childconcurrency=1, maxtasksperchild=2) as pool:
                    print(await pool.map(nap, [1, 2, 3, 4, 5]), loop.time() - start)
                """);

        assertThat(run.err()).isEmpty();
        assertThat(run.lines()).containsExactly("[1, 4, 9, 16, 25] 5.0");
        // The program's loop and three worker processes, each with a loop of its own.
        assertThat(run.trace().loopCount()).isEqualTo(4);
    }
}
