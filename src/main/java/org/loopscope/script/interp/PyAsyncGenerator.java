package org.loopscope.script.interp;

import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.ExcTypes;
import org.loopscope.script.runtime.Identity;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyType;

/**
 * An async generator ({@code async def} with {@code yield}): iterated with {@code async for} through the
 * awaitables its {@code __anext__}, {@code asend}, {@code athrow} and {@code aclose} return. Its own yields come
 * out as {@link AsyncGenValue}s; what its awaits yield passes through to the event loop.
 */
final class PyAsyncGenerator extends GenBase implements org.loopscope.engine.AsyncGenerator {

    private boolean hooksInited;
    /** The loop whose hooks saw the first iteration (CPython's {@code ag_finalizer}), or null. */
    private org.loopscope.engine.EventLoop hooks;

    PyAsyncGenerator(Interpreter interp, Frame frame, PyFunction function) {
        super(interp, frame, function);
    }

    /** CPython's {@code async_gen_init_hooks}: the loop running at the first iteration registers the generator. */
    private void initHooks() {
        if (hooksInited) {
            return;
        }
        hooksInited = true;
        hooks = interp.engine.runningLoop();
        if (hooks != null) {
            hooks.asyncgens().firstIter(this);
        }
    }

    @Override
    void finished() {
        if (hooks != null) {
            hooks.asyncgens().forget(this);
        }
    }

    /** The last reference is gone while suspended: the loop's finalizer schedules {@code aclose()}. */
    void dropped() {
        if (!finished && frame.started && hooks != null) {
            hooks.asyncgens().finalizer(this);
        }
    }

    @Override
    public org.loopscope.engine.Coroutine aclose() {
        return Vm.awaitableCoroutine(athrow(null));
    }

    @Override
    String kind() {
        return "async generator";
    }

    @Override
    public PyType type() {
        return InterpTypes.ASYNC_GENERATOR;
    }

    @Override
    PyException convertStop(PyException e) {
        if (e.type().isSubtype(ExcTypes.STOP_ASYNC_ITERATION)) {
            PyException wrapped = Errors.runtimeError("async generator raised StopAsyncIteration");
            wrapped.setCause(e);
            wrapped.setContext(e);
            return wrapped;
        }
        return super.convertStop(e);
    }

    @Override
    public String toString() {
        return "<async_generator object " + qualname + " at " + Identity.address(this) + ">";
    }

    ASend asend(Object value) {
        initHooks();
        return new ASend(this, value);
    }

    AThrow athrow(PyException error) {
        initHooks();
        return new AThrow(this, error);
    }

    /** The awaitable of {@code __anext__()} and {@code asend(value)}. */
    static final class ASend extends PyObject implements Delegate, org.loopscope.script.runtime.PyIterator {
        private final PyAsyncGenerator gen;
        private final Object sendValue;
        private int state;

        ASend(PyAsyncGenerator gen, Object sendValue) {
            this.gen = gen;
            this.sendValue = sendValue;
        }

        @Override
        public PyType type() {
            return InterpTypes.ASYNC_GENERATOR_ASEND;
        }

