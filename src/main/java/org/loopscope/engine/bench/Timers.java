package org.loopscope.engine.bench;

import org.loopscope.engine.Asyncio;
import org.loopscope.engine.Engine;

/**
 * {@code timers.py}: {@code n} tasks each sleeping {@code i % 1000} ms and returning 1, gathered; prints
 * {@code timers SUM}. Measures the timer heap with many equal deadlines (on the virtual clock: no waiting).
 */
final class Timers {

    static final Workload WORKLOAD = new Workload("timers", 100_000, "timers 100000", n -> engine -> run(engine, n));

    private Timers() {
    }

    static String run(Engine engine, int n) {
        Asyncio asyncio = new Asyncio(engine);
        return (String) asyncio.run(new GatherTasks(asyncio, n,
                i -> new SleepThenReturn("sleeper", asyncio, i % 1000 * 0.001, 1),
                results -> "timers " + Sums.sum(results)));
    }
}
