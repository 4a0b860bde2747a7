package org.loopscope.script.interp;

import org.loopscope.engine.Coroutine;
import org.loopscope.engine.Future;
import org.loopscope.script.compile.CodeObject;
import org.loopscope.script.runtime.Attrs;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.ExcTypes;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.PyIterator;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PyType;

/**
 * {@code await}, {@code yield from}, {@code async for} and {@code async with} plumbing: what can be awaited (script
 * coroutines, engine coroutines and futures, objects with {@code __await__}, {@code types.coroutine} generators)
 * and how a frame delegates to it (CPython's GET_AWAITABLE, GET_YIELD_FROM_ITER and SEND).
 */
final class Awaiting {

    /** Returned by {@link #throwInto} when the delegate has no {@code throw} method: raise in the frame itself. */
    static final Object NO_THROW = new Object();

    private Awaiting() {
    }

    /** GET_AWAITABLE: the iterator to delegate to for {@code await obj}. */
    static Object getAwaitable(Interpreter in, Object obj, int where) {
        if (obj instanceof PyCoroutine coro) {
            if (coro.yieldingFrom() != null) {
                throw Errors.runtimeError("coroutine is being awaited already");
            }
            return coro;
        }
        if (obj instanceof EngineCoro || obj instanceof PyAsyncGenerator.ASend || obj instanceof PyAsyncGenerator.AThrow
                || obj instanceof AnextAwaitable) {
            return obj;
        }
        if (obj instanceof PyGenerator gen && gen.isIterableCoroutine()) {
            return gen;
        }
        if (obj instanceof Future future) {
            return new EngineCoro(future.awaiter());
        }
        if (obj instanceof Coroutine engine) {
            return new EngineCoro(engine);
        }
        PyType type = Py.type(obj);
        Object method = type.lookup("__await__");
        if (method == null || Py.isNone(method)) {
            throw Errors.typeError(switch (where) {
                case 1 -> "'async with' received an object from __aenter__ that does not implement __await__: "
                        + type.name();
                case 2 -> "'async with' received an object from __aexit__ that does not implement __await__: "
                        + type.name();
                default -> "object " + type.name() + " can't be used in 'await' expression";
            });
        }
        Object it = PyOps.callUnbound(method, obj);
        if (it instanceof PyCoroutine || it instanceof EngineCoro
                || it instanceof PyGenerator g && g.isIterableCoroutine()) {
            throw Errors.typeError("__await__() returned a coroutine");
        }
        if (!(it instanceof PyIterator) && Py.type(it).lookup("__next__") == null) {
            throw Errors.typeError("__await__() returned non-iterator of type '" + Py.typeName(it) + "'");
        }
        return it;
    }

    /** GET_YIELD_FROM_ITER: generators and coroutines as they are, anything else through {@code iter()}. */
    static Object yieldFromIter(Object obj, CodeObject code) {
        if (obj instanceof PyCoroutine || obj instanceof EngineCoro) {
            if (!code.has(CodeObject.COROUTINE | CodeObject.ITERABLE_COROUTINE)) {
                throw Errors.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return obj;
        }
        if (obj instanceof PyGenerator) {
            return obj;
        }
        return PyOps.iter(obj);
    }

    /** SEND: resumes the receiver with {@code value}; {@link Eval#SUSPENDED} if it yielded, else its result. */
    static Object send(Interpreter in, Object receiver, Object value) {
        if (receiver instanceof Delegate d) {
            return d.delegateSend(in, value);
        }
        if (receiver instanceof Coroutine engine) {
            return EngineCoro.outcome(in, Py.isNone(value) ? engine.send(null) : engine.send(value));
        }
        try {
            Object y;
            if (Py.isNone(value)) {
                if (receiver instanceof PyIterator it) {
                    y = it.next();
                    if (y == PyIterator.STOP) {
                        return Py.NONE;
                    }
                } else {
                    y = PyOps.callMethod(receiver, "__next__");
                }
            } else {
                y = PyOps.callMethod(receiver, "send", value);
            }
            in.delegated = y;
            return Eval.SUSPENDED;
        } catch (PyException e) {
            if (e.type().isSubtype(ExcTypes.STOP_ITERATION)) {
                return Py.nn(PyOps.getattr(e, "value"));
            }
            throw e;
        }
    }

    /** Throws {@code error} into the receiver: SUSPENDED, a return value, or {@link #NO_THROW}. */
    static Object throwInto(Interpreter in, Object receiver, PyException error) {
        if (receiver instanceof Delegate d) {
            return d.delegateThrow(in, error);
        }
        if (receiver instanceof Coroutine engine) {
            return EngineCoro.outcome(in, engine.throwInto(error));
        }
        Object method = Attrs.getattrOrNull(receiver, "throw");
        if (method == null) {
            return NO_THROW;
        }
        try {
            Object y = PyOps.call(method, error);
            in.delegated = y;
            return Eval.SUSPENDED;
        } catch (PyException e) {
            if (e.type().isSubtype(ExcTypes.STOP_ITERATION)) {
                return Py.nn(PyOps.getattr(e, "value"));
            }
            throw e;
        }
    }

    /** Closes a delegate when GeneratorExit is thrown into the frame that awaits it. */
    static void close(Interpreter in, Object receiver) {
        if (receiver instanceof Delegate d) {
            d.delegateClose(in);
            return;
        }
        if (receiver instanceof Coroutine engine) {
            engine.close();
            return;
        }
        Object method = Attrs.getattrOrNull(receiver, "close");
        if (method != null) {
            PyOps.call(method);
        }
    }

    /** GET_AITER: {@code type(obj).__aiter__(obj)}, which must have {@code __anext__}. */
    static Object getAiter(Object obj) {
        if (obj instanceof PyAsyncGenerator) {
            return obj;
        }
        PyType type = Py.type(obj);
        Object method = type.lookup("__aiter__");
        if (method == null) {
            throw Errors.typeError("'async for' requires an object with __aiter__ method, got " + type.name());
        }
        Object it = PyOps.callUnbound(method, obj);
        if (!(it instanceof PyAsyncGenerator) && Py.type(it).lookup("__anext__") == null) {
            throw Errors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + Py.typeName(it));
        }
        return it;
    }

    /** GET_ANEXT: the awaitable of the next value. */
    static Object getAnext(Interpreter in, Object aiter) {
        if (aiter instanceof PyAsyncGenerator gen) {
            return gen.asend(Py.NONE);
        }
        PyType type = Py.type(aiter);
        Object method = type.lookup("__anext__");
        if (method == null) {
            throw Errors.typeError("'async for' requires an iterator with __anext__ method, got " + type.name());
        }
        Object awaitable = PyOps.callUnbound(method, aiter);
        try {
            return getAwaitable(in, awaitable, 0);
        } catch (PyException e) {
            if (e.type() == ExcTypes.TYPE_ERROR) {
                PyException wrapped = Errors.typeError("'async for' received an invalid object from __anext__: "
                        + Py.typeName(awaitable));
                wrapped.setCause(e);
                wrapped.setContext(e);
                throw wrapped;
            }
            throw e;
        }
    }
}
