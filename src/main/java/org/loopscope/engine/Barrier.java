package org.loopscope.engine;

/**
 * {@code asyncio.Barrier(parties)} as CPython 3.11 writes it, over a {@link Condition}: {@code wait()} blocks until
 * {@code parties} tasks wait, then releases them all (each gets its arrival index); the barrier drains, refills,
 * and can be {@code reset()} (waiters get {@code BrokenBarrierError}) or {@code abort()}ed (broken for good).
 * Every coroutine suspends exactly where CPython's {@code async def} does: at the condition's lock and waits.
 */
public final class Barrier extends LoopBound {

    /** {@code _BarrierState}. */
    public enum State {
        FILLING("filling"), DRAINING("draining"), RESETTING("resetting"), BROKEN("broken");

        private final String value;

        State(String value) {
            this.value = value;
        }

        /** The state's value as CPython prints it. */
        public String value() {
            return value;
        }
    }

    private final Condition cond;
    private final int parties;
    private State state = State.FILLING;
    private int count;

    /** A barrier for {@code parties} tasks; {@code ValueError('parties must be > 0')} otherwise. */
    public Barrier(Engine engine, int parties) {
        super(engine);
        if (parties < 1) {
            throw host.newError(ErrorType.VALUE_ERROR, "parties must be > 0");
        }
        this.cond = new Condition(engine);
        this.parties = parties;
    }

    /** {@code parties}. */
    public int parties() {
        return parties;
    }

    /** {@code n_waiting}: the tasks waiting while the barrier fills, else 0. */
    public int waiting() {
        return state == State.FILLING ? count : 0;
    }

    /** {@code broken}. */
    public boolean broken() {
        return state == State.BROKEN;
    }

    /** The current state. */
    public State state() {
        return state;
    }

    /** {@code wait()}: the index of this task's arrival, once all parties have arrived. */
    public Coroutine barrierWait() {
        return new StepCoroutine("Barrier.wait") {
            private int step;
            private int index;
            private RuntimeException failure;

            @Override
            protected Resumption resume(Object value, RuntimeException error) {
                switch (step) {
                    case 0 -> {
                        step = 1;
                        return await(cond.acquire());
                    }
                    case 1 -> {
                        if (error != null) {
                            throw error;
                        }
                        step = 2;
                        // _block(): wait while the barrier drains or resets.
                        return await(cond.waitFor(() -> state != State.DRAINING && state != State.RESETTING));
                    }
                    case 2 -> {
                        if (error != null) {
                            return leave(error, false);
                        }
                        if (state == State.BROKEN) {
                            return leave(brokenError("Barrier aborted"), false);
                        }
                        index = count++;
                        if (index + 1 == parties) {
                            state = State.DRAINING;
                            cond.notifyAllWaiters();
                            return leave(null, true);
                        }
                        step = 3;
                        return await(cond.waitFor(() -> state != State.FILLING));
                    }
                    case 3 -> {
                        if (error == null && (state == State.BROKEN || state == State.RESETTING)) {
                            error = brokenError("Abort or reset of barrier");
                        }
                        return leave(error, true);
                    }
                    default -> throw new IllegalStateException("barrier step " + step);
                }
            }

            /** The finally blocks: leave the count (if counted), then the condition's lock. */
            private Resumption leave(RuntimeException error, boolean counted) {
                failure = error;
                try {
                    if (counted) {
                        count--;
                        exit();
                    }
                } finally {
                    cond.release();
                }
                if (failure != null) {
                    throw failure;
                }
                return returnValue((long) index);
            }
        };
    }

    /** {@code __aexit__}: nothing to do ({@code async with barrier} only waits on entry). */
    public Coroutine aexit() {
        return new StepCoroutine("Barrier.__aexit__") {
            @Override
            protected Resumption resume(Object value, RuntimeException error) {
                if (error != null) {
                    throw error;
                }
                return returnValue(null);
            }
        };
    }

    private void exit() {
        if (count == 0) {
            if (state == State.RESETTING || state == State.DRAINING) {
                state = State.FILLING;
            }
            cond.notifyAllWaiters();
        }
    }

    /** {@code reset()}: waiters get {@code BrokenBarrierError}; the barrier fills again once they have left. */
    public Coroutine reset() {
        return underLock("Barrier.reset", () -> {
            if (count > 0) {
                state = State.RESETTING;
            } else {
                state = State.FILLING;
            }
            cond.notifyAllWaiters();
        });
    }

    /** {@code abort()}: the barrier is broken; waiters and later {@code wait()}s get {@code BrokenBarrierError}. */
    public Coroutine abort() {
        return underLock("Barrier.abort", () -> {
            state = State.BROKEN;
            cond.notifyAllWaiters();
        });
    }

    private Coroutine underLock(String name, Runnable body) {
        return new StepCoroutine(name) {
            private boolean locked;

            @Override
            protected Resumption resume(Object value, RuntimeException error) {
                if (error != null) {
                    throw error;
                }
                if (!locked) {
                    locked = true;
                    return await(cond.acquire());
                }
                try {
                    body.run();
                } finally {
                    cond.release();
                }
                return returnValue(null);
            }
        };
    }

    private RuntimeException brokenError(String message) {
        return host.newError(ErrorType.BROKEN_BARRIER_ERROR, message);
    }

    @Override
    public String kind() {
        return "Barrier";
    }

    /** {@code <asyncio.locks.Barrier object at 0x... [filling, waiters:0/3]>}. */
    @Override
    public String toString() {
        String extra = state.value() + (broken() ? "" : ", waiters:" + waiting() + "/" + parties);
        return "<asyncio.locks.Barrier object at " + address() + " [" + extra + "]>";
    }
}
