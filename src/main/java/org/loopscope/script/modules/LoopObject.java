package org.loopscope.script.modules;

import java.util.Map;
import org.loopscope.engine.ErrorContext;
import org.loopscope.engine.EventLoop;
import org.loopscope.engine.Handle;
import org.loopscope.engine.TimerHandle;
import org.loopscope.script.interp.Native;
import org.loopscope.script.interp.Vm;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PyType;

/**
 * An engine event loop as the program sees it: {@code run_until_complete}, {@code run_forever}, {@code stop},
 * {@code close}, {@code call_soon}/{@code call_later}/{@code call_at}, {@code create_task},
 * {@code create_future}, {@code time} and the exception handler; its repr is CPython's.
 */
final class LoopObject extends PyObject {

    /** {@code asyncio.AbstractEventLoop}, the base class of the loop (for isinstance checks). */
    static final PyType ABSTRACT = Native.newType("AbstractEventLoop", "asyncio.events", null, ns -> { });
    static final PyType TYPE = Native.newType("_UnixSelectorEventLoop", "asyncio.unix_events", ABSTRACT,
            LoopObject::methods);

    private static final Signature CALL_SOON = Signature.of("call_soon(callback, *args, context=None)");
    private static final Signature CALL_SOON_THREADSAFE =
            Signature.of("call_soon_threadsafe(callback, *args, context=None)");
    private static final Signature CALL_LATER = Signature.of("call_later(delay, callback, *args, context=None)");
    private static final Signature CALL_AT = Signature.of("call_at(when, callback, *args, context=None)");
    private static final Signature CREATE_TASK = Signature.of("create_task(coro, *, name=None, context=None)");
    private static final Signature RUN_UNTIL_COMPLETE = Signature.of("run_until_complete(future)");
    private static final Signature RUN_IN_EXECUTOR = Signature.of("run_in_executor(executor, func, *args)");

    final AsyncioState state;
    final EventLoop loop;
    Object exceptionHandler = Py.NONE;

    LoopObject(AsyncioState state, EventLoop loop) {
        this.state = state;
        this.loop = loop;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return loop.toString();
    }

    private static LoopObject self(Object o) {
        return (LoopObject) o;
    }

