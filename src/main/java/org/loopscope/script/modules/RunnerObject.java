package org.loopscope.script.modules;

import org.loopscope.engine.Coroutine;
import org.loopscope.engine.Runner;
import org.loopscope.script.interp.LibraryFrames;
import org.loopscope.script.interp.Native;
import org.loopscope.script.interp.Vm;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.Identity;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PyType;

/**
 * {@code asyncio.Runner(debug=None)}: a context manager owning one loop, made on first use, that runs coroutines as
 * main tasks one after another ({@code run}), hands out the loop ({@code get_loop}) and shuts it down as
 * {@code asyncio.run} does ({@code close}, or leaving the {@code with} block).
 */
final class RunnerObject extends PyObject {

    private static final Signature INIT = Signature.of("Runner(*, debug=None, loop_factory=None)");
    private static final Signature RUN = Signature.of("run(coro, *, context=None)");

    static final PyType TYPE = Native.newType("Runner", "asyncio.runners", null, ns -> {
        String owner = "Runner";
        ns.put("__new__", new org.loopscope.script.runtime.PyStaticMethod(
                new org.loopscope.script.runtime.BuiltinFunction("__new__", (a, k) -> {
                    Object[] rest = new Object[a.length - 1];
                    System.arraycopy(a, 1, rest, 0, rest.length);
                    Object[] v = INIT.bind(rest, k);
                    if (v[1] != null && !Py.isNone(v[1])) {
                        throw Errors.typeError("loop_factory is not supported");
                    }
                    Boolean debug = v[0] == null || Py.isNone(v[0]) ? null : PyOps.truthy(v[0]);
                    return new RunnerObject(AsyncioState.current(), debug);
                })));
        Native.method(ns, owner, "__init__", (s, a, k) -> Py.NONE);
        Native.method(ns, owner, "__enter__", (s, a, k) -> {
            self(s).lazyInit();
            return s;
        });
        Native.method(ns, owner, "__exit__", (s, a, k) -> {
            self(s).runner.close();
            return Py.NONE;
        });
        Native.method(ns, owner, "close", (s, a, k) -> {
            Native.noArgs("close", a, k);
            self(s).runner.close();
            return Py.NONE;
        });
        Native.method(ns, owner, "get_loop", (s, a, k) -> {
            Native.noArgs("get_loop", a, k);
            self(s).lazyInit();
            return self(s).state.loop(self(s).runner.loop());
        });
        Native.method(ns, owner, "run", (s, a, k) -> {
            Object coro = RUN.bind(a, k)[0];
            try {
                return self(s).run(coro);
            } catch (PyException e) {
                Vm.orphaned(new Object[] {coro}, e);
                throw e;
            }
        });
    });

    private final AsyncioState state;
    private final Boolean debug;
    private final Runner runner;

    private RunnerObject(AsyncioState state, Boolean debug) {
        this.state = state;
        this.debug = debug;
        this.runner = new Runner(state.interp.engine());
    }

    private static RunnerObject self(Object o) {
        return (RunnerObject) o;
    }

    private void lazyInit() {
        runner.init(debug);
    }

    private Object run(Object coro) {
        if (!Vm.isCoroutine(coro)) {
            throw Errors.valueError("a coroutine was expected, got " + PyOps.repr(coro));
        }
        Coroutine main = Vm.asCoroutine(coro);
        if (state.interp.engine().runningLoop() == null) {
            lazyInit();
        }
        return state.throughLibrary(4, AsyncioState.LoopEntry.RUN_UNTIL_COMPLETE,
                () -> org.loopscope.script.interp.EngineValues.toPython(runner.runMain(main)),
                LibraryFrames.RUNNER_RUN);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return "<asyncio.runners.Runner object at " + Identity.address(this) + ">";
    }
}
