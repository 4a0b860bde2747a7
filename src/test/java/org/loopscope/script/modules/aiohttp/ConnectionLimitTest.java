package org.loopscope.script.modules.aiohttp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.script.modules.SimulatedRun;
import org.loopscope.trace.TaskInterval;
import org.loopscope.trace.TaskState;

/**
 * The connector's pool is a real limit, as aiohttp documents {@code TCPConnector(limit=100, limit_per_host=0)}:
 * at most {@code limit} requests hold a connection, the others wait in FIFO order; the trace shows who waits for
 * a connection and who waits for the server.
 */
class ConnectionLimitTest {

    private static final String WAVES = """
            import asyncio
            import aiohttp

            async def fetch(session, n, done):
                async with session.get("http://httpbin.org/delay/1") as response:
                    await response.text()
                    done.append((n, asyncio.get_running_loop().time()))

            async def main():
                done = []
                connector = aiohttp.TCPConnector(limit=3)
                async with aiohttp.ClientSession(connector=connector) as session:
                    await asyncio.gather(*(fetch(session, n, done) for n in range(10)))
                print([n for n, t in done])
                print([round(t, 3) for n, t in done])

            asyncio.run(main())
            """;

    @Test
    void tenRequestsWithLimitThreeFinishInWavesOfThree() {
        SimulatedRun run = SimulatedRun.of(WAVES);

        assertThat(run.err()).isEmpty();
        assertThat(run.lines()).containsExactly("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]",
                "[1.0, 1.0, 1.0, 2.0, 2.0, 2.0, 3.0, 3.0, 3.0, 4.0]");
    }

    @Test
    void theTraceShowsRequestsWaitingForAConnectionThenForTheServer() {
        SimulatedRun run = SimulatedRun.of(WAVES);

        List<TaskInterval> waiting = run.trace().intervals().stream()
                .filter(i -> i.state() == TaskState.WAITING && i.start() == 0.0).toList();
        assertThat(waiting).filteredOn(i -> "GET http://httpbin.org/delay/1".equals(i.awaiting())).hasSize(3);
        assertThat(waiting).filteredOn(i -> "TCPConnector.connect".equals(i.awaiting())).hasSize(7);
        // The fourth request waits for a connection until the first wave answers, then for the server.
        String fourth = run.trace().taskName(waiting.stream()
                .filter(i -> "TCPConnector.connect".equals(i.awaiting())).findFirst().orElseThrow().task());
        assertThat(run.trace().intervals()).filteredOn(i -> run.trace().taskName(i.task()).equals(fourth))
                .filteredOn(i -> i.state() == TaskState.WAITING)
                .extracting(TaskInterval::awaiting, TaskInterval::start, TaskInterval::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TCPConnector.connect", 0.0, 1.0),
                        org.assertj.core.groups.Tuple.tuple("GET http://httpbin.org/delay/1", 1.0, 2.0));
    }

    @Test
    void theDefaultConnectorAllowsAHundredConnections() {
        SimulatedRun run = SimulatedRun.of("""
                import asyncio
                import aiohttp

                async def fetch(session, done):
                    async with session.get("http://httpbin.org/delay/1") as response:
                        done.append(round(asyncio.get_running_loop().time(), 3))

                async def main():
                    connector = aiohttp.TCPConnector()
                    print(connector.limit, connector.limit_per_host)
                    done = []
                    async with aiohttp.ClientSession() as session:
                        await asyncio.gather(*(fetch(session, done) for _ in range(150)))
                    print(done.count(1.0), done.count(2.0))

                asyncio.run(main())
                """);

        assertThat(run.lines()).containsExactly("100 0", "100 50");
    }

    @Test
    void limitPerHostQueuesPerHostOnly() {
        SimulatedRun run = SimulatedRun.of("""
                import asyncio
                import aiohttp

                async def fetch(session, url, done):
                    async with session.get(url) as response:
                        done.append((url[7:11], round(asyncio.get_running_loop().time(), 3)))

                async def main():
                    done = []
                    connector = aiohttp.TCPConnector(limit_per_host=1)
                    async with aiohttp.ClientSession(connector=connector) as session:
                        urls = ["http://one.test/delay/1", "http://one.test/delay/1", "http://two.test/delay/1"]
                        await asyncio.gather(*(fetch(session, u, done) for u in urls))
                    print(done)

                asyncio.run(main())
                """);

        assertThat(run.lines()).containsExactly("[('one.', 1.0), ('two.', 1.0), ('one.', 2.0)]");
    }

    @Test
    void aCancelledWaiterLeavesTheQueue() {
        SimulatedRun run = SimulatedRun.of("""
                import asyncio
                import aiohttp

                async def fetch(session, n):
                    async with session.get("http://httpbin.org/delay/1") as response:
                        return n, round(asyncio.get_running_loop().time(), 3)

                async def main():
                    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=1)) as session:
                        tasks = [asyncio.create_task(fetch(session, n)) for n in range(3)]
                        await asyncio.sleep(0.5)
                        tasks[1].cancel()
                        print(await tasks[0], await tasks[2], tasks[1].cancelled())

                asyncio.run(main())
                """);

        assertThat(run.lines()).containsExactly("(0, 1.0) (2, 2.0) True");
    }
}
