package org.loopscope.script.interp;

import org.loopscope.engine.Coroutine;
import org.loopscope.engine.Resumption;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.PyType;

/**
 * The coroutine object of an {@code async def}: a suspended frame that {@code await} delegates to, and that an
 * engine {@link org.loopscope.engine.Task} drives directly through {@link Coroutine}. What the frame (or the
 * innermost object it awaits) yields reaches the task unchanged: a future to wait on, or None for a bare yield.
 */
final class PyCoroutine extends GenBase implements Coroutine {

    PyCoroutine(Interpreter interp, Frame frame, PyFunction function) {
        super(interp, frame, function);
    }

    @Override
    String kind() {
        return "coroutine";
    }

    @Override
    public PyType type() {
        return InterpTypes.COROUTINE;
    }

    @Override
    Object exhausted() {
        throw Errors.runtimeError("cannot reuse already awaited coroutine");
    }

    // ---- the engine's view

    @Override
    public Resumption send(Object value) {
        interp.beginStep();
        try {
            return resumption(resumeFrame(value == null ? Py.NONE : value, null));
        } catch (PyException e) {
            throw leavingStep(e);
        } finally {
            interp.endStep();
        }
    }

    @Override
    public Resumption throwInto(RuntimeException error) {
        interp.beginStep();
        try {
            return resumption(throwImpl(interp.adopt(error)));
        } catch (PyException e) {
            throw leavingStep(e);
        } finally {
            interp.endStep();
        }
    }

    /** An exit signal leaves the task step through {@code Handle._run}, which CPython's traceback shows. */
    private PyException leavingStep(PyException e) {
        if (interp.engine().host().isExitSignal(e)) {
            interp.recordLibraryFrame(e, LibraryFrames.EVENTS_RUN);
        }
        return e;
    }

    @Override
    public void close() {
        closeImpl();
    }

    private Resumption resumption(Object r) {
        if (r == Eval.SUSPENDED) {
            Object y = frame.yielded;
            return Resumption.suspend(Py.isNone(y) ? null : y);
        }
        return Resumption.done(r);
    }

    @Override
    public String qualifiedName() {
        return qualname;
    }

    @Override
    public String describe() {
        String file = frame.code.filename();
        if (finished) {
            return qualname + "() done, defined at " + file + ":" + frame.code.firstLine();
        }
        return qualname + "() running at " + file + ":" + line();
    }

    // ---- the Python view

    /** {@code coro.send(value)}. */
    Object sendPy(Object value) {
        Object r = resumeFrame(value, null);
        if (r == Eval.SUSPENDED) {
            return frame.yielded;
        }
        throw Errors.stopIteration(r);
    }

    /** {@code coro.throw(...)}. */
    Object throwPy(PyException error) {
        Object r = throwImpl(error);
        if (r == Eval.SUSPENDED) {
            return frame.yielded;
        }
        throw Errors.stopIteration(r);
    }
}
