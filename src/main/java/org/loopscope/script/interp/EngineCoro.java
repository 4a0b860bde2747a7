package org.loopscope.script.interp;

import org.loopscope.engine.Coroutine;
import org.loopscope.engine.Resumption;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.Identity;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyType;

/**
 * A coroutine the engine implements in Java ({@code asyncio.sleep(...)}, {@code lock.acquire()}...), as the
 * program sees it: a {@code coroutine} object that can be awaited, sent to and closed, and that the engine can
 * still drive directly when it becomes a task.
 */
final class EngineCoro extends PyObject implements Coroutine, Delegate, org.loopscope.script.runtime.PyIterator {

    private final Coroutine inner;
    private final java.util.function.UnaryOperator<Object> result;
    private boolean started;
    private boolean finished;

    EngineCoro(Coroutine inner) {
        this(inner, EngineValues::toPython);
    }

    /** A coroutine whose Java return value {@code result} turns into the Python value the program sees. */
    EngineCoro(Coroutine inner, java.util.function.UnaryOperator<Object> result) {
        this.inner = inner;
        this.result = result;
    }

    /** Whether nothing has driven the coroutine yet (it was neither sent to nor closed). */
    boolean unstarted() {
        return !started && !finished;
    }

    /** The engine coroutine inside. */
    Coroutine inner() {
        return inner;
    }

    @Override
    public PyType type() {
        return InterpTypes.COROUTINE;
    }

    @Override
    public Resumption send(Object value) {
        if (finished) {
            throw Errors.runtimeError("cannot reuse already awaited coroutine");
        }
        started = true;
        try {
            return mapped(inner.send(value == Py.NONE ? null : value));
        } catch (RuntimeException e) {
            finished = true;
            throw e;
        }
    }

    @Override
    public Resumption throwInto(RuntimeException error) {
        if (finished) {
            throw error;
        }
        try {
            return mapped(inner.throwInto(error));
        } catch (RuntimeException e) {
            finished = true;
            throw e;
        }
    }

    private Resumption mapped(Resumption r) {
        if (r instanceof Resumption.Returned returned) {
            finished = true;
            return Resumption.done(result.apply(returned.value()));
        }
        return r;
    }

    @Override
    public Object next() {
        Resumption r = send(null);
        if (r instanceof Resumption.Suspended s) {
            return Py.nn(s.yielded());
        }
        return STOP;
    }

    @Override
    public void close() {
        if (!finished) {
            finished = true;
            if (started) {
                inner.close();
            }
        }
    }

    @Override
    public String qualifiedName() {
        return inner.qualifiedName();
    }

    @Override
    public String describe() {
        return inner.describe();
    }

    /*
     * An await in the VM drives the coroutine through these two and wants the Python value, not a resumption: the
     * inner coroutine's resumption is read directly, without the mapped copy that send and throwInto make.
     */
    @Override
    public Object delegateSend(Interpreter in, Object value) {
        if (finished) {
            throw Errors.runtimeError("cannot reuse already awaited coroutine");
        }
        started = true;
        Resumption r;
        try {
            r = inner.send(value == Py.NONE ? null : value);
        } catch (RuntimeException e) {
            finished = true;
            throw e;
        }
        return settled(in, r);
    }

    @Override
    public Object delegateThrow(Interpreter in, PyException error) {
        if (finished) {
            throw error;
        }
        Resumption r;
        try {
            r = inner.throwInto(error);
        } catch (RuntimeException e) {
            finished = true;
            throw e;
        }
        return settled(in, r);
    }

    /** {@link #outcome} of {@link #mapped}{@code (r)}. */
    private Object settled(Interpreter in, Resumption r) {
        if (r instanceof Resumption.Returned returned) {
            finished = true;
            return Py.nn(result.apply(returned.value()));
        }
        in.delegated = Py.nn(((Resumption.Suspended) r).yielded());
        return Eval.SUSPENDED;
    }

    @Override
    public void delegateClose(Interpreter in) {
        close();
    }

    static Object outcome(Interpreter in, Resumption r) {
        if (r instanceof Resumption.Suspended s) {
            in.delegated = Py.nn(s.yielded());
            return Eval.SUSPENDED;
        }
        return Py.nn(((Resumption.Returned) r).value());
    }

    @Override
    public String toString() {
        return "<coroutine object " + inner.qualifiedName() + " at " + Identity.address(this) + ">";
    }
}
