package org.loopscope.script.modules;

import org.loopscope.engine.EventLoop;
import org.loopscope.engine.Future;
import org.loopscope.engine.Task;
import org.loopscope.script.interp.EngineValues;
import org.loopscope.script.interp.Interpreter;
import org.loopscope.script.interp.Native;
import org.loopscope.script.interp.Vm;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.ExcTypes;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PyType;
import org.loopscope.script.runtime.Types;

/**
 * The methods of {@code asyncio.Future} and {@code asyncio.Task} on the engine's futures and tasks, which are the
 * Python objects themselves (the runtime gives them the classes {@link Types#FUTURE} and {@link Types#TASK}).
 * Installed once, when the asyncio module is first made; they find the run through the future's loop.
 */
final class FutureMethods {

    private static final Signature CANCEL = Signature.of("cancel(msg=None)");
    private static final Signature ADD_DONE = Signature.of("add_done_callback(fn, *, context=None)");
    private static final Signature FUTURE_NEW = Signature.of("Future(*, loop=None)");
    private static final Signature TASK_NEW = Signature.of("Task(coro, *, loop=None, name=None, context=None)");

    static {
        install();
    }

    private FutureMethods() {
    }

    /** Makes sure the methods are installed (class initialisation does it once). */
    static void ensureInstalled() {
        // the static initialiser did the work
    }

    private static Future fut(Object self) {
        if (self instanceof Future f) {
            return f;
        }
        throw Errors.typeError("descriptor requires a 'Future' object");
    }

    private static Task task(Object self) {
        if (self instanceof Task t) {
            return t;
        }
        throw Errors.typeError("descriptor requires a 'Task' object");
    }

    private static void method(PyType type, String name, Native.Body body) {
        type.defineBuiltinAttribute(name, new Native.Method(name, type.name(), body));
    }

    private static void attribute(PyType type, String name, java.util.function.Function<Object, Object> get,
                                  java.util.function.BiConsumer<Object, Object> set) {
        type.defineBuiltinAttribute(name, new Native.Attribute(name, type.name(), get, set));
    }

    private static void install() {
        PyType f = Types.FUTURE;
        method(f, "result", (s, a, k) -> {
            Native.noArgs("result", a, k);
            return EngineValues.toPython(fut(s).result());
        });
        method(f, "exception", (s, a, k) -> {
            Native.noArgs("exception", a, k);
            return Py.nn(fut(s).exception());
        });
        method(f, "done", (s, a, k) -> fut(s).done());
        method(f, "cancelled", (s, a, k) -> fut(s).cancelled());
        method(f, "cancel", (s, a, k) -> {
            Object[] v = CANCEL.bind(a, k);
            Object msg = v[0] == null || Py.isNone(v[0]) ? null : v[0];
            return fut(s).cancel(msg);
        });
        method(f, "add_done_callback", (s, a, k) -> {
            Object[] v = ADD_DONE.bind(a, k);
            fut(s).addDoneCallback(Callbacks.done(Interpreter.current(), v[0]));
            return Py.NONE;
        });
        method(f, "remove_done_callback", (s, a, k) -> {
            Object fn = Native.oneArg("remove_done_callback", a, k);
            return Py.integer(fut(s).removeDoneCallback(Callbacks.done(Interpreter.current(), fn)));
        });
        method(f, "get_loop", (s, a, k) -> AsyncioState.current().loop(fut(s).loop()));
        method(f, "set_result", (s, a, k) -> {
            fut(s).setResult(Native.oneArg("set_result", a, k));
            return Py.NONE;
        });
        method(f, "set_exception", (s, a, k) -> {
            Object exc = Native.oneArg("set_exception", a, k);
            if (exc instanceof PyType t && t.isSubtype(ExcTypes.BASE_EXCEPTION)) {
                exc = t.call(new Object[0], null);
            }
            if (!(exc instanceof PyException error)) {
                throw Errors.typeError("exception must be a BaseException instance or subclass, not "
                        + Py.typeName(exc));
            }
            fut(s).setException(error);
            return Py.NONE;
        });
        Native.Body await = (s, a, k) -> Vm.coroutine(fut(s).awaiter());
        method(f, "__await__", await);
        method(f, "__iter__", await);
        attribute(f, "_state", s -> fut(s).state().name(), null);
        attribute(f, "_asyncio_future_blocking", s -> fut(s).blocking(),
                (s, v) -> fut(s).blocking(PyOps.truthy(v)));
        attribute(f, "_loop", s -> AsyncioState.current().loop(fut(s).loop()), null);
        f.defineBuiltinConstructor((cls, args, kw) -> {
            Object[] v = FUTURE_NEW.bind(args, kw);
            AsyncioState state = AsyncioState.current();
            EventLoop loop = v[0] == null || Py.isNone(v[0]) ? state.asyncio.getEventLoop() : state.loopArg(v[0]);
            return new Future(loop);
        });

        PyType t = Types.TASK;
        method(t, "get_name", (s, a, k) -> task(s).getName());
        method(t, "set_name", (s, a, k) -> {
            task(s).setName(PyOps.str(Native.oneArg("set_name", a, k)));
            return Py.NONE;
        });
        method(t, "get_coro", (s, a, k) -> task(s).getCoro());
        method(t, "get_stack", (s, a, k) -> {
            // The suspended frame of a pending task's coroutine; none once it is done.
            Object frame = task(s).done() ? null : Vm.suspendedFrame(task(s).getCoro());
            return frame == null ? new org.loopscope.script.runtime.PyList()
                    : org.loopscope.script.runtime.PyList.of(frame);
        });
        method(t, "cancelling", (s, a, k) -> Py.integer(task(s).cancelling()));
        method(t, "uncancel", (s, a, k) -> Py.integer(task(s).uncancel()));
        t.defineBuiltinConstructor((cls, args, kw) -> {
            Object[] v = TASK_NEW.bind(args, kw);
            AsyncioState state = AsyncioState.current();
            EventLoop loop = v[1] == null || Py.isNone(v[1]) ? state.asyncio.getEventLoop() : state.loopArg(v[1]);
            String name = v[2] == null || Py.isNone(v[2]) ? null : PyOps.str(v[2]);
            return loop.createTask(AsyncioState.coroutineArg(v[0]), name);
        });
    }
}
