package org.loopscope.script.modules.aiomultiprocess;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.loopscope.script.modules.SimulatedRun;

/**
 * With the per-line cost on, CPU-bound code in a simulated process takes that process's time, as if it had a CPU
 * of its own: two processes compute side by side, and the program's loop stays free meanwhile.
 */
class LineCostTest {

    private static final String PROGRAM = """
            import asyncio
            from aiomultiprocess import Pool


            async def count(n):
                total = 0
                for i in range(n):
                    total += i
                return total


            async def ticker(stop):
                loop = asyncio.get_running_loop()
                ticks = 0
                while not stop.is_set():
                    ticks += 1
                    await asyncio.sleep(0.1)
                return ticks


            async def main():
                loop = asyncio.get_running_loop()
                stop = asyncio.Event()
                ticks = asyncio.create_task(ticker(stop))
                start = loop.time()
                async with Pool(processes=2, childconcurrency=1) as pool:
                    results = await pool.map(count, [500, 500, 500, 500])
                took = loop.time() - start
                stop.set()
                print(results, round(took, 1), await ticks)


            if __name__ == "__main__":
                asyncio.run(main())
            """;

    @Test
    void twoProcessesComputeSideBySideWhileTheProgramsLoopRuns() {
        // Each job runs about a thousand lines: a second at a millisecond a line.
        SimulatedRun run = SimulatedRun.of(PROGRAM, 0, 0.001);

        assertThat(run.err()).isEmpty();
        String[] words = run.out().strip().split(" ");
        assertThat(run.out()).startsWith("[124750, 124750, 124750, 124750] ");
        double took = Double.parseDouble(words[words.length - 2]);
        int ticks = Integer.parseInt(words[words.length - 1]);
        assertThat(took).isBetween(1.9, 2.2);
        assertThat(ticks).isGreaterThanOrEqualTo(19);
    }
}