        @Override
        public Object delegateSend(Interpreter in, Object value) {
            if (state == 2) {
                throw Errors.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            if (state == 0) {
                if (Py.isNone(value)) {
                    value = sendValue;
                }
                state = 1;
            }
            if (gen.finished) {
                state = 2;
                throw Errors.of(ExcTypes.STOP_ASYNC_ITERATION);
            }
            try {
                return unwrap(in, gen.resumeFrame(value, null));
            } catch (PyException e) {
                state = 2;
                throw e;
            }
        }

        @Override
        public Object delegateThrow(Interpreter in, PyException error) {
            if (state == 2) {
                throw Errors.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            try {
                return unwrap(in, gen.throwImpl(error));
            } catch (PyException e) {
                state = 2;
                throw e;
            }
        }

        @Override
        public void delegateClose(Interpreter in) {
            state = 2;
        }

        private Object unwrap(Interpreter in, Object r) {
            if (r == Eval.SUSPENDED) {
                Object y = gen.frame.yielded;
                if (y instanceof AsyncGenValue v) {
                    state = 2;
                    return v.value();
                }
                in.delegated = y;
                return Eval.SUSPENDED;
            }
            state = 2;
            throw Errors.of(ExcTypes.STOP_ASYNC_ITERATION);
        }

        @Override
        public Object next() {
            Object r = delegateSend(gen.interp, Py.NONE);
            if (r == Eval.SUSPENDED) {
                Object y = gen.interp.delegated;
                gen.interp.delegated = null;
                return y;
            }
            return STOP;
        }

        @Override
        public String toString() {
            return "<async_generator_asend object at " + Identity.address(this) + ">";
        }
    }

    /** The awaitable of {@code athrow(...)} and {@code aclose()} (a null error means aclose). */
    static final class AThrow extends PyObject implements Delegate, org.loopscope.script.runtime.PyIterator {
        private final PyAsyncGenerator gen;
        private final PyException error;
        private int state;

        AThrow(PyAsyncGenerator gen, PyException error) {
            this.gen = gen;
            this.error = error;
        }

        @Override
        public PyType type() {
            return InterpTypes.ASYNC_GENERATOR_ATHROW;
        }

        private boolean isClose() {
            return error == null;
        }

        @Override
        public Object delegateSend(Interpreter in, Object value) {
            if (state == 2) {
                throw Errors.runtimeError("cannot reuse already awaited aclose()/athrow()");
            }
            if (gen.finished) {
                state = 2;
                if (isClose()) {
                    return Py.NONE;
                }
                throw Errors.of(ExcTypes.STOP_ASYNC_ITERATION);
            }
            try {
                Object r;
                if (state == 0) {
                    state = 1;
                    r = gen.throwImpl(isClose() ? Errors.of(ExcTypes.GENERATOR_EXIT) : error);
                } else {
                    r = gen.resumeFrame(value, null);
                }
                return check(in, r);
            } catch (PyException e) {
                return failed(e);
            }
        }

        @Override
        public Object delegateThrow(Interpreter in, PyException thrown) {
            if (state == 2) {
                throw Errors.runtimeError("cannot reuse already awaited aclose()/athrow()");
            }
            try {
                return check(in, gen.throwImpl(thrown));
            } catch (PyException e) {
                return failed(e);
            }
        }

        @Override
        public void delegateClose(Interpreter in) {
            state = 2;
        }

        private Object check(Interpreter in, Object r) {
            if (r == Eval.SUSPENDED) {
                Object y = gen.frame.yielded;
                if (y instanceof AsyncGenValue v) {
                    if (isClose()) {
                        state = 2;
                        throw Errors.runtimeError("async generator ignored GeneratorExit");
                    }
                    state = 2;
                    return v.value();
                }
                in.delegated = y;
                return Eval.SUSPENDED;
            }
            state = 2;
            if (isClose()) {
                return Py.NONE;
            }
            throw Errors.of(ExcTypes.STOP_ASYNC_ITERATION);
        }

        private Object failed(PyException e) {
            state = 2;
            if (isClose() && (e.type().isSubtype(ExcTypes.STOP_ASYNC_ITERATION)
                    || e.type().isSubtype(ExcTypes.GENERATOR_EXIT))) {
                return Py.NONE;
            }
            throw e;
        }

        @Override
        public Object next() {
            Object r = delegateSend(gen.interp, Py.NONE);
            if (r == Eval.SUSPENDED) {
                Object y = gen.interp.delegated;
                gen.interp.delegated = null;
                return y;
            }
            return STOP;
        }

        @Override
        public String toString() {
            return "<async_generator_athrow object at " + Identity.address(this) + ">";
        }
    }
}
