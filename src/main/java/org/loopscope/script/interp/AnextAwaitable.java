package org.loopscope.script.interp;

import org.loopscope.script.runtime.ExcTypes;
import org.loopscope.script.runtime.Identity;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyType;

/**
 * What {@code anext(iterator, default)} returns ({@code anext_awaitable}): awaiting it awaits the iterator's
 * {@code __anext__()}, and gives {@code default} instead of raising when the iterator is exhausted.
 */
final class AnextAwaitable extends PyObject implements Delegate {

    static final PyType TYPE = Native.newBuiltinType("anext_awaitable", "builtins", null, ns -> {
        Native.method(ns, "anext_awaitable", "__await__", (self, a, k) -> self);
        Native.method(ns, "anext_awaitable", "close", (self, a, k) -> {
            ((AnextAwaitable) self).delegateClose(Interpreter.current());
            return org.loopscope.script.runtime.Py.NONE;
        });
    });

    private final Object iterator;
    private final Object fallback;
    private Object awaitable;

    AnextAwaitable(Object iterator, Object fallback) {
        this.iterator = iterator;
        this.fallback = fallback;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private Object inner(Interpreter in) {
        if (awaitable == null) {
            awaitable = Awaiting.getAwaitable(in, Awaiting.getAnext(in, iterator), 0);
        }
        return awaitable;
    }

    @Override
    public Object delegateSend(Interpreter in, Object value) {
        try {
            return Awaiting.send(in, inner(in), value);
        } catch (PyException e) {
            return exhausted(e);
        }
    }

    @Override
    public Object delegateThrow(Interpreter in, PyException error) {
        try {
            Object r = Awaiting.throwInto(in, inner(in), error);
            if (r == Awaiting.NO_THROW) {
                throw error;
            }
            return r;
        } catch (PyException e) {
            return exhausted(e);
        }
    }

    private Object exhausted(PyException e) {
        if (e.type().isSubtype(ExcTypes.STOP_ASYNC_ITERATION)) {
            return fallback;
        }
        throw e;
    }

    @Override
    public void delegateClose(Interpreter in) {
        if (awaitable != null) {
            Awaiting.close(in, awaitable);
        }
    }

    @Override
    public String toString() {
        return "<anext_awaitable object at " + Identity.address(this) + ">";
    }
}
