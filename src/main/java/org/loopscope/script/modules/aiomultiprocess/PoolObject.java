package org.loopscope.script.modules.aiomultiprocess;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loopscope.engine.Asyncio;
import org.loopscope.engine.Awaited;
import org.loopscope.engine.EventLoop;
import org.loopscope.engine.Future;
import org.loopscope.engine.Resumption;
import org.loopscope.engine.Simulation;
import org.loopscope.engine.StepCoroutine;
import org.loopscope.engine.Task;
import org.loopscope.script.interp.Native;
import org.loopscope.script.interp.Vm;
import org.loopscope.script.modules.ModuleSupport;
import org.loopscope.script.modules.Signature;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PyTuple;
import org.loopscope.script.runtime.PyType;

/**
 * aiomultiprocess's {@code Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=0,
 * childconcurrency=16, queuecount=None, scheduler=None, loop_initializer=None, exception_handler=None)}: it starts
 * its worker processes at once ({@code os.cpu_count()}, {@link ModuleSupport#CPU_COUNT}, when {@code processes}
 * is not given), each attached to one of {@code queuecount} work queues, and a task of the program's loop
 * ({@code Pool.loop}) that replaces workers which exit while the pool runs. {@code map}, {@code starmap} (a
 * {@link PoolResult}) and {@code await apply} queue jobs through the scheduler (round robin over the queues);
 * {@code close()}, {@code terminate()}, {@code await join()}; an async context manager that terminates and joins.
 */
final class PoolObject extends PyObject implements Awaited {

    static final PyType TYPE = Native.newType("Pool", "aiomultiprocess.pool", null, PoolObject::methods);

    private static final String SPEC = "Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=0, "
            + "childconcurrency=16, queuecount=None, scheduler=None, loop_initializer=None, exception_handler=None)";
    private static final Signature NEW = Signature.of(SPEC);
    private static final Signature APPLY = Signature.of("apply(func, args=None, kwds=None)");
    private static final Signature MAP = Signature.of("map(func, iterable)");
    private static final Signature STARMAP = Signature.of("starmap(func, iterable)");

    final ProcessWorld world;
    private final EventLoop loop;
    private final Object initializer;
    private final Object initargs;
    private final int processCount;
    private final int maxTasksPerChild;
    private final int childConcurrency;
    final Object exceptionHandler;
    private final Schedulers.Scheduler scheduler;
    private final Map<Object, ArrayDeque<Object>> queues = new LinkedHashMap<>();
    private final Map<SimProcess, Object> processes = new LinkedHashMap<>();
    private final Map<SimProcess, PoolWorkerRun> runs = new HashMap<>();
    private boolean running = true;
    private long lastId;
    private final Map<Long, Object[]> outcomes = new HashMap<>();
    private final List<Future> resultWaiters = new ArrayList<>();
    private Future loopWake;
    private final Task loopTask;

    private PoolObject(ProcessWorld world, Object[] v) {
        this.world = world;
        long count = v[0] == null || Py.isNone(v[0]) || !PyOps.truthy(v[0]) ? ModuleSupport.CPU_COUNT
                : ModuleSupport.integer(v[0]);
        this.processCount = (int) Math.max(1, count);
        int queueCount = (int) Math.max(1, v[5] == null || Py.isNone(v[5]) || !PyOps.truthy(v[5]) ? 1
                : ModuleSupport.integer(v[5]));
        if (queueCount > processCount) {
            throw Errors.valueError("queue count must be <= process count");
        }
        this.initializer = v[1] == null || Py.isNone(v[1]) ? null : v[1];
        this.initargs = v[2] == null ? PyTuple.EMPTY : v[2];
        this.maxTasksPerChild = (int) Math.max(0, v[3] == null ? 0 : ModuleSupport.integer(v[3]));
        this.childConcurrency = (int) Math.max(1, v[4] == null ? 16 : ModuleSupport.integer(v[4]));
        this.scheduler = Schedulers.of(v[6]);
        this.exceptionHandler = v[8] == null || Py.isNone(v[8]) ? null : v[8];
        for (int i = 0; i < queueCount; i++) {
            ArrayDeque<Object> queue = new ArrayDeque<>();
            queues.put(scheduler.registerQueue(queue), queue);
        }
        List<Object> qids = new ArrayList<>(queues.keySet());
        for (int i = 0; i < processCount; i++) {
            Object qid = qids.get(i % queueCount);
            processes.put(createWorker(qid), qid);
            scheduler.registerProcess(qid);
        }
        this.loop = new Asyncio(world.engine).getEventLoop();
        this.loopTask = loop.createTask(new PoolLoop());
    }

