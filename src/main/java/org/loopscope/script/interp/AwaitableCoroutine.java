package org.loopscope.script.interp;

import org.loopscope.engine.Coroutine;
import org.loopscope.engine.Resumption;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyException;

/**
 * CPython's {@code _wrap_awaitable}: a coroutine that awaits an object with {@code __await__} (or a
 * types.coroutine generator), so {@code ensure_future} can make a task of it.
 */
final class AwaitableCoroutine implements Coroutine {

    private final Object awaitable;
    private Object iterator;
    private boolean finished;

    AwaitableCoroutine(Object awaitable) {
        this.awaitable = awaitable;
    }

    @Override
    public Resumption send(Object value) {
        Interpreter in = Interpreter.current();
        in.beginStep();
        try {
            if (iterator == null) {
                iterator = Awaiting.getAwaitable(in, awaitable, 0);
            }
            return outcome(in, Awaiting.send(in, iterator, Py.nn(value)));
        } catch (RuntimeException e) {
            finished = true;
            throw e;
        } finally {
            in.endStep();
        }
    }

    @Override
    public Resumption throwInto(RuntimeException error) {
        Interpreter in = Interpreter.current();
        in.beginStep();
        try {
            if (iterator == null) {
                // An async generator's aclose()/asend() is driven as a coroutine itself: a throw reaches the
                // generator even before the first send. Anything else is wrapped, and raises at once.
                if (!(awaitable instanceof PyAsyncGenerator.AThrow || awaitable instanceof PyAsyncGenerator.ASend)) {
                    throw error;
                }
                iterator = awaitable;
            }
            Object r = Awaiting.throwInto(in, iterator, (PyException) error);
            if (r == Awaiting.NO_THROW) {
                throw error;
            }
            return outcome(in, r);
        } catch (RuntimeException e) {
            finished = true;
            throw e;
        } finally {
            in.endStep();
        }
    }

    private Resumption outcome(Interpreter in, Object r) {
        if (r == Eval.SUSPENDED) {
            Object y = in.delegated;
            in.delegated = null;
            return Resumption.suspend(Py.isNone(y) ? null : y);
        }
        finished = true;
        return Resumption.done(r);
    }

    @Override
    public String qualifiedName() {
        return "_wrap_awaitable";
    }

    @Override
    public String describe() {
        return finished ? "_wrap_awaitable() done, defined at " + org.loopscope.engine.Engine.CPYTHON_ASYNCIO
                + "/tasks.py:693" : "_wrap_awaitable() running at " + org.loopscope.engine.Engine.CPYTHON_ASYNCIO
                + "/tasks.py:700";
    }
}
