package org.loopscope.script.runtime;

import org.loopscope.engine.Future;

/**
 * The special-method protocols behind {@code with}, {@code async with}, {@code async for} and {@code await} on
 * objects that are not the VM's own coroutines, with CPython 3.11's error messages. Special methods are looked up
 * on the class, never on the instance, as CPython does.
 */
public final class Protocols {

    private Protocols() {
    }

    /** The special method {@code name} of {@code obj}'s class, bound to {@code obj}; null if the class has none. */
    public static Object lookupSpecial(Object obj, String name) {
        Object method = Py.type(obj).lookup(name);
        if (method == null || Py.isNone(method)) {
            return null;
        }
        return Attrs.bindDescriptor(method, obj, Py.type(obj));
    }

    /** A context manager's bound {@code __enter__}/{@code __exit__} (or {@code __aenter__}/{@code __aexit__}). */
    public record ContextManager(Object enter, Object exit) {
    }

    /** What {@code with obj:} calls; TypeError if {@code obj} is not a context manager. */
    public static ContextManager contextManager(Object obj) {
        return manager(obj, "__enter__", "__exit__", "context manager");
    }

    /** What {@code async with obj:} calls; TypeError if {@code obj} is not an asynchronous context manager. */
    public static ContextManager asyncContextManager(Object obj) {
        return manager(obj, "__aenter__", "__aexit__", "asynchronous context manager");
    }

    private static ContextManager manager(Object obj, String enterName, String exitName, String what) {
        Object enter = lookupSpecial(obj, enterName);
        if (enter == null) {
            throw Errors.typeError("'" + Py.typeName(obj) + "' object does not support the " + what + " protocol");
        }
        Object exit = lookupSpecial(obj, exitName);
        if (exit == null) {
            throw Errors.typeError("'" + Py.typeName(obj) + "' object does not support the " + what
                    + " protocol (missed " + exitName + " method)");
        }
        return new ContextManager(enter, exit);
    }

    /** {@code aiter(obj)} as {@code async for} does it: the asynchronous iterator, checked for {@code __anext__}. */
    public static Object asyncIterator(Object obj) {
        Object aiter = lookupSpecial(obj, "__aiter__");
        if (aiter == null) {
            throw Errors.typeError("'async for' requires an object with __aiter__ method, got " + Py.typeName(obj));
        }
        Object iterator = PyOps.call(aiter);
        if (Py.type(iterator).lookup("__anext__") == null) {
            throw Errors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + Py.typeName(iterator));
        }
        return iterator;
    }

    /** What {@code async for} awaits for the next item: {@code iterator.__anext__()}, which must be awaitable. */
    public static Object asyncNext(Object iterator) {
        Object awaitable = PyOps.call(lookupSpecial(iterator, "__anext__"));
        if (!isAwaitable(awaitable)) {
            throw Errors.typeError("'async for' received an invalid object from __anext__: "
                    + Py.typeName(awaitable));
        }
        return awaitable;
    }

    /** Whether {@code await value} is allowed: engine futures and objects whose class defines {@code __await__}. */
    public static boolean isAwaitable(Object value) {
        return value instanceof Future || Py.type(value).lookup("__await__") != null;
    }

    /**
     * The iterator {@code await obj} drives for an object with {@code __await__} (the VM handles its own
     * coroutines, and engine futures through {@link Future#awaiter()}).
     */
    public static Object awaitIterator(Object obj) {
        Object method = lookupSpecial(obj, "__await__");
        if (method == null) {
            throw Errors.typeError("object " + Py.typeName(obj) + " can't be used in 'await' expression");
        }
        Object iterator = PyOps.call(method);
        if (!(iterator instanceof PyIterator) && Py.type(iterator).lookup("__next__") == null) {
            throw Errors.typeError("__await__() returned non-iterator of type '" + Py.typeName(iterator) + "'");
        }
        return iterator;
    }
}
