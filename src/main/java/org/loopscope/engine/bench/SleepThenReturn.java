package org.loopscope.engine.bench;

import org.loopscope.engine.Asyncio;
import org.loopscope.engine.Resumption;
import org.loopscope.engine.StepCoroutine;

/**
 * The benchmarks' one-await coroutine, {@code async def name(...): await asyncio.sleep(delay); return result}:
 * {@code worker}/{@code work} in spawn_gather and strategies, {@code sleeper} in timers and many_sleepers.
 */
final class SleepThenReturn extends StepCoroutine {

    private final Asyncio asyncio;
    private final double delay;
    private final Object result;
    private boolean slept;

    SleepThenReturn(String name, Asyncio asyncio, double delay, Object result) {
        super(name);
        this.asyncio = asyncio;
        this.delay = delay;
        this.result = result;
    }

    @Override
    protected Resumption resume(Object value, RuntimeException error) {
        if (error != null) {
            throw error;
        }
        if (!slept) {
            slept = true;
            return await(asyncio.sleep(delay));
        }
        return returnValue(result);
    }
}
