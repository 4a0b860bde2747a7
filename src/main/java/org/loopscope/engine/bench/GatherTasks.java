package org.loopscope.engine.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.loopscope.engine.Asyncio;
import org.loopscope.engine.Coroutine;
import org.loopscope.engine.Resumption;
import org.loopscope.engine.StepCoroutine;
import org.loopscope.engine.Task;

/**
 * The {@code main} shared by spawn_gather, timers and many_sleepers:
 * {@code tasks = [asyncio.create_task(make(i)) for i in range(n)]; results = await asyncio.gather(*tasks)},
 * then returns {@code print}'s line made from the results.
 */
final class GatherTasks extends StepCoroutine {

    private final Asyncio asyncio;
    private final int n;
    private final IntFunction<Coroutine> make;
    private final Function<List<?>, String> line;
    private boolean gathered;

    GatherTasks(Asyncio asyncio, int n, IntFunction<Coroutine> make, Function<List<?>, String> line) {
        super("main");
        this.asyncio = asyncio;
        this.n = n;
        this.make = make;
        this.line = line;
    }

    @Override
    protected Resumption resume(Object value, RuntimeException error) {
        if (error != null) {
            throw error;
        }
        if (!gathered) {
            gathered = true;
            List<Task> tasks = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                tasks.add(asyncio.getRunningLoop().createTask(make.apply(i)));
            }
            return await(asyncio.gather(tasks, false));
        }
        return returnValue(line.apply((List<?>) value));
    }
}
