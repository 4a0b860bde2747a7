package org.loopscope.script.modules.aiomultiprocess;

import java.util.Map;
import org.loopscope.engine.Asyncio;
import org.loopscope.engine.Awaited;
import org.loopscope.engine.Coroutine;
import org.loopscope.engine.EventLoop;
import org.loopscope.engine.Resumption;
import org.loopscope.engine.StepCoroutine;
import org.loopscope.script.interp.Native;
import org.loopscope.script.interp.Vm;
import org.loopscope.script.modules.ModuleSupport;
import org.loopscope.script.modules.Signature;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.ExcTypes;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PyType;

/**
 * aiomultiprocess's {@code Process(target=coro_fn, args=(), kwargs={}, ...)} and {@code Worker}: {@code start()},
 * {@code await join(timeout=None)}, {@code is_alive()}, {@code exitcode}, {@code name}, {@code pid},
 * {@code daemon}, {@code terminate()}, {@code kill()}, {@code close()}, and {@code await process} (starts it if
 * needed, then joins). A Worker's join gives the coroutine's result ({@code worker.result}), or the exception it
 * raised, as a value.
 */
final class ProcessObject extends PyObject implements Awaited {

    static final PyType PROCESS = Native.newType("Process", "aiomultiprocess.core", null, ProcessObject::methods);
    static final PyType WORKER = Native.newType("Worker", "aiomultiprocess.core", PROCESS,
            ProcessObject::workerMethods);

    private static final Signature NEW = Signature.of("Process(group=None, target=None, name=None, args=None, "
            + "kwargs=None, *, daemon=None, initializer=None, initargs=(), loop_initializer=None, "
            + "process_target=None)");
    private static final Signature JOIN = Signature.of("join(timeout=None)");

    private final PyType type;
    final SimProcess process;
    private final String givenName;
    private Object daemon;

    private ProcessObject(PyType type, SimProcess process, String givenName, Object daemon) {
        this.type = type;
        this.process = process;
        this.givenName = givenName;
        this.daemon = daemon;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public String kind() {
        return type.name();
    }

    boolean isWorker() {
        return type.isSubtype(WORKER);
    }

    static ProcessObject create(PyType cls, Object[] args, String[] kwnames) {
        Object[] v = NEW.bind(args, kwnames);
        Object target = v[1];
        if (target != null && !Py.isNone(target) && !Vm.isCoroutineFunction(target)) {
            throw Errors.valueError("target must be coroutine function");
        }
        Object initializer = v[6];
        if (initializer != null && !Py.isNone(initializer) && Vm.isCoroutineFunction(initializer)) {
            throw Errors.valueError("initializer must be synchronous function");
        }
        if (v[8] != null && !Py.isNone(v[8]) && Vm.isCoroutineFunction(v[8])) {
            throw Errors.valueError("loop_initializer must be synchronous function");
        }
        Object targetArgs = v[3];
        Object targetKwargs = v[4];
        Object initargs = v[7];
        SimProcess process = new SimProcess(ProcessWorld.current(), p -> {
            if (initializer != null && !Py.isNone(initializer)) {
                ModuleSupport.callWith(initializer, initargs, null);
            }
            if (target == null || Py.isNone(target)) {
                throw Errors.of(ExcTypes.NOT_IMPLEMENTED_ERROR);
            }
            return awaitable(ModuleSupport.callWith(target, targetArgs, targetKwargs));
        });
        String name = v[2] == null || Py.isNone(v[2]) ? null : PyOps.str(v[2]);
        return new ProcessObject(cls, process, name, v[5] == null ? Py.NONE : v[5]);
    }

    /** What {@code run_until_complete} accepts as the process's main coroutine. */
    static Coroutine awaitable(Object value) {
        Coroutine c = Vm.awaitableCoroutine(value);
        if (c == null) {
            throw Errors.typeError("An asyncio.Future, a coroutine or an awaitable is required");
        }
        return c;
    }

    String name() {
        return givenName != null ? givenName : process.name;
    }

    void start() {
        if (process.started()) {
            throw Errors.of(ExcTypes.ASSERTION_ERROR, "cannot start a process twice");
        }
        process.start();
    }

    /** {@code await join(timeout)}: waits for the exit; a Worker's gives its result. */
    Object join(Object timeout) {
        if (!process.alive() && process.exitcode == null) {
            return failingCoroutine("Process.join", Errors.valueError("must start process before joining it"));
        }
        EventLoop loop = process.world.engine.getRunningLoop();
        Coroutine wait = new StepCoroutine(isWorker() ? "Worker.join" : "Process.join") {
            private boolean waited;

            @Override
            protected Resumption resume(Object value, RuntimeException error) {
                if (error != null) {
                    throw error;
                }
                if (!waited && process.exitcode == null) {
                    waited = true;
                    return await(process.exitFuture(loop, ProcessObject.this, "Process.join"));
                }
                return returnValue(isWorker() ? process.result : Py.NONE);
            }
        };
        Double seconds = ModuleSupport.seconds(timeout, true);
        if (seconds != null) {
            return Vm.coroutine(new Asyncio(process.world.engine).waitFor(wait, seconds));
        }
        return Vm.coroutine(wait);
    }

    private static Object failingCoroutine(String name, RuntimeException error) {
        return Vm.coroutine(new StepCoroutine(name) {
            @Override
            protected Resumption resume(Object value, RuntimeException thrown) {
                throw thrown != null ? thrown : error;
            }
        });
    }

    private static ProcessObject self(Object o) {
        return (ProcessObject) o;
    }

    private static void methods(Map<String, Object> ns) {
        String owner = "Process";
        Native.method(ns, owner, "start", (s, a, k) -> {
            Native.noArgs("start", a, k);
            self(s).start();
            return Py.NONE;
        });
        Native.method(ns, owner, "join", (s, a, k) -> self(s).join(JOIN.bind(a, k)[0]));
        Native.method(ns, owner, "is_alive", (s, a, k) -> self(s).process.alive());
        Native.method(ns, owner, "terminate", (s, a, k) -> {
            self(s).process.terminate(-15);
            return Py.NONE;
        });
        Native.method(ns, owner, "kill", (s, a, k) -> {
            self(s).process.terminate(-9);
            return Py.NONE;
        });
        Native.method(ns, owner, "close", (s, a, k) -> {
            if (self(s).process.alive()) {
                throw Errors.valueError("Cannot close a process while it is still running. You should first call "
                        + "join() or terminate().");
            }
            return Py.NONE;
        });
        Native.attribute(ns, owner, "exitcode", s -> self(s).process.exitcode == null ? Py.NONE
                : Py.integer(self(s).process.exitcode), null);
        Native.attribute(ns, owner, "name", s -> self(s).name(), null);
        Native.attribute(ns, owner, "pid", s -> self(s).process.started() ? Py.integer(self(s).process.pid)
                : Py.NONE, null);
        Native.attribute(ns, owner, "daemon", s -> self(s).daemon, (s, v) -> self(s).daemon = v);
        Native.method(ns, owner, "__await__", (s, a, k) -> {
            ProcessObject p = self(s);
            if (!p.process.alive() && p.process.exitcode == null) {
                p.start();
            }
            return PyOps.callMethod(p.join(Py.NONE), "__await__");
        });
        ns.put("__new__", ModuleSupport.constructor(ProcessObject::create));
    }

    private static void workerMethods(Map<String, Object> ns) {
        Native.attribute(ns, "Worker", "result", s -> {
            if (self(s).process.exitcode == null) {
                throw Errors.valueError("coroutine not completed");
            }
            return self(s).process.result;
        }, null);
    }
}
