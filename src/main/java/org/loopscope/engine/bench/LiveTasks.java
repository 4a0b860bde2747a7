package org.loopscope.engine.bench;

import java.util.ArrayList;
import java.util.List;
import org.loopscope.engine.Asyncio;
import org.loopscope.engine.Engine;
import org.loopscope.engine.Resumption;
import org.loopscope.engine.StepCoroutine;
import org.loopscope.engine.Task;

/**
 * The heap that {@code n} live tasks hold: each task is suspended in {@code await asyncio.sleep(10)} (a task, its
 * coroutine and the sleep's future, timer and callbacks) when the used heap is measured after full collections,
 * against the same measurement taken before the engine existed. The tasks then finish (the clock jumps).
 */
final class LiveTasks {

    /** What was measured: {@code tasks} alive (main included) holding {@code bytes} of heap. */
    record Footprint(int tasks, long bytes) {
        double megabytes() {
            return bytes / (1024.0 * 1024.0);
        }

        long bytesPerTask() {
            return bytes / tasks;
        }
    }

    private LiveTasks() {
    }

    static Footprint measure(int n) {
        long before = usedHeapAfterGc();
        Engine engine = Engine.forJava();
        Asyncio asyncio = new Asyncio(engine);
        Footprint[] seen = new Footprint[1];
        asyncio.run(new StepCoroutine("main") {
            private int state;
            private List<Task> tasks;

            @Override
            protected Resumption resume(Object value, RuntimeException error) {
                if (error != null) {
                    throw error;
                }
                switch (state++) {
                    case 0 -> {
                        tasks = new ArrayList<>(n);
                        for (int i = 0; i < n; i++) {
                            tasks.add(asyncio.getRunningLoop().createTask(
                                    new SleepThenReturn("sleeper", asyncio, 10, 1)));
                        }
                        // One iteration runs every task's first step: each is then suspended in sleep(10).
                        return await(asyncio.sleep(0));
                    }
                    case 1 -> {
                        int alive = asyncio.allTasks().size();
                        seen[0] = new Footprint(alive, usedHeapAfterGc() - before);
                        return await(asyncio.gather(tasks, false));
                    }
                    default -> {
                        return returnValue(Sums.sum((List<?>) value));
                    }
                }
            }
        });
        return seen[0];
    }

    /** Used heap after collecting until it stops shrinking (at most five full collections). */
    static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long now = runtime.totalMemory() - runtime.freeMemory();
            if (now >= used) {
                return Math.min(now, used);
            }
            used = now;
        }
        return used;
    }
}
