package org.loopscope.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@code asyncio.Timeout}, the asynchronous context manager of {@code asyncio.timeout(delay)} and
 * {@code asyncio.timeout_at(when)}: entered inside a task, it cancels that task at its deadline, and on exit
 * turns the resulting {@code CancelledError} into {@code TimeoutError} when no other cancellation is pending.
 * A null deadline never expires. {@link #aenter()} and {@link #aexit} are coroutines, as
 * {@code __aenter__}/{@code __aexit__} are; neither suspends.
 */
public final class Timeout {

    /** The states of a timeout, with the words its repr shows. */
    public enum State {
        CREATED("created"), ENTERED("active"), EXPIRING("expiring"), EXPIRED("expired"), EXITED("finished");

        private final String value;

        State(String value) {
            this.value = value;
        }

        /** The word in the repr, for example {@code active}. */
        public String value() {
            return value;
        }
    }

    private final Engine engine;
    private State state = State.CREATED;
    private Handle timeoutHandler;
    private Task task;
    private Double when;
    private int cancelling;

    /** {@code Timeout(when)}: a deadline in loop time, or null for none. */
    public Timeout(Engine engine, Double when) {
        this.engine = engine;
        this.when = when;
    }

    /** The current deadline, or null. */
    public Double when() {
        return when;
    }

    /** The state. */
    public State state() {
        return state;
    }

    /** Moves the deadline (null: never); only while entered and not expiring. */
    public void reschedule(Double newWhen) {
        if (state != State.ENTERED) {
            if (state == State.CREATED) {
                throw engine.host().newError(ErrorType.RUNTIME_ERROR, "Timeout has not been entered");
            }
            throw engine.host().newError(ErrorType.RUNTIME_ERROR,
                    "Cannot change state of " + state.value() + " Timeout");
        }
        when = newWhen;
        if (timeoutHandler != null) {
            timeoutHandler.cancel();
        }
        if (newWhen == null) {
            timeoutHandler = null;
        } else {
            EventLoop loop = engine.getRunningLoop();
            Callback onTimeout = Callback.named("Timeout._on_timeout()", this::onTimeout);
            timeoutHandler = newWhen <= loop.time() ? loop.callSoon(onTimeout) : loop.callAt(newWhen, onTimeout);
        }
    }

    /** Whether the deadline passed while the timeout was entered. */
    public boolean expired() {
        return state == State.EXPIRING || state == State.EXPIRED;
    }

    /** {@code __aenter__()}: binds the timeout to the current task and arms the deadline; returns this. */
    public Coroutine aenter() {
        return new StepCoroutine("Timeout.__aenter__") {
            @Override
            protected Resumption resume(Object value, RuntimeException error) {
                if (error != null) {
                    throw error;
                }
                if (state != State.CREATED) {
                    throw engine.host().newError(ErrorType.RUNTIME_ERROR, "Timeout has already been entered");
                }
                Task current = engine.getRunningLoop().currentTask();
                if (current == null) {
                    throw engine.host().newError(ErrorType.RUNTIME_ERROR, "Timeout should be used inside a task");
                }
                state = State.ENTERED;
                task = current;
                cancelling = task.cancelling();
                reschedule(when);
                return returnValue(Timeout.this);
            }

            @Override
            public String describe() {
                return SourceRefs.oneStep(this, "timeouts.py", 85);
            }
        };
    }

    /**
     * {@code __aexit__(type(exc), exc, tb)} with {@code exc} the exception leaving the block, or null. Raises
     * {@code TimeoutError} (from {@code exc}) when the deadline cancelled the block and nothing else asked for a
     * cancellation since entering; otherwise returns null (the exception, if any, goes on).
     *
     * <p>CPython asserts the timeout is entered or expiring here; this engine, like {@code python -O}, does not.
     * CPython also checks {@code exc_type is CancelledError} exactly; here any {@code CancelledError} counts.
     */
    public Coroutine aexit(RuntimeException exc) {
        return new StepCoroutine("Timeout.__aexit__") {
            @Override
            protected Resumption resume(Object value, RuntimeException error) {
                if (error != null) {
                    throw error;
                }
                if (timeoutHandler != null) {
                    timeoutHandler.cancel();
                    timeoutHandler = null;
                }
                if (state == State.EXPIRING) {
                    state = State.EXPIRED;
                    EngineHost host = engine.host();
                    if (task.uncancel() <= cancelling && exc != null && host.isCancelled(exc)) {
                        // No newer cancellation request: this one was ours.
                        RuntimeException timeoutError = host.newError(ErrorType.TIMEOUT_ERROR);
                        host.setContext(timeoutError, exc);
                        host.setCause(timeoutError, exc);
                        throw timeoutError;
                    }
                } else if (state == State.ENTERED) {
                    state = State.EXITED;
                }
                return returnValue(null);
            }

            @Override
            public String describe() {
                return SourceRefs.oneStep(this, "timeouts.py", 97);
            }
        };
    }

    private void onTimeout() {
        task.cancel();
        state = State.EXPIRING;
        timeoutHandler = null;
    }

    /** CPython's repr: {@code <Timeout [active] when=12.346>}, the deadline rounded to 3 places. */
    @Override
    public String toString() {
        String info = "";
        if (state == State.ENTERED) {
            Double rounded = when == null || when.isInfinite() || when.isNaN() ? when
                    : Double.valueOf(new BigDecimal(when).setScale(3, RoundingMode.HALF_EVEN).doubleValue());
            info = " when=" + engine.host().repr(rounded);
        }
        return "<Timeout [" + state.value() + "]" + info + ">";
    }
}
