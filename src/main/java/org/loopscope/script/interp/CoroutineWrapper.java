package org.loopscope.script.interp;

import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.Identity;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.PyIterator;
import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyType;

/**
 * What {@code coro.__await__()} returns ({@code coroutine_wrapper}): an iterator over the coroutine's yields, with
 * {@code send}, {@code throw} and {@code close}, usable in {@code yield from} where the coroutine itself is not.
 */
final class CoroutineWrapper extends PyObject implements PyIterator, Delegate {

    final Delegate target;

    CoroutineWrapper(Delegate target) {
        this.target = target;
    }

    @Override
    public PyType type() {
        return InterpTypes.COROUTINE_WRAPPER;
    }

    @Override
    public Object next() {
        Interpreter in = Interpreter.current();
        Object r = target.delegateSend(in, org.loopscope.script.runtime.Py.NONE);
        if (r == Eval.SUSPENDED) {
            Object y = in.delegated;
            in.delegated = null;
            return y;
        }
        return STOP;
    }

    /** {@code send}/{@code throw} as Python sees them: the yielded value, or StopIteration with the result. */
    Object step(Object value, PyException error) {
        Interpreter in = Interpreter.current();
        Object r = error == null ? target.delegateSend(in, value) : target.delegateThrow(in, error);
        if (r == Eval.SUSPENDED) {
            Object y = in.delegated;
            in.delegated = null;
            return y;
        }
        throw Errors.stopIteration(r);
    }

    @Override
    public Object delegateSend(Interpreter in, Object value) {
        return target.delegateSend(in, value);
    }

    @Override
    public Object delegateThrow(Interpreter in, PyException error) {
        return target.delegateThrow(in, error);
    }

    @Override
    public void delegateClose(Interpreter in) {
        target.delegateClose(in);
    }

    @Override
    public String toString() {
        return "<coroutine_wrapper object at " + Identity.address(this) + ">";
    }
}
