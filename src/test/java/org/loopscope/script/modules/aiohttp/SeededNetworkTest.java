package org.loopscope.script.modules.aiohttp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.script.modules.SimulatedRun;

/**
 * Addresses other than httpbin's answer after 50 to 150 ms, drawn from the network's own generator seeded by the
 * run's seed: the same seed gives the same latencies (and the same output and trace), the script's own
 * {@code random} numbers are the same with or without requests.
 */
class SeededNetworkTest {

    private static final String LATENCIES = """
            import asyncio
            import random
            import aiohttp

            async def fetch(session, url):
                loop = asyncio.get_running_loop()
                start = loop.time()
                async with session.get(url) as response:
                    await response.text()
                    return round((loop.time() - start) * 1000)

            async def main():
                random.seed(7)
                before = random.random()
                async with aiohttp.ClientSession() as session:
                    urls = [f"https://example.com/page/{n}" for n in range(12)]
                    print(*await asyncio.gather(*(fetch(session, u) for u in urls)))
                random.seed(7)
                print(before == random.random())

            asyncio.run(main())
            """;

    private static int[] latencies(SimulatedRun run) {
        return Arrays.stream(run.lines().get(0).split(" ")).mapToInt(Integer::parseInt).toArray();
    }

    @Test
    void otherAddressesTakeFiftyToAHundredAndFiftyMilliseconds() {
        SimulatedRun run = SimulatedRun.of(LATENCIES, 3);

        assertThat(Arrays.stream(latencies(run)).boxed().toList()).allSatisfy(ms -> assertThat(ms).isBetween(50, 150));
        assertThat(Arrays.stream(latencies(run)).distinct().count()).isGreaterThan(3);
        assertThat(run.lines().get(1)).isEqualTo("True");
    }

    @Test
    void theSameSeedGivesTheSameRunAndAnotherSeedOtherLatencies() {
        SimulatedRun first = SimulatedRun.of(LATENCIES, 3);
        SimulatedRun second = SimulatedRun.of(LATENCIES, 3);
        SimulatedRun other = SimulatedRun.of(LATENCIES, 4);

        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.events()).isEqualTo(first.events());
        assertThat(latencies(other)).isNotEqualTo(latencies(first));
    }

    @Test
    void requestsDoNotDrawFromTheScriptsRandom() {
        String draws = "import random\nrandom.seed(1)\nprint([random.randint(1, 100) for _ in range(5)])\n";
        SimulatedRun plain = SimulatedRun.of(draws);
        SimulatedRun withRequests = SimulatedRun.of("""
                import asyncio
                import random
                import aiohttp

                async def main():
                    random.seed(1)
                    async with aiohttp.ClientSession() as session:
                        for n in range(3):
                            async with session.get(f"https://example.org/{n}") as response:
                                await response.text()
                        print([random.randint(1, 100) for _ in range(5)])

                asyncio.run(main())
                """);

        assertThat(withRequests.lines()).isEqualTo(List.of(plain.lines().get(0)));
    }
}
