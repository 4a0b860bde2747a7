package org.loopscope.script.modules;

import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.Map;
import org.loopscope.engine.Asyncio;
import org.loopscope.engine.Coroutine;
import org.loopscope.engine.EventLoop;
import org.loopscope.engine.Future;
import org.loopscope.script.interp.Interpreter;
import org.loopscope.script.interp.LibraryFrames;
import org.loopscope.script.interp.Vm;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.PyOps;

/**
 * The asyncio module's state in one run: the engine's {@link Asyncio} facade and the Python objects standing for
 * the engine's loops. Also the conversions every asyncio function needs.
 */
final class AsyncioState {

    final Interpreter interp;
    final Asyncio asyncio;
    private final Map<EventLoop, LoopObject> loops = new IdentityHashMap<>();

    private AsyncioState(Interpreter interp) {
        this.interp = interp;
        this.asyncio = new Asyncio(interp.engine());
    }

    static AsyncioState of(Interpreter interp) {
        return interp.extension(AsyncioState.class, AsyncioState::new);
    }

    static AsyncioState current() {
        return of(Interpreter.current());
    }

    /** The Python object of an engine loop (one per loop). */
    LoopObject loop(EventLoop loop) {
        return loops.computeIfAbsent(loop, l -> new LoopObject(this, l));
    }

    /** The engine loop of a Python loop argument. */
    EventLoop loopArg(Object value) {
        if (value instanceof LoopObject l) {
            return l.loop;
        }
        throw Errors.typeError("a loop was expected, got " + PyOps.repr(value));
    }

    /** A coroutine argument, or TypeError {@code a coroutine was expected, got ...}. */
    static Coroutine coroutineArg(Object value) {
        Coroutine c = Vm.asCoroutine(value);
        if (c == null && value instanceof Coroutine coroutine && value instanceof org.loopscope.script.runtime.PyObj) {
            // A library object that is a collections.abc.Coroutine (aiohttp's request context manager).
            c = coroutine;
        }
        if (c == null) {
            throw Errors.typeError("a coroutine was expected, got " + PyOps.repr(value));
        }
        return c;
    }

    /** What the engine accepts where asyncio accepts a future, a coroutine or any awaitable. */
    static Object awaitableArg(Object value) {
        if (value instanceof Future) {
            return value;
        }
        Coroutine c = Vm.awaitableCoroutine(value);
        if (c == null) {
            throw Errors.typeError("An asyncio.Future, a coroutine or an awaitable is required");
        }
        return c;
    }

    /** A number of seconds (None allowed when {@code optional}). */
    static Double seconds(Object value, boolean optional) {
        if (value == null || Py.isNone(value)) {
            if (optional) {
                return null;
            }
            throw Errors.typeError("'NoneType' object cannot be interpreted as a number");
        }
        if (value instanceof Double d) {
            return d;
        }
        if (value instanceof Long l) {
            return (double) l;
        }
        if (value instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        if (value instanceof BigInteger b) {
            return b.doubleValue();
        }
        throw Errors.typeError("'" + Py.typeName(value) + "' object cannot be interpreted as a number");
    }

    /**
     * Runs {@code body} as CPython's frames would: {@code frames} more on the stack, library frames on errors.
     * {@code loopFrames} says how the engine's loop is entered ({@code run_until_complete}, {@code run_forever} or
     * not at all): an exit signal (Ctrl+C, SystemExit) leaves a task step through the loop's own frames, any
     * other exception through {@code future.result()}.
     */
    Object throughLibrary(int frames, LoopEntry loopFrames, java.util.function.Supplier<Object> body,
                          org.loopscope.script.runtime.TraceFrame... onError) {
        interp.addDepth(frames);
        try {
            return body.get();
        } catch (PyException e) {
            boolean exitSignal = interp.engine().host().isExitSignal(e);
            if (exitSignal && loopFrames != LoopEntry.NONE) {
                interp.recordLibraryFrame(e, LibraryFrames.RUN_ONCE);
                interp.recordLibraryFrame(e, LibraryFrames.RUN_FOREVER);
                if (loopFrames == LoopEntry.RUN_UNTIL_COMPLETE) {
                    interp.recordLibraryFrame(e, LibraryFrames.RUN_UNTIL_COMPLETE_FOREVER);
                }
            } else if (loopFrames == LoopEntry.RUN_UNTIL_COMPLETE) {
                interp.recordLibraryFrame(e, LibraryFrames.RUN_UNTIL_COMPLETE);
            }
            for (org.loopscope.script.runtime.TraceFrame f : onError) {
                interp.recordLibraryFrame(e, f);
            }
            throw e;
        } finally {
            interp.addDepth(-frames);
        }
    }

    /** How a Python call enters the engine's loop. */
    enum LoopEntry { NONE, RUN_FOREVER, RUN_UNTIL_COMPLETE }

    /** {@code loop.run_until_complete(future)}. */
    Object runUntilComplete(EventLoop loop, Object future) {
        Object arg = awaitableArg(future);
        return throughLibrary(4, LoopEntry.RUN_UNTIL_COMPLETE, () -> org.loopscope.script.interp.EngineValues
                .toPython(loop.runUntilComplete(arg)));
    }
}
