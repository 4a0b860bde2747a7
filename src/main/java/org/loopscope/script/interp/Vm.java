package org.loopscope.script.interp;

import java.util.function.UnaryOperator;
import org.loopscope.engine.Coroutine;
import org.loopscope.script.compile.CodeObject;
import org.loopscope.script.runtime.Attrs;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.PyMethod;

/**
 * What the script modules ({@code asyncio}, {@code types}, {@code functools}...) need from the VM: turning engine
 * coroutines into Python coroutine objects and back, recognising coroutines and coroutine functions as
 * {@code inspect} does, and the {@code types.coroutine} flag.
 */
public final class Vm {

    private Vm() {
    }

    /** An engine coroutine as a Python {@code coroutine} object. */
    public static Object coroutine(Coroutine engine) {
        return new EngineCoro(engine);
    }

    /** An engine coroutine whose Java result becomes a Python value through {@code result}. */
    public static Object coroutine(Coroutine engine, UnaryOperator<Object> result) {
        return new EngineCoro(engine, result);
    }

    /** The engine's view of a Python coroutine object, or null if {@code value} is not one. */
    public static Coroutine asCoroutine(Object value) {
        if (value instanceof PyCoroutine c) {
            return c;
        }
        if (value instanceof EngineCoro e) {
            return e;
        }
        return null;
    }

    /**
     * A library function given {@code args} raised before taking charge of them: coroutines among them that never
     * started are left never awaited (CPython warns when they are collected; see {@link Finalizers}).
     */
    public static void orphaned(Object[] args) {
        Interpreter in = Interpreter.current();
        if (in == null) {
            return;
        }
        for (Object a : args) {
            if (a instanceof PyCoroutine c && !c.frame.started && !c.finished) {
                in.finalizers.orphaned(c);
            }
        }
    }

    /** The frame object of a suspended script coroutine ({@code cr_frame}), or null. */
    public static Object suspendedFrame(Object coro) {
        return coro instanceof GenBase g && g.frame.started && !g.finished ? new FrameRef(g) : null;
    }

    /** Whether {@code value} is a generator object. */
    public static boolean isGenerator(Object value) {
        return value instanceof PyGenerator;
    }

    /** {@code asyncio.iscoroutine(value)}. */
    public static boolean isCoroutine(Object value) {
        return value instanceof PyCoroutine || value instanceof EngineCoro;
    }

    /**
     * An engine coroutine that awaits any awaitable (an object with {@code __await__}, a types.coroutine
     * generator), as CPython's {@code _wrap_awaitable} does for {@code ensure_future}; null if not awaitable.
     */
    public static Coroutine awaitableCoroutine(Object value) {
        Coroutine c = asCoroutine(value);
        if (c != null) {
            return c;
        }
        boolean awaitable = value instanceof PyGenerator g && g.isIterableCoroutine()
                || Py.type(value).lookup("__await__") != null;
        return awaitable ? new AwaitableCoroutine(value) : null;
    }

    /** {@code inspect.iscoroutinefunction(value)}: unwraps methods and partials, then checks the code flag. */
    public static boolean isCoroutineFunction(Object value) {
        Object f = value;
        while (true) {
            if (f instanceof PyMethod m) {
                f = m.function();
                continue;
            }
            Object inner = Attrs.getattrOrNull(f, "func");
            if (inner != null && Py.type(f).name().equals("partial")) {
                f = inner;
                continue;
            }
            break;
        }
        return f instanceof PyFunction fn && fn.code.has(CodeObject.COROUTINE);
    }

    /** {@code types.coroutine(func)} for generator functions: marks the code usable with {@code await}. */
    public static boolean markIterableCoroutine(Object value) {
        if (!(value instanceof PyFunction fn)) {
            return false;
        }
        if (fn.code.has(CodeObject.COROUTINE | CodeObject.ITERABLE_COROUTINE)) {
            return true;
        }
        if (fn.code.has(CodeObject.GENERATOR)) {
            fn.code = fn.code.withFlags(fn.code.flags() | CodeObject.ITERABLE_COROUTINE);
            return true;
        }
        return false;
    }

    /** The file and first line of a Python function ({@code _get_function_source}), or null. */
    public static String functionSource(Object value) {
        Object f = value instanceof PyMethod m ? m.function() : value;
        if (f instanceof PyFunction fn) {
            return fn.code.filename() + ":" + fn.code.firstLine();
        }
        return null;
    }

    /** The VM's classes by name: function, generator, coroutine, async_generator, cell, code, frame. */
    public static org.loopscope.script.runtime.PyType vmType(String name) {
        return switch (name) {
            case "function" -> InterpTypes.FUNCTION;
            case "generator" -> InterpTypes.GENERATOR;
            case "coroutine" -> InterpTypes.COROUTINE;
            case "async_generator" -> InterpTypes.ASYNC_GENERATOR;
            case "cell" -> InterpTypes.CELL;
            case "code" -> InterpTypes.CODE;
            case "frame" -> InterpTypes.FRAME;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** A Java exception from outside the program, as the Python exception the program sees. */
    public static PyException adopt(RuntimeException error) {
        if (error instanceof PyException p) {
            return p;
        }
        throw Errors.of(org.loopscope.script.runtime.ExcTypes.SYSTEM_ERROR, "internal error: " + error);
    }
}
