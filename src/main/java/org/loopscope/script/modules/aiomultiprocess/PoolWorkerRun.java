package org.loopscope.script.modules.aiomultiprocess;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loopscope.engine.DoneCallback;
import org.loopscope.engine.Future;
import org.loopscope.engine.Resumption;
import org.loopscope.engine.Simulation;
import org.loopscope.engine.StepCoroutine;
import org.loopscope.engine.Task;
import org.loopscope.script.interp.Tracebacks;
import org.loopscope.script.modules.ModuleSupport;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.PyOps;

/**
 * {@code PoolWorker.run()}, the main coroutine of a pool's child process, as aiomultiprocess 0.9 writes it: while
 * running, pick up work from the pool's queue as long as fewer than {@code childconcurrency} jobs are pending
 * (each becomes a task of the process), stop picking up at the queue's end marker (or after
 * {@code maxtasksperchild} jobs), send each finished job's result — or its traceback, after calling the pool's
 * {@code exception_handler} — to the pool, and return when nothing is pending any more. Where aiomultiprocess
 * polls (every 5 ms for work, {@code asyncio.wait(..., timeout=0.05)} for jobs), this one waits on a future that
 * new work and finished jobs complete.
 */
final class PoolWorkerRun extends StepCoroutine {

    /** A job of the pool: its id, the coroutine function and its arguments. */
    record Job(long tid, Object func, Object args, Object kwargs) {
    }

    /** The queue's end marker ({@code None} in aiomultiprocess). */
    static final Object END = new Object();

    private final PoolObject pool;
    private final SimProcess process;
    private final ArrayDeque<Object> queue;
    private final int concurrency;
    private final int ttl;
    private final Map<Task, Long> pending = new LinkedHashMap<>();
    private final List<Task> finished = new ArrayList<>();
    private int completed;
    private boolean running = true;
    private Future wake;

    PoolWorkerRun(PoolObject pool, SimProcess process, ArrayDeque<Object> queue, int concurrency, int ttl) {
        super("PoolWorker.run");
        this.pool = pool;
        this.process = process;
        this.queue = queue;
        this.concurrency = concurrency;
        this.ttl = ttl;
    }

    /** New work is on the queue (or its end marker): an idle worker wakes up to look. */
    void workQueued() {
        if (running && pending.size() < concurrency) {
            wakeUp();
        }
    }

    private void wakeUp() {
        if (wake != null && !wake.done()) {
            wake.setResult(Py.NONE);
        }
    }

    @Override
    protected Resumption resume(Object value, RuntimeException error) {
        if (error != null) {
            throw error;
        }
        wake = null;
        for (Task task : finished) {
            report(pending.remove(task), task);
            completed++;
        }
        finished.clear();
        if (ttl > 0 && completed >= ttl) {
            running = false;
        }
        while (running && pending.size() < concurrency) {
            Object item = queue.poll();
            if (item == null) {
                break;
            }
            if (item == END) {
                running = false;
                break;
            }
            Job job = (Job) item;
            Task task = process.newTask(ProcessObject.awaitable(ModuleSupport.callWith(job.func(), job.args(),
                    job.kwargs())));
            pending.put(task, job.tid());
            task.addDoneCallback(DoneCallback.named("PoolWorker.run.<locals>.done()", f -> {
                finished.add(task);
                wakeUp();
            }));
        }
        if (pending.isEmpty() && !running) {
            return returnValue(Py.NONE);
        }
        wake = Simulation.waiter(process.loop, pool, "PoolWorker.run");
        return await(wake);
    }

    /** Sends one job's outcome to the pool: its result, or the traceback of what it raised. */
    private void report(long tid, Task task) {
        Object result = Py.NONE;
        String traceback = null;
        RuntimeException raised = task.cancelled()
                ? process.world.engine.host().newError(org.loopscope.engine.ErrorType.CANCELLED_ERROR)
                : task.exception();
        if (raised == null) {
            result = task.result();
        } else {
            PyException error = (PyException) raised;
            if (pool.exceptionHandler != null) {
                PyOps.call(pool.exceptionHandler, error);
            }
            Tracebacks tracebacks = ModuleSupport.tracebacks(process.world.interp);
            traceback = tracebacks == null ? error.getMessage() + "\n" : tracebacks.format(error);
        }
        Object value = result;
        String tb = traceback;
        process.world.deliver("result of job " + tid, () -> pool.finish(tid, value, tb));
    }
}
