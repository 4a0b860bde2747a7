package org.loopscope.engine.bench;

import org.loopscope.engine.Asyncio;
import org.loopscope.engine.Engine;

/**
 * {@code spawn_gather.py}: {@code n} tasks that each {@code await asyncio.sleep(0)} once and return their index,
 * collected by one {@code gather}; prints {@code spawn_gather N SUM}. Measures task creation and stepping.
 */
final class SpawnGather {

    static final Workload WORKLOAD = new Workload("spawn_gather", 100_000, "spawn_gather 100000 4999950000",
            n -> engine -> run(engine, n));

    private SpawnGather() {
    }

    static String run(Engine engine, int n) {
        Asyncio asyncio = new Asyncio(engine);
        return (String) asyncio.run(new GatherTasks(asyncio, n,
                i -> new SleepThenReturn("worker", asyncio, 0, i),
                results -> "spawn_gather " + results.size() + " " + Sums.sum(results)));
    }
}
