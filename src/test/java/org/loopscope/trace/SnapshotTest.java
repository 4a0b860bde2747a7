package org.loopscope.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Snapshots are read on another thread while the run goes on, and each is consistent in itself. */
class SnapshotTest {

    @Test
    void aReaderThreadSeesGrowingConsistentSnapshots() throws Exception {
        TracedRun run = new TracedRun(256);
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Integer> sizes = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try {
                while (!done.get()) {
                    Trace snapshot = run.recorder.snapshot();
                    int n = snapshot.size();
                    sizes.add(n);
                    TraceState state = snapshot.stateAt(n);
                    assertThat(state.events()).isEqualTo(n);
                    assertThat(state.taskCount()).isEqualTo(snapshot.taskCount());
                    for (TaskInterval interval : snapshot.intervals()) {
                        assertThat(interval.startEvent()).isLessThan(n);
                        assertThat(interval.endEvent()).isLessThan(n);
                    }
                    state.tasks();
                    state.readyQueue();
                    state.timers();
                }
            } catch (Throwable error) {
                failure.set(error);
            }
        }, "snapshot reader");
        reader.start();
        List<Object> workers = new ArrayList<>();
        for (int k = 0; k < 300; k++) {
            double delay = (k % 7) / 10.0;
            workers.add(run.py.coro("worker", c -> c.await(() -> run.asyncio.sleep(delay))
                    .await(() -> run.asyncio.sleep(0)).exec(() -> run.print("w"))));
        }
        Trace trace = run.run(run.py.coro("main", c -> c.await(() -> run.asyncio.gather(workers, false))));
        done.set(true);
        reader.join(20_000);
        assertThat(failure.get()).isNull();
        assertThat(sizes).isSorted();
        assertThat(run.recorder.snapshot().size()).isEqualTo(trace.size());
        assertThat(trace.stateAt(trace.size()).console()).hasSize(300 * 2);
    }
}
