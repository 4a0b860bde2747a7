package org.loopscope.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Blocking against async sleep, side by side. python3 prints, for both, {@code 0 done}, {@code 1 done},
 * {@code 2 done}; the blocking variant takes 0.6 s with the loop held all along, the async one 0.2 s.
 */
class ComparisonTest {

    private static String variant(String sleep) {
        return Programs.lines(
                "import asyncio, time",
                "async def work(i):",
                "    " + sleep,
                "    print(i, 'done')",
                "async def main():",
                "    await asyncio.gather(*(work(i) for i in range(3)))",
                "asyncio.run(main())");
    }

    @Test
    void rowsSummariseEachVariantOnOneTimeAxis() throws InterruptedException {
        try (Comparison comparison = Comparison.start(List.of("blocking", "async"), List.of(
                RunInput.of("/work/blocking.py", variant("time.sleep(0.2)")),
                RunInput.of("/work/async.py", variant("await asyncio.sleep(0.2)"))))) {
            assertThat(comparison.await(Programs.WAIT)).isTrue();
            List<Comparison.Row> rows = comparison.rows();
            Comparison.Row blocking = rows.get(0);
            Comparison.Row async = rows.get(1);
            assertThat(blocking.label()).isEqualTo("blocking");
            assertThat(blocking.complete()).isTrue();
            assertThat(blocking.totalTime()).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(blocking.blockedTime()).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(async.totalTime()).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(async.blockedTime()).isZero();
            // main and one worker at a time, against main and all three workers.
            assertThat(blocking.peakConcurrency()).isEqualTo(2);
            assertThat(async.peakConcurrency()).isEqualTo(4);
            assertThat(blocking.printed()).containsExactly("0 done", "1 done", "2 done");
            assertThat(async.printed()).isEqualTo(blocking.printed());
            assertThat(blocking.finishOrder()).startsWith("Task-2", "Task-3", "Task-4", "Task-1");
            assertThat(blocking.tasks()).isEqualTo(async.tasks());
            assertThat(blocking.loops()).isEqualTo(1);
            assertThat(async.loops()).isEqualTo(1);
            assertThat(blocking.loopIterations()).isLessThan(async.loopIterations());
            assertThat(comparison.axisEnd()).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void aRowCountsTheLoopsOfSimulatedProcesses() throws InterruptedException {
        // Pool(processes=2) starts two worker processes, each with a loop of its own, beside the program's loop.
        String pool = Programs.lines(
                "import asyncio",
                "from aiomultiprocess import Pool",
                "async def job(n):",
                "    await asyncio.sleep(n)",
                "    return n",
                "async def main():",
                "    async with Pool(processes=2) as pool:",
                "        print(await pool.map(job, [0.1, 0.2, 0.3]))",
                "asyncio.run(main())");
        try (Comparison comparison = Comparison.start(List.of("pool"), List.of(RunInput.of("/work/pool.py", pool)))) {
            assertThat(comparison.await(Programs.WAIT)).isTrue();
            Comparison.Row row = comparison.rows().get(0);
            assertThat(row.printed()).containsExactly("[0.1, 0.2, 0.3]");
            assertThat(row.loops()).isEqualTo(3);
        }
    }
}
