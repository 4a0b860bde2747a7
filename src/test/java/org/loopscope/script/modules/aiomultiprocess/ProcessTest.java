package org.loopscope.script.modules.aiomultiprocess;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.loopscope.script.modules.SimulatedRun;

/**
 * aiomultiprocess 0.9's {@code Process} and {@code Worker} as documented (core.py): awaiting starts and joins;
 * a Worker's join gives the coroutine's result, or the exception it raised as a value (logged by the child);
 * {@code exitcode}, {@code is_alive()}, names {@code SpawnProcess-N} after the manager's process; the errors of
 * misuse. Each process has an event loop of its own whose first task is {@code Task-1}, as in a new interpreter.
 */
class ProcessTest {

    private static SimulatedRun run(String functions, String body) {
        return SimulatedRun.of("import asyncio\nfrom aiomultiprocess import Process, Worker\n\n\n" + functions
                + "\n\nasync def main():\n    loop = asyncio.get_running_loop()\n" + body.indent(4)
                + "\n\nif __name__ == '__main__':\n    asyncio.run(main())\n");
    }

    private static final String JOBS = """
            async def double(n, delay=0.5):
                await asyncio.sleep(delay)
                return 2 * n


            async def fail():
                await asyncio.sleep(0.1)
                raise ValueError("no")


            async def names():
                return asyncio.current_task().get_name()
            """;

    @Test
    void awaitingAWorkerStartsItAndGivesItsResult() {
        SimulatedRun run = run(JOBS, """
                print(await Worker(target=double, args=(21,)), loop.time())
                worker = Worker(target=double, args=(5,), kwargs={"delay": 1})
                print(worker.name, worker.exitcode, worker.is_alive())
                worker.start()
                print(worker.is_alive())
                try:
                    worker.result
                except ValueError as e:
                    print(e)
                print(await worker.join(), worker.result, worker.exitcode, worker.is_alive(), loop.time())
                """);

        assertThat(run.err()).isEmpty();
        assertThat(run.lines()).containsExactly("42 0.5", "SpawnProcess-3 None False", "True",
                "coroutine not completed", "10 10 0 False 1.5");
    }

    @Test
    void aProcessJoinsWithNoResult() {
        SimulatedRun run = run(JOBS, """
                process = Process(target=double, args=(1,))
                process.start()
                print(await process.join(), process.exitcode)
                try:
                    process.start()
                except AssertionError as e:
                    print("AssertionError:", e)
                try:
                    await Process(target=double, args=(1,)).join()
                except ValueError as e:
                    print(e)
                try:
                    Process(target=print)
                except ValueError as e:
                    print(e)
                """);

        assertThat(run.lines()).containsExactly("None 0", "AssertionError: cannot start a process twice",
                "must start process before joining it", "target must be coroutine function");
    }

    @Test
    void aFailingWorkerGivesTheExceptionAndLogsIt() {
        SimulatedRun run = run(JOBS, """
                worker = Worker(target=fail)
                result = await worker
                print(repr(result), worker.exitcode, loop.time())
                """);

        assertThat(run.lines()).containsExactly("ValueError('no') 1 0.1");
        assertThat(run.err()).startsWith("aio process ").contains(" failed\nTraceback (most recent call last):\n",
                "ValueError: no\nProcess SpawnProcess-2:\nTraceback (most recent call last):\n");
        assertThat(run.status()).isZero();
    }

    @Test
    void joinWithATimeoutRaisesTimeoutError() {
        SimulatedRun run = run(JOBS, """
                worker = Worker(target=double, args=(1,), kwargs={"delay": 2})
                worker.start()
                try:
                    await worker.join(timeout=0.5)
                except asyncio.TimeoutError:
                    print("still running at", loop.time(), worker.is_alive())
                worker.terminate()
                print(worker.exitcode, await worker.join())
                """);

        assertThat(run.lines()).containsExactly("still running at 0.5 True", "-15 None");
    }

    @Test
    void eachProcessHasItsOwnLoopAndTaskNumbers() {
        SimulatedRun run = run(JOBS, """
                print(await Worker(target=names), await Worker(target=names))
                print(asyncio.current_task().get_name(), asyncio.create_task(names()).get_name())
                """);

        assertThat(run.lines()).containsExactly("Task-1 Task-1", "Task-1 Task-2");
        assertThat(run.trace().loopCount()).isEqualTo(3);
    }

    @Test
    void processesRunSideBySide() {
        SimulatedRun run = run(JOBS, """
                workers = [Worker(target=double, args=(n,), kwargs={"delay": 1}) for n in range(4)]
                print(await asyncio.gather(*workers), loop.time())
                """);

        assertThat(run.lines()).containsExactly("[0, 2, 4, 6] 1.0");
    }
}
