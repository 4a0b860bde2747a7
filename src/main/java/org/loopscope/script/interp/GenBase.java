package org.loopscope.script.interp;

import org.loopscope.script.compile.Op;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.ExcTypes;
import org.loopscope.script.runtime.Identity;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.PyObject;

/**
 * What generators, coroutines and async generators share (CPython's {@code PyGenObject}): a suspended frame, its
 * own handled-exception state, and {@code send}/{@code throw}/{@code close} with delegation to the object a
 * {@code yield from} or {@code await} is suspended in.
 */
abstract class GenBase extends PyObject implements Delegate {

    final Interpreter interp;
    final Frame frame;
    private final ExcState excState = new ExcState();
    String name;
    String qualname;
    boolean running;
    boolean finished;
    /** Made for a {@code for} loop that owns it: finalized when the loop is left early (see {@link Finalizers}). */
    boolean loopOwned;

    GenBase(Interpreter interp, Frame frame, PyFunction function) {
        this.interp = interp;
        this.frame = frame;
        this.name = function.name;
        this.qualname = function.qualname;
    }

    /** "generator", "coroutine" or "async generator", as messages say. */
    abstract String kind();

    /** Whether the frame is suspended inside a SEND (delegating to the object on top of its stack). */
    final boolean delegating() {
        return frame.started && !finished && frame.lasti == frame.ip
                && Op.op(frame.code.code()[frame.ip]) == Op.SEND;
    }

    /** The object this one is suspended in ({@code gi_yieldfrom}, {@code cr_await}), or null. */
    final Object yieldingFrom() {
        return delegating() ? frame.stack[frame.sp - 1] : null;
    }

    /**
     * Resumes the frame with a value ({@link Eval#NO_VALUE} to push nothing) or an exception. Returns
     * {@link Eval#SUSPENDED} (what was handed out is in {@code frame.yielded}) or the return value.
     */
    final Object resumeFrame(Object value, PyException error) {
        if (running) {
            throw Errors.valueError(kind() + " already executing");
        }
        if (finished) {
            if (error != null) {
                throw error;
            }
            return exhausted();
        }
        if (!frame.started && error == null && value != Eval.NO_VALUE && !Py.isNone(value)) {
            throw Errors.typeError("can't send non-None value to a just-started " + kind());
        }
        if (!frame.started && frame.code.hasHandlers()) {
            interp.finalizers.started(this);
        }
        running = true;
        excState.previous = interp.excState;
        interp.excState = excState;
        try {
            Object r = Eval.resume(interp, frame, value, error);
            if (r != Eval.SUSPENDED) {
                finish();
            }
            return r;
        } catch (PyException e) {
            finish();
            throw convertStop(e);
        } finally {
            running = false;
            interp.excState = excState.previous;
            excState.previous = null;
        }
    }

    private void finish() {
        finished = true;
        excState.value = null;
        if (frame.code.hasHandlers()) {
            interp.finalizers.finished(this);
        }
        finished();
    }

    /** Called once when the frame has returned or raised. */
    void finished() {
    }

    /** What resuming a finished frame gives: None for generators; coroutines raise instead. */
    Object exhausted() {
        return Py.NONE;
    }

    /** A StopIteration escaping the frame becomes RuntimeError, as PEP 479 says. */
    PyException convertStop(PyException e) {
        if (e.type().isSubtype(ExcTypes.STOP_ITERATION)) {
            PyException wrapped = Errors.runtimeError(kind() + " raised StopIteration");
            wrapped.setCause(e);
            wrapped.setContext(e);
            return wrapped;
        }
        return e;
    }

    /** {@code throw(error)}: into the delegate first when suspended in one, as CPython's {@code _gen_throw}. */
    final Object throwImpl(PyException error) {
        if (running) {
            throw Errors.valueError(kind() + " already executing");
        }
        if (delegating()) {
            Object yf = frame.stack[frame.sp - 1];
            if (error.type().isSubtype(ExcTypes.GENERATOR_EXIT)) {
                running = true;
                PyException raised = null;
                try {
                    Awaiting.close(interp, yf);
                } catch (PyException e) {
                    raised = e;
                } finally {
                    running = false;
                }
                return resumeFrame(null, raised != null ? raised : error);
            }
            Object r;
            running = true;
            try {
                r = Awaiting.throwInto(interp, yf, error);
            } catch (PyException e) {
                running = false;
                return resumeFrame(null, e);
            } finally {
                running = false;
            }
            if (r == Awaiting.NO_THROW) {
                return resumeFrame(null, error);
            }
            if (r == Eval.SUSPENDED) {
                frame.yielded = interp.delegated;
                interp.delegated = null;
                return Eval.SUSPENDED;
            }
            frame.stack[frame.sp - 1] = r;
            frame.ip = Op.arg(frame.code.code()[frame.ip]);
            return resumeFrame(Eval.NO_VALUE, null);
        }
        return resumeFrame(null, error);
    }

    /** {@code close()}: throws GeneratorExit in; the frame must not yield again. */
    final void closeImpl() {
        if (finished) {
            return;
        }
        if (!frame.started) {
            finish();
            return;
        }
        Object r;
        try {
            r = throwImpl(Errors.of(ExcTypes.GENERATOR_EXIT));
        } catch (PyException e) {
            if (e.type().isSubtype(ExcTypes.GENERATOR_EXIT) || e.type().isSubtype(ExcTypes.STOP_ITERATION)) {
                return;
            }
            throw e;
        }
        if (r == Eval.SUSPENDED) {
            throw Errors.runtimeError(kind() + " ignored GeneratorExit");
        }
    }

    /** Makes a Python exception from {@code throw(typ[, val[, tb]])} arguments. */
    static PyException throwArgument(Object[] args) {
        if (args.length == 0) {
            throw Errors.typeError("throw expected at least 1 argument, got 0");
        }
        Object typ = args[0];
        Object val = args.length > 1 ? args[1] : Py.NONE;
        if (typ instanceof PyException e) {
            if (!Py.isNone(val)) {
                throw Errors.typeError("instance exception may not have a separate value");
            }
            return e;
        }
        if (typ instanceof org.loopscope.script.runtime.PyType t && t.isSubtype(ExcTypes.BASE_EXCEPTION)) {
            if (val instanceof PyException e && Py.type(e).isSubtype(t)) {
                return e;
            }
            Object made = Py.isNone(val) ? t.call(new Object[0], null)
                    : val instanceof org.loopscope.script.runtime.PyTuple tuple ? t.call(tuple.items(), null)
                    : t.call(new Object[] {val}, null);
            return (PyException) made;
        }
        throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not "
                + Py.typeName(typ));
    }

    @Override
    public Object delegateSend(Interpreter in, Object value) {
        Object r = resumeFrame(value, null);
        if (r == Eval.SUSPENDED) {
            in.delegated = frame.yielded;
        }
        return r;
    }

    @Override
    public Object delegateThrow(Interpreter in, PyException error) {
        Object r = throwImpl(error);
        if (r == Eval.SUSPENDED) {
            in.delegated = frame.yielded;
        }
        return r;
    }

    @Override
    public void delegateClose(Interpreter in) {
        closeImpl();
    }

    /** The line the frame is at (the first line before it starts). */
    int line() {
        return frame.line();
    }

    @Override
    public String toString() {
        return "<" + kind() + " object " + qualname + " at " + Identity.address(this) + ">";
    }
}
