package org.loopscope.script.modules;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.loopscope.engine.Coroutine;
import org.loopscope.engine.Engine;
import org.loopscope.engine.EventLoop;
import org.loopscope.engine.Future;
import org.loopscope.engine.ReturnWhen;
import org.loopscope.engine.Task;
import org.loopscope.script.interp.Interpreter;
import org.loopscope.script.interp.LibraryFrames;
import org.loopscope.script.interp.Native;
import org.loopscope.script.interp.Vm;
import org.loopscope.script.runtime.BuiltinFunction;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.ExcTypes;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyCallable;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyIterator;
import org.loopscope.script.runtime.PyModule;
import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PySet;
import org.loopscope.script.runtime.PyType;
import org.loopscope.script.runtime.Types;

/** The {@code asyncio} module of a run: the engine's event loop, tasks, combinators and primitives by Python name. */
final class AsyncioModule {

    private static final Signature RUN = Signature.of("run(main, *, debug=None)");
    private static final Signature SLEEP = Signature.of("sleep(delay, result=None)");
    private static final Signature GATHER = Signature.of("gather(*coros_or_futures, return_exceptions=False)");
    private static final Signature CREATE_TASK = Signature.of("create_task(coro, *, name=None, context=None)");
    private static final Signature ENSURE_FUTURE = Signature.of("ensure_future(coro_or_future, *, loop=None)");
    private static final Signature WAIT = Signature.of("wait(fs, *, timeout=None, return_when=ALL_COMPLETED)");
    private static final Signature AS_COMPLETED = Signature.of("as_completed(fs, *, timeout=None)");
    private static final Signature WAIT_FOR = Signature.of("wait_for(fut, timeout)");
    private static final Signature SHIELD = Signature.of("shield(arg)");
    private static final Signature SET_EVENT_LOOP = Signature.of("set_event_loop(loop)");
    private static final Signature LOOP_ARG = Signature.of("current_task(loop=None)");
    private static final Signature ALL_TASKS = Signature.of("all_tasks(loop=None)");

    private AsyncioModule() {
    }

