package org.loopscope.script.modules.aiomultiprocess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.loopscope.script.modules.SimulatedRun;

/**
 * {@code os.getpid()} and {@code os.getppid()} name the simulated process that asks: the program, a
 * {@code Process}, each worker of a {@code Pool}; the pids are distinct, agree with {@code Process.pid}, and are the
 * same in every run. {@code os.cpu_count()} is the worker count of {@code Pool()}.
 */
class OsPidTest {

    private static final String PROGRAM = """
            import asyncio
            import os
            from aiomultiprocess import Pool, Process


            async def job(n):
                await asyncio.sleep(0.1)
                return os.getpid(), os.getppid()


            async def child():
                print('child', os.getpid(), os.getppid())


            async def main():
                print('main', os.getpid(), os.getppid())
                p = Process(target=child)
                await p
                print('Process.pid', p.pid)
                async with Pool(processes=3, childconcurrency=1) as pool:
                    print('pool', sorted(set(await pool.map(job, range(6)))))
                    print('count', pool.process_count)


            if __name__ == '__main__':
                asyncio.run(main())
            """;

    private static long[] numbers(String out, String label) {
        String line = out.lines().filter(l -> l.startsWith(label + " ")).findFirst().orElseThrow();
        return Arrays.stream(line.substring(label.length()).replaceAll("[^0-9]+", " ").trim().split(" "))
                .mapToLong(Long::parseLong).toArray();
    }

    @Test
    void eachSimulatedProcessHasItsOwnPidAndKnowsItsParent() {
        SimulatedRun run = SimulatedRun.of(PROGRAM);
        assertThat(run.err()).isEmpty();
        long[] main = numbers(run.out(), "main");
        long[] child = numbers(run.out(), "child");
        long[] pool = numbers(run.out(), "pool");

        assertThat(main[0]).isPositive().isNotEqualTo(main[1]);
        assertThat(child[0]).isNotEqualTo(main[0]);
        assertThat(child[1]).isEqualTo(main[0]);
        assertThat(numbers(run.out(), "Process.pid")[0]).isEqualTo(child[0]);
        // (pid, ppid) pairs of the jobs: three workers, each a child of the program, none the Process's pid.
        Set<Long> workerPids = new TreeSet<>();
        for (int i = 0; i < pool.length; i += 2) {
            workerPids.add(pool[i]);
            assertThat(pool[i + 1]).isEqualTo(main[0]);
        }
        assertThat(workerPids).hasSize(3).doesNotContain(main[0], child[0]);
    }

    @Test
    void pidsAreTheSameInEveryRun() {
        String first = SimulatedRun.of(PROGRAM, 0).out();
        assertThat(SimulatedRun.of(PROGRAM, 0).out()).isEqualTo(first);
        assertThat(SimulatedRun.of(PROGRAM, 12345).out()).isEqualTo(first);
    }

    @Test
    void aProcessStartedByAProcessHasThatProcessAsParent() {
        SimulatedRun run = SimulatedRun.of("""
                import asyncio
                import os
                from aiomultiprocess import Process


                async def grandchild():
                    print('grandchild', os.getpid(), os.getppid())


                async def child():
                    print('child', os.getpid(), os.getppid())
                    Process(target=grandchild).start()
                    await asyncio.sleep(0.5)


                async def main():
                    print('main', os.getpid())
                    await Process(target=child)


                asyncio.run(main())
                """);
        assertThat(run.err()).isEmpty();
        long[] child = numbers(run.out(), "child");
        long[] grandchild = numbers(run.out(), "grandchild");
        assertThat(child[1]).isEqualTo(numbers(run.out(), "main")[0]);
        assertThat(grandchild[1]).isEqualTo(child[0]);
        assertThat(grandchild[0]).isNotEqualTo(child[0]);
    }

    @Test
    void cpuCountIsTheNumberOfWorkersAPoolStartsByDefault() {
        SimulatedRun run = SimulatedRun.of("""
                import asyncio
                import os
                from aiomultiprocess import Pool


                async def main():
                    async with Pool() as pool:
                        print(os.cpu_count(), pool.process_count)


                asyncio.run(main())
                """);
        assertThat(run.err()).isEmpty();
        List<String> counts = List.of(run.out().trim().split(" "));
        assertThat(counts).hasSize(2);
        assertThat(counts.get(0)).isEqualTo(counts.get(1));
        assertThat(Integer.parseInt(counts.get(0))).isPositive();
        assertThat(counts.stream().collect(Collectors.toSet())).hasSize(1);
    }
}