    static PoolObject create(Object[] args, String[] kwnames) {
        return new PoolObject(ProcessWorld.current(), NEW.bind(args, kwnames));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String kind() {
        return "Pool";
    }

    /** A started worker process reading the queue {@code qid}. */
    private SimProcess createWorker(Object qid) {
        ArrayDeque<Object> queue = queues.get(qid);
        SimProcess[] made = new SimProcess[1];
        made[0] = new SimProcess(world, p -> {
            if (initializer != null) {
                ModuleSupport.callWith(initializer, initargs, null);
            }
            PoolWorkerRun run = new PoolWorkerRun(this, p, queue, childConcurrency, maxTasksPerChild);
            runs.put(p, run);
            return run;
        });
        made[0].whenExited(this::wakeLoop);
        made[0].start();
        return made[0];
    }

    /** {@code queue_work}: a job on the queue the scheduler picks; the workers reading it look for it. */
    private long queueWork(Object func, Object args, Object kwargs) {
        long tid = ++lastId;
        Object qid = scheduler.scheduleTask(tid, func, args, kwargs);
        ArrayDeque<Object> queue = queues.get(qid);
        queue.add(new PoolWorkerRun.Job(tid, func, args, kwargs));
        notifyWorkers(queue);
        return tid;
    }

    private void notifyWorkers(ArrayDeque<Object> queue) {
        for (Map.Entry<SimProcess, Object> e : processes.entrySet()) {
            PoolWorkerRun run = runs.get(e.getKey());
            if (run != null && queues.get(e.getValue()) == queue) {
                run.workQueued();
            }
        }
        world.wake();
    }

    /** {@code finish_work}: a job's outcome arrives from its worker. */
    void finish(long tid, Object value, String traceback) {
        outcomes.put(tid, new Object[] {value, traceback});
        scheduler.completeTask(tid);
        List<Future> waiting = List.copyOf(resultWaiters);
        resultWaiters.clear();
        for (Future f : waiting) {
            if (!f.done()) {
                f.setResult(Py.NONE);
            }
        }
    }

    private void wakeLoop() {
        if (loopWake != null && !loopWake.done()) {
            loopWake.setResult(Py.NONE);
        }
    }

    /** {@code await results(tids)}: the outcomes in order; a job that raised raises ProxyException(traceback). */
    StepCoroutine results(List<Long> tids) {
        return new StepCoroutine("Pool.results") {
            private final java.util.TreeSet<Long> pending = new java.util.TreeSet<>(tids);
            private final Map<Long, Object> ready = new HashMap<>();

            @Override
            protected Resumption resume(Object value, RuntimeException error) {
                if (error != null) {
                    throw error;
                }
                for (Long tid : List.copyOf(pending)) {
                    Object[] outcome = outcomes.remove(tid);
                    if (outcome != null) {
                        if (outcome[1] != null) {
                            throw (RuntimeException) PyOps.call(AiomultiprocessModule.PROXY_EXCEPTION, outcome[1]);
                        }
                        ready.put(tid, outcome[0]);
                        pending.remove(tid);
                    }
                }
                if (pending.isEmpty()) {
                    List<Object> values = new ArrayList<>();
                    tids.forEach(t -> values.add(ready.get(t)));
                    return returnValue(org.loopscope.script.runtime.PyList.of(values.toArray()));
                }
                Future waiter = Simulation.waiter(loop, PoolObject.this, "Pool.results");
                resultWaiters.add(waiter);
                return await(waiter);
            }
        };
    }

    /** {@code Pool.loop()}: replaces workers that exit while the pool runs; ends when all are gone and closed. */
    private final class PoolLoop extends StepCoroutine {
        PoolLoop() {
            super("Pool.loop");
        }

        @Override
        protected Resumption resume(Object value, RuntimeException error) {
            if (error != null) {
                throw error;
            }
            loopWake = null;
            for (SimProcess process : List.copyOf(processes.keySet())) {
                if (!process.alive()) {
                    Object qid = processes.remove(process);
                    runs.remove(process);
                    if (running) {
                        processes.put(createWorker(qid), qid);
                    }
                }
            }
            if (processes.isEmpty() && !running) {
                return returnValue(Py.NONE);
            }
            loopWake = Simulation.waiter(loop, PoolObject.this, "Pool.loop");
            return await(loopWake);
        }
    }

    private void checkRunning() {
        if (!running) {
            throw Errors.runtimeError("pool is closed");
        }
    }

    /** {@code close()}: no new work; each worker finds the end marker once its queue is done. */
    void close() {
        running = false;
        for (Object qid : processes.values()) {
            queues.get(qid).add(PoolWorkerRun.END);
        }
        for (ArrayDeque<Object> queue : queues.values()) {
            notifyWorkers(queue);
        }
        wakeLoop();
    }

    /** {@code terminate()}: closes, then kills every worker at once. */
    void terminate() {
        if (running) {
            close();
        }
        for (SimProcess process : List.copyOf(processes.keySet())) {
            process.terminate(-15);
        }
    }

    /** {@code await join()}: waits for {@code Pool.loop} to end (the pool must be closed). */
    Object join() {
        return Vm.coroutine(new StepCoroutine("Pool.join") {
            private boolean waited;

            @Override
            protected Resumption resume(Object value, RuntimeException error) {
                if (error != null) {
                    throw error;
                }
                if (!waited) {
                    if (running) {
                        throw Errors.runtimeError("pool is still open");
                    }
                    waited = true;
                    return await(loopTask);
                }
                return returnValue(Py.NONE);
            }
        });
    }

    private Object apply(Object[] v) {
        return Vm.coroutine(new StepCoroutine("Pool.apply") {
            private boolean queued;

            @Override
            protected Resumption resume(Object value, RuntimeException error) {
                if (error != null) {
                    throw error;
                }
                if (!queued) {
                    checkRunning();
                    queued = true;
                    Object args = v[1] == null || Py.isNone(v[1]) || !PyOps.truthy(v[1]) ? PyTuple.EMPTY : v[1];
                    Object kwds = v[2] == null || Py.isNone(v[2]) || !PyOps.truthy(v[2]) ? new PyDict() : v[2];
                    return await(results(List.of(queueWork(v[0], args, kwds))));
                }
                return returnValue(((org.loopscope.script.runtime.PyList) value).get(0));
            }
        });
    }

    private PoolResult map(Object func, Object iterable, boolean star) {
        checkRunning();
        List<Long> tids = new ArrayList<>();
        Object it = PyOps.iter(iterable);
        for (Object item = PyOps.next(it); item != org.loopscope.script.runtime.PyIterator.STOP;
             item = PyOps.next(it)) {
            tids.add(queueWork(func, star ? item : PyTuple.of(item), new PyDict()));
        }
        return new PoolResult(this, tids);
    }

    private static PoolObject self(Object o) {
        return (PoolObject) o;
    }

    private static void methods(Map<String, Object> ns) {
        String owner = "Pool";
        Native.method(ns, owner, "apply", (s, a, k) -> self(s).apply(APPLY.bind(a, k)));
        Native.method(ns, owner, "map", (s, a, k) -> {
            Object[] v = MAP.bind(a, k);
            return self(s).map(v[0], v[1], false);
        });
        Native.method(ns, owner, "starmap", (s, a, k) -> {
            Object[] v = STARMAP.bind(a, k);
            return self(s).map(v[0], v[1], true);
        });
        Native.method(ns, owner, "close", (s, a, k) -> {
            self(s).close();
            return Py.NONE;
        });
        Native.method(ns, owner, "terminate", (s, a, k) -> {
            self(s).terminate();
            return Py.NONE;
        });
        Native.method(ns, owner, "join", (s, a, k) -> self(s).join());
        Native.attribute(ns, owner, "process_count", s -> Py.integer(self(s).processCount), null);
        Native.attribute(ns, owner, "childconcurrency", s -> Py.integer(self(s).childConcurrency), null);
        Native.method(ns, owner, "__aenter__", (s, a, k) -> Vm.coroutine(new StepCoroutine("Pool.__aenter__") {
            @Override
            protected Resumption resume(Object value, RuntimeException error) {
                if (error != null) {
                    throw error;
                }
                return returnValue(s);
            }
        }));
        Native.method(ns, owner, "__aexit__", (s, a, k) -> {
            self(s).terminate();
            return self(s).join();
        });
        ns.put("__new__", ModuleSupport.constructor((cls, a, k) -> create(a, k)));
    }
}