    static PyModule create(Interpreter interp) {
        FutureMethods.ensureInstalled();
        AsyncioState state = AsyncioState.of(interp);
        PyModule module = new PyModule("asyncio", Engine.CPYTHON_ASYNCIO + "/__init__.py");
        PyDict d = module.dict();
        fn(d, "run", (a, k) -> {
            Object[] v = RUN.bind(a, k);
            return run(state, v[0], v[1] == null || Py.isNone(v[1]) ? null : PyOps.truthy(v[1]));
        });
        fn(d, "sleep", (a, k) -> {
            Object[] v = SLEEP.bind(a, k);
            double delay = AsyncioState.seconds(v[0], false);
            if (delay > 0) {
                // A simulated process that blocked earlier in this turn sleeps from its own time.
                delay += interp.workerOffset();
            }
            return Vm.coroutine(state.asyncio.sleep(delay, v[1] == null ? Py.NONE : v[1]));
        });
        fn(d, "gather", (a, k) -> {
            Object[] v = GATHER.bind(a, k);
            List<Object> aws = new ArrayList<>();
            for (Object item : (Object[]) v[0]) {
                aws.add(AsyncioState.awaitableArg(item));
            }
            boolean returnExceptions = v[1] != null && PyOps.truthy(v[1]);
            return state.asyncio.gather(aws, returnExceptions);
        });
        fn(d, "create_task", (a, k) -> {
            Object[] v = CREATE_TASK.bind(a, k);
            EventLoop loop = state.asyncio.getRunningLoop();
            Task task = loop.createTask(AsyncioState.coroutineArg(v[0]));
            if (v[1] != null && !Py.isNone(v[1])) {
                task.setName(PyOps.str(v[1]));
            }
            return ContextvarsModule.given(task, v[2]);
        });
        fn(d, "ensure_future", (a, k) -> {
            Object[] v = ENSURE_FUTURE.bind(a, k);
            Object arg = v[0];
            if (arg instanceof Future f) {
                if (v[1] != null && !Py.isNone(v[1]) && state.loopArg(v[1]) != f.loop()) {
                    throw Errors.valueError("The future belongs to a different loop than the one specified as the"
                            + " loop argument");
                }
                return f;
            }
            EventLoop loop = v[1] == null || Py.isNone(v[1]) ? state.asyncio.getEventLoop() : state.loopArg(v[1]);
            return loop.ensureFuture(AsyncioState.awaitableArg(arg));
        });
        fn(d, "wait", (a, k) -> {
            Object[] v = WAIT.bind(a, k);
            ReturnWhen when = v[2] == null ? ReturnWhen.ALL_COMPLETED
                    : ReturnWhen.of(interp.engine().host(), v[2]);
            List<Object> fs = futures(v[0]);
            // 3.11's wait() refuses coroutines when it runs: they are then never awaited.
            Object[] raw = fs.stream().filter(Vm::isCoroutine).toArray();
            Vm.orphaned(raw, null);
            return Vm.coroutine(state.asyncio.wait(fs, AsyncioState.seconds(v[1], true), when));
        });
        fn(d, "as_completed", (a, k) -> {
            Object[] v = AS_COMPLETED.bind(a, k);
            return new AsCompletedIterator(state.asyncio.asCompleted(futures(v[0]),
                    AsyncioState.seconds(v[1], true)));
        });
        fn(d, "wait_for", (a, k) -> {
            Object[] v = WAIT_FOR.bind(a, k);
            return Vm.coroutine(state.asyncio.waitFor(AsyncioState.awaitableArg(v[0]),
                    AsyncioState.seconds(v[1], true)));
        });
        fn(d, "shield", (a, k) -> state.asyncio.shield(AsyncioState.awaitableArg(SHIELD.bind(a, k)[0])));
        fn(d, "to_thread", (a, k) -> {
            if (a.length - (k == null ? 0 : k.length) < 1) {
                throw Errors.typeError("to_thread() missing 1 required positional argument: 'func'");
            }
            return Vm.coroutine(new ToThread(state, a, k));
        });
        fn(d, "timeout", Primitives::timeout);
        fn(d, "timeout_at", Primitives::timeoutAt);
        fn(d, "get_event_loop", (a, k) -> {
            Native.noArgs("get_event_loop", a, k);
            return state.loop(state.asyncio.getEventLoop());
        });
        fn(d, "new_event_loop", (a, k) -> {
            Native.noArgs("new_event_loop", a, k);
            return state.loop(interp.engine().newEventLoop());
        });
        fn(d, "set_event_loop", (a, k) -> {
            Object loop = SET_EVENT_LOOP.bind(a, k)[0];
            interp.engine().setEventLoop(Py.isNone(loop) ? null : state.loopArg(loop));
            return Py.NONE;
        });
        LoopPolicy.install(d);
        d.put("Runner", RunnerObject.TYPE);
        fn(d, "get_running_loop", (a, k) -> {
            Native.noArgs("get_running_loop", a, k);
            return state.loop(state.asyncio.getRunningLoop());
        });
        fn(d, "_get_running_loop", (a, k) -> {
            EventLoop loop = interp.engine().runningLoop();
            return loop == null ? Py.NONE : state.loop(loop);
        });
        fn(d, "current_task", (a, k) -> {
            Object loop = LOOP_ARG.bind(a, k)[0];
            EventLoop l = loop == null || Py.isNone(loop) ? state.asyncio.getRunningLoop() : state.loopArg(loop);
            return Py.nn(l.currentTask());
        });
        fn(d, "all_tasks", (a, k) -> {
            Object loop = ALL_TASKS.bind(a, k)[0];
            EventLoop l = loop == null || Py.isNone(loop) ? state.asyncio.getRunningLoop() : state.loopArg(loop);
            PySet tasks = new PySet();
            for (Task t : l.allTasks()) {
                tasks.add(t);
            }
            return tasks;
        });
        fn(d, "iscoroutine", (a, k) -> {
            // asyncio counts every generator as a coroutine (generator-based coroutines).
            Object v = Native.oneArg("iscoroutine", a, k);
            return Vm.isCoroutine(v) || Vm.isGenerator(v);
        });
        fn(d, "iscoroutinefunction", (a, k) -> Vm.isCoroutineFunction(Native.oneArg("iscoroutinefunction", a, k)));
        fn(d, "isfuture", (a, k) -> Native.oneArg("isfuture", a, k) instanceof Future);
        d.put("Future", Types.FUTURE);
        d.put("Task", Types.TASK);
        d.put("Lock", Primitives.LOCK);
        d.put("Event", Primitives.EVENT);
        d.put("Semaphore", Primitives.SEMAPHORE_TYPE);
        d.put("BoundedSemaphore", Primitives.BOUNDED_SEMAPHORE);
        d.put("Condition", Primitives.CONDITION_TYPE);
        d.put("Barrier", Primitives.BARRIER_TYPE);
        d.put("Queue", Primitives.QUEUE_TYPE);
        d.put("PriorityQueue", Primitives.PRIORITY_QUEUE);
        d.put("LifoQueue", Primitives.LIFO_QUEUE);
        d.put("TaskGroup", Primitives.TASK_GROUP);
        d.put("Timeout", Primitives.TIMEOUT_TYPE);
        d.put("Handle", HandleObject.HANDLE);
        d.put("TimerHandle", HandleObject.TIMER_HANDLE);
        d.put("AbstractEventLoop", LoopObject.ABSTRACT);
        d.put("CancelledError", ExcTypes.CANCELLED_ERROR);
        d.put("TimeoutError", ExcTypes.TIMEOUT_ERROR);
        d.put("InvalidStateError", ExcTypes.INVALID_STATE_ERROR);
        d.put("QueueEmpty", ExcTypes.QUEUE_EMPTY);
        d.put("QueueFull", ExcTypes.QUEUE_FULL);
        d.put("IncompleteReadError", ExcTypes.INCOMPLETE_READ_ERROR);
        d.put("LimitOverrunError", ExcTypes.LIMIT_OVERRUN_ERROR);
        d.put("BrokenBarrierError", ExcTypes.BROKEN_BARRIER_ERROR);
        d.put("SendfileNotAvailableError", ExcTypes.SENDFILE_NOT_AVAILABLE_ERROR);
        d.put("FIRST_COMPLETED", "FIRST_COMPLETED");
        d.put("FIRST_EXCEPTION", "FIRST_EXCEPTION");
        d.put("ALL_COMPLETED", "ALL_COMPLETED");
        return module;
    }