    private static void methods(Map<String, Object> ns) {
        String owner = "_UnixSelectorEventLoop";
        Native.method(ns, owner, "run_until_complete", (s, a, k) -> {
            Object[] v = RUN_UNTIL_COMPLETE.bind(a, k);
            try {
                return self(s).state.runUntilComplete(self(s).loop, v[0]);
            } catch (org.loopscope.script.runtime.PyException e) {
                Vm.orphaned(a, e);
                throw e;
            }
        });
        Native.method(ns, owner, "run_forever", (s, a, k) -> {
            Native.noArgs("run_forever", a, k);
            self(s).state.throughLibrary(3, AsyncioState.LoopEntry.RUN_FOREVER, () -> {
                self(s).loop.runForever();
                return Py.NONE;
            });
            return Py.NONE;
        });
        Native.method(ns, owner, "stop", (s, a, k) -> {
            self(s).loop.stop();
            return Py.NONE;
        });
        Native.method(ns, owner, "close", (s, a, k) -> {
            self(s).loop.close();
            return Py.NONE;
        });
        Native.method(ns, owner, "shutdown_asyncgens", (s, a, k) -> {
            Native.noArgs("shutdown_asyncgens", a, k);
            return Vm.coroutine(self(s).loop.asyncgens().shutdown());
        });
        Native.method(ns, owner, "shutdown_default_executor", (s, a, k) -> {
            Native.noArgs("shutdown_default_executor", a, k);
            return Vm.coroutine(org.loopscope.engine.Runner.shutdownDefaultExecutor());
        });
        Native.method(ns, owner, "is_running", (s, a, k) -> self(s).loop.isRunning());
        Native.method(ns, owner, "is_closed", (s, a, k) -> self(s).loop.isClosed());
        Native.method(ns, owner, "get_debug", (s, a, k) -> self(s).loop.debug());
        Native.method(ns, owner, "set_debug", (s, a, k) -> {
            self(s).loop.setDebug(PyOps.truthy(Native.oneArg("set_debug", a, k)));
            return Py.NONE;
        });
        Native.attribute(ns, owner, "slow_callback_duration",
                s -> self(s).loop.slowCallbackDuration(),
                (s, v) -> self(s).loop.slowCallbackDuration(((Number) PyOps.mul(v, 1.0)).doubleValue()));
        // On a simulated worker thread or process, the clock reads that worker's own time.
        Native.method(ns, owner, "time", (s, a, k) -> self(s).loop.time() + self(s).state.interp.workerOffset());
        Native.method(ns, owner, "call_soon", (s, a, k) -> {
            Object[] v = CALL_SOON.bind(a, k);
            checkCallback(v[0], "call_soon");
            Handle h = self(s).loop.callSoon(Callbacks.handle(self(s).state.interp, v[0], (Object[]) v[1]));
            return new HandleObject(h);
        });
        Native.method(ns, owner, "call_soon_threadsafe", (s, a, k) -> {
            // One thread runs everything here, so it is call_soon under its own name.
            Object[] v = CALL_SOON_THREADSAFE.bind(a, k);
            checkCallback(v[0], "call_soon_threadsafe");
            Handle h = self(s).loop.callSoon(Callbacks.handle(self(s).state.interp, v[0], (Object[]) v[1]));
            return new HandleObject(h);
        });
        Native.method(ns, owner, "call_later", (s, a, k) -> {
            Object[] v = CALL_LATER.bind(a, k);
            checkCallback(v[1], "call_later");
            double delay = AsyncioState.seconds(v[0], false) + self(s).state.interp.workerOffset();
            TimerHandle h = self(s).loop.callLater(delay, Callbacks.handle(self(s).state.interp, v[1],
                    (Object[]) v[2]));
            return new HandleObject(h);
        });
        Native.method(ns, owner, "call_at", (s, a, k) -> {
            Object[] v = CALL_AT.bind(a, k);
            checkCallback(v[1], "call_at");
            double when = AsyncioState.seconds(v[0], false);
            TimerHandle h = self(s).loop.callAtGiven(when, Callbacks.handle(self(s).state.interp, v[1],
                    (Object[]) v[2]));
            return new HandleObject(h);
        });
        Native.method(ns, owner, "create_task", (s, a, k) -> {
            Object[] v = CREATE_TASK.bind(a, k);
            String name = v[1] == null || Py.isNone(v[1]) ? null : PyOps.str(v[1]);
            try {
                return ContextvarsModule.given(self(s).loop.createTask(AsyncioState.coroutineArg(v[0]), name), v[2]);
            } catch (org.loopscope.script.runtime.PyException e) {
                Vm.orphaned(a, e);
                throw e;
            }
        });
        Native.method(ns, owner, "run_in_executor", (s, a, k) -> {
            Object[] v = RUN_IN_EXECUTOR.bind(a, k);
            return runInExecutor(self(s), v[1], (Object[]) v[2]);
        });
        Native.method(ns, owner, "create_future", (s, a, k) -> {
            Native.noArgs("create_future", a, k);
            return self(s).loop.createFuture();
        });
        Native.method(ns, owner, "set_exception_handler", (s, a, k) -> {
            Object handler = Native.oneArg("set_exception_handler", a, k);
            if (!Py.isNone(handler) && !PyOps.isCallable(handler)) {
                throw Errors.typeError("A callable object or None is expected, got " + PyOps.repr(handler));
            }
            LoopObject lo = self(s);
            lo.exceptionHandler = handler;
            lo.loop.setExceptionHandler(Py.isNone(handler) ? null
                    : (l, ctx) -> PyOps.call(handler, lo, contextDict(ctx)));
            return Py.NONE;
        });
        Native.method(ns, owner, "get_exception_handler", (s, a, k) -> self(s).exceptionHandler);
        Native.method(ns, owner, "default_exception_handler", (s, a, k) -> {
            Object ctx = Native.oneArg("default_exception_handler", a, k);
            self(s).loop.defaultExceptionHandler(LoopLogger.fromDict((PyDict) ctx));
            return Py.NONE;
        });
        Native.method(ns, owner, "call_exception_handler", (s, a, k) -> {
            Object ctx = Native.oneArg("call_exception_handler", a, k);
            self(s).loop.callExceptionHandler(LoopLogger.fromDict((PyDict) ctx));
            return Py.NONE;
        });
    }

    /**
     * {@code run_in_executor(None, func, *args)}: {@code func} runs on a thread of the loop's simulated default
     * executor ({@link DefaultExecutor}); the returned future is done when that thread would have finished.
     */
    static org.loopscope.engine.Future runInExecutor(LoopObject lo, Object func, Object[] args) {
        return DefaultExecutor.of(lo.state.interp, lo.loop).submit(func, args);
    }

    private static void checkCallback(Object callback, String method) {
        if (Vm.isCoroutine(callback) || Vm.isCoroutineFunction(callback)) {
            throw Errors.typeError("coroutines cannot be used with " + method + "()");
        }
        if (!PyOps.isCallable(callback)) {
            throw Errors.typeError("a callable object was expected by " + method + "(), got "
                    + PyOps.repr(callback));
        }
    }

    /** The context dict a Python exception handler receives. */
    static PyDict contextDict(ErrorContext ctx) {
        PyDict d = new PyDict();
        d.put("message", ctx.message());
        if (ctx.exception() != null) {
            d.put("exception", ctx.exception());
        }
        if (ctx.future() != null) {
            d.put(ctx.exception() == null && ctx.future() instanceof org.loopscope.engine.Task ? "task" : "future",
                    ctx.future());
        }
        if (ctx.handle() != null) {
            d.put("handle", new HandleObject(ctx.handle()));
        }
        return d;
    }
}
