package org.loopscope.engine.bench;

import org.loopscope.engine.Asyncio;
import org.loopscope.engine.Engine;

/**
 * {@code many_sleepers.py}: {@code n} tasks that each sleep 50 ms and return 1, gathered; prints
 * {@code many_sleepers SUM}. Measures many timers with one deadline (on the virtual clock: no waiting).
 */
final class ManySleepers {

    static final Workload WORKLOAD = new Workload("many_sleepers", 40_000, "many_sleepers 40000",
            n -> engine -> run(engine, n));

    private ManySleepers() {
    }

    static String run(Engine engine, int n) {
        Asyncio asyncio = new Asyncio(engine);
        return (String) asyncio.run(new GatherTasks(asyncio, n,
                i -> new SleepThenReturn("sleeper", asyncio, 0.05, 1),
                results -> "many_sleepers " + Sums.sum(results)));
    }
}
