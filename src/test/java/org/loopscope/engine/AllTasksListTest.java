package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code all_tasks()} holds exactly the tasks not yet done, whichever finish first (CPython answers a set; the
 * engine keeps creation order).
 *
 * <pre>
 * async def w(d): await asyncio.sleep(d)
 * async def main():
 *     ts = [asyncio.create_task(w(d), name=f"t{i}") for i, d in enumerate([0.3, 0.1, 0.2, 0.1, 0.4])]
 *     await asyncio.sleep(0.15); print(sorted(t.get_name() for t in asyncio.all_tasks()))
 *     await asyncio.sleep(0.1);  print(sorted(t.get_name() for t in asyncio.all_tasks()))
 *     await asyncio.sleep(0.2);  print(sorted(t.get_name() for t in asyncio.all_tasks()))
 * # ['Task-1', 't0', 't2', 't4'] / ['Task-1', 't0', 't4'] / ['Task-1']
 * </pre>
 */
class AllTasksListTest {

    private final Engine engine = Engine.forJava();
    private final Asyncio asyncio = new Asyncio(engine);

    @Test
    void keepsThePendingTasksInCreationOrder() {
        List<List<String>> seen = new ArrayList<>();
        double[] delays = {0.3, 0.1, 0.2, 0.1, 0.4};
        asyncio.run(new StepCoroutine("main") {
            int state;

            @Override
            protected Resumption resume(Object value, RuntimeException error) {
                if (error != null) {
                    throw error;
                }
                if (state == 0) {
                    for (int i = 0; i < delays.length; i++) {
                        asyncio.createTask(asyncio.sleep(delays[i]), "t" + i);
                    }
                } else {
                    seen.add(asyncio.allTasks().stream().map(Task::getName).toList());
                }
                double[] waits = {0.15, 0.1, 0.2};
                return state < 3 ? await(asyncio.sleep(waits[state++])) : returnValue(null);
            }
        });
        assertThat(seen).containsExactly(List.of("Task-1", "t0", "t2", "t4"), List.of("Task-1", "t0", "t4"),
                List.of("Task-1"));
        assertThat(engine.loops().get(0).allTasks()).isEmpty();
    }
}