    private static void fn(PyDict d, String name, PyCallable impl) {
        d.put(name, new BuiltinFunction(name, (a, k) -> {
            try {
                return impl.call(a, k);
            } catch (org.loopscope.script.runtime.PyException e) {
                Vm.orphaned(a, e);
                throw e;
            }
        }));
    }

    /** {@code asyncio.run(main)}: the frames CPython has above the main task, the library frames on errors. */
    private static Object run(AsyncioState state, Object main, Boolean debug) {
        if (!Vm.isCoroutine(main)) {
            throw Errors.valueError("a coroutine was expected, got " + PyOps.repr(main));
        }
        Coroutine coro = Vm.asCoroutine(main);
        if (state.interp.engine().runningLoop() != null) {
            // CPython fails fast here, before making a runner: a short traceback.
            org.loopscope.script.runtime.PyException error = Errors.runtimeError(
                    "asyncio.run() cannot be called from a running event loop");
            state.interp.recordLibraryFrame(error, LibraryFrames.RUNNERS_RUN_NESTED);
            throw error;
        }
        return state.throughLibrary(6, AsyncioState.LoopEntry.RUN_UNTIL_COMPLETE,
                () -> org.loopscope.script.interp.EngineValues.toPython(state.asyncio.run(coro, debug)),
                LibraryFrames.RUNNER_RUN, LibraryFrames.RUNNERS_RUN);
    }

    /** The futures or coroutines of an iterable argument, for wait and as_completed. */
    private static List<Object> futures(Object fs) {
        if (fs instanceof Future || Vm.isCoroutine(fs)) {
            throw Errors.typeError("expect a list of futures, not " + Py.typeName(fs));
        }
        List<Object> out = new ArrayList<>();
        Object it = PyOps.iter(fs);
        for (Object item = PyOps.next(it); item != PyIterator.STOP; item = PyOps.next(it)) {
            Coroutine c = Vm.asCoroutine(item);
            out.add(c != null ? c : item);
        }
        return out;
    }

    /** {@code asyncio.to_thread(func, *args, **kwargs)}: awaits {@code run_in_executor(None, func, ...)}. */
    private static final class ToThread extends org.loopscope.engine.StepCoroutine {
        private final AsyncioState state;
        private final Object[] args;
        private final String[] kwnames;
        private boolean submitted;
        private boolean done;

        ToThread(AsyncioState state, Object[] args, String[] kwnames) {
            super("to_thread");
            this.state = state;
            this.args = args;
            this.kwnames = kwnames;
        }

        @Override
        protected org.loopscope.engine.Resumption resume(Object value, RuntimeException error) {
            if (error != null) {
                done = true;
                throw error;
            }
            if (!submitted) {
                submitted = true;
                Object func = args[0];
                Object[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
                Object call = kwnames == null || kwnames.length == 0 ? func
                        : new BuiltinFunction("call", (a, k) -> PyOps.call(func, rest, kwnames));
                Object[] callArgs = kwnames == null || kwnames.length == 0 ? rest : new Object[0];
                LoopObject loop = state.loop(state.asyncio.getRunningLoop());
                return await(LoopObject.runInExecutor(loop, call, callArgs));
            }
            done = true;
            return returnValue(value);
        }

        @Override
        public String describe() {
            String at = Engine.CPYTHON_ASYNCIO + "/threads.py:";
            return done ? "to_thread() done, defined at " + at + "12" : "to_thread() running at " + at + "25";
        }
    }

    /** What {@code as_completed} returns: an iterator of coroutines, each giving the next result to finish. */
    static final class AsCompletedIterator extends PyObject implements PyIterator {
        static final PyType TYPE = Native.newType("generator", "builtins", null, ns -> {
            Native.method(ns, "generator", "__iter__", (s, a, k) -> s);
            Native.method(ns, "generator", "__next__", (s, a, k) -> {
                Object next = ((AsCompletedIterator) s).next();
                if (next == STOP) {
                    throw Errors.of(ExcTypes.STOP_ITERATION);
                }
                return next;
            });
        });

        private final Iterator<Coroutine> inner;

        AsCompletedIterator(Iterator<Coroutine> inner) {
            this.inner = inner;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public Object next() {
            return inner.hasNext() ? Vm.coroutine(inner.next()) : STOP;
        }

        @Override
        public String toString() {
            return "<generator object as_completed at " + org.loopscope.script.runtime.Identity.address(this) + ">";
        }
    }
}
