package org.loopscope.script.modules;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.loopscope.engine.Callback;
import org.loopscope.engine.EventLoop;
import org.loopscope.engine.Future;
import org.loopscope.script.interp.Interpreter;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.PyOps;

/**
 * A loop's default executor ({@code run_in_executor(None, ...)}, {@code asyncio.to_thread}) simulated in virtual
 * time: CPython's {@code ThreadPoolExecutor} with {@code min(32, os.cpu_count() + 4)} threads, and the simulated
 * machine has {@value ModuleSupport#CPU_COUNT} CPUs, so at most {@value #MAX_WORKERS} calls run at once and the
 * others wait in a FIFO queue for the first thread to come free. A call runs as soon as it has a thread (at once
 * when submitted, otherwise when a thread frees up): its blocking sleeps cost that thread's time, not the loop's,
 * and the future is done when the thread would have finished.
 */
final class DefaultExecutor {

    /** {@code ThreadPoolExecutor}'s default {@code max_workers}: {@code min(32, os.cpu_count() + 4)}. */
    static final int MAX_WORKERS = Math.min(32, ModuleSupport.CPU_COUNT + 4);

    private final Interpreter interp;
    private final EventLoop loop;
    /** When each thread started so far is free again (threads start one by one, as CPython's do). */
    private final double[] freeAt = new double[MAX_WORKERS];
    private final boolean[] waiting = new boolean[MAX_WORKERS];
    private int threads;
    private final ArrayDeque<Work> queue = new ArrayDeque<>();

    private record Work(Object func, Object[] args, Future future) {
    }

    /** The executors of a run, one per loop (CPython makes one lazily for each loop). */
    private static final class All {
        final Map<EventLoop, DefaultExecutor> byLoop = new IdentityHashMap<>();
    }

    private DefaultExecutor(Interpreter interp, EventLoop loop) {
        this.interp = interp;
        this.loop = loop;
    }

    /** The default executor of {@code loop}. */
    static DefaultExecutor of(Interpreter interp, EventLoop loop) {
        return interp.extension(All.class, i -> new All()).byLoop.computeIfAbsent(loop,
                l -> new DefaultExecutor(interp, l));
    }

    /** {@code submit(func, *args)} wrapped as a future of the loop. */
    Future submit(Object func, Object[] args) {
        if (loop.isClosed()) {
            throw org.loopscope.script.runtime.Errors.runtimeError("Event loop is closed");
        }
        Future future = loop.createFuture();
        Work work = new Work(func, args.clone(), future);
        double now = loop.time() + interp.workerOffset();
        int thread = -1;
        for (int i = 0; i < threads; i++) {
            if (freeAt[i] <= now && (thread < 0 || freeAt[i] < freeAt[thread])) {
                thread = i;
            }
        }
        if (thread < 0 && threads < MAX_WORKERS) {
            thread = threads++;
        }
        if (thread >= 0 && queue.isEmpty()) {
            start(work, thread, now);
        } else {
            queue.add(work);
            for (int i = 0; i < threads; i++) {
                takeNextWhenFree(i);
            }
        }
        return future;
    }

    /** Runs {@code work} on {@code thread} from time {@code at}; the future completes when the thread is done. */
    private void start(Work work, int thread, double at) {
        Object[] result = new Object[1];
        PyException[] error = new PyException[1];
        double busy = interp.runAsWorker(() -> {
            try {
                result[0] = PyOps.call(work.func(), work.args(), null);
            } catch (PyException e) {
                error[0] = e;
            }
        });
        freeAt[thread] = at + busy;
        if (!loop.isClosed()) {
            Future future = work.future();
            loop.callLater(at + busy - loop.time(), Callback.named("_chain_future.<locals>._set_state()", () -> {
                if (!future.cancelled()) {
                    if (error[0] != null) {
                        future.setException(error[0]);
                    } else {
                        future.setResult(result[0]);
                    }
                }
            }));
        }
        if (!queue.isEmpty()) {
            takeNextWhenFree(thread);
        }
    }

    /** When {@code thread} comes free it takes the next queued call, as the pool's threads read its work queue. */
    private void takeNextWhenFree(int thread) {
        if (waiting[thread]) {
            return;
        }
        waiting[thread] = true;
        double when = freeAt[thread];
        interp.engine().atTime(when, "executor thread free", () -> {
            waiting[thread] = false;
            Work next = queue.poll();
            if (next != null) {
                start(next, thread, when);
            }
        });
    }
}
