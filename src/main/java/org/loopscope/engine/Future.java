package org.loopscope.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A result that is not there yet, as {@code asyncio.Future} (CPython's C implementation, messages included):
 * pending until {@link #setResult}, {@link #setException} or {@link #cancel}; done callbacks always run later
 * through the loop's ready queue, never inside the call that finished the future.
 */
public class Future {

    /** A future's state, named as {@code fut._state} prints it. */
    public enum State { PENDING, CANCELLED, FINISHED }

    final EventLoop loop;
    private final long id;
    State state = State.PENDING;
    private Object result;
    private RuntimeException exception;
    // The callbacks in order: the first in its own field (most futures get exactly one), the rest in a list.
    // The list is empty whenever callback0 is null.
    private DoneCallback callback0;
    private List<DoneCallback> callbacks;
    Object cancelMessage;
    RuntimeException cancelledError;
    boolean logTraceback;
    /** The timer that will resolve this future ({@code asyncio.sleep}'s), or null. */
    TimerHandle wakeTimer;
    boolean blocking;

    /** A pending future on {@code loop} (Python's {@code loop.create_future()}). */
    public Future(EventLoop loop) {
        this.loop = loop;
        this.id = loop.engine().nextId();
    }

    /** The loop this future belongs to. */
    public EventLoop loop() {
        return loop;
    }

    /** A number unique within the run, in creation order (for the trace). */
    public long id() {
        return id;
    }

    /** The current state. */
    public State state() {
        return state;
    }

    /** Whether the future is finished or cancelled. */
    public boolean done() {
        return state != State.PENDING;
    }

    /** Whether the future was cancelled. */
    public boolean cancelled() {
        return state == State.CANCELLED;
    }

    /** The result; raises the exception, a {@code CancelledError}, or {@code InvalidStateError} if pending. */
    public Object result() {
        if (state == State.CANCELLED) {
            throw makeCancelledError();
        }
        if (state != State.FINISHED) {
            throw loop.host().newError(ErrorType.INVALID_STATE_ERROR, "Result is not set.");
        }
        logTraceback = false;
        loop.retrieved(this);
        if (exception != null) {
            throw exception;
        }
        return result;
    }

    /**
     * The result if the future finished with one, else null; unlike {@link #result()} it marks nothing as retrieved
     * (for watchers that show values without changing what the program later sees).
     */
    public Object peekResult() {
        return state == State.FINISHED && exception == null ? result : null;
    }

    /** The exception (null if it finished with a result); raises as {@link #result()} does when not finished. */
    public RuntimeException exception() {
        if (state == State.CANCELLED) {
            throw makeCancelledError();
        }
        if (state != State.FINISHED) {
            throw loop.host().newError(ErrorType.INVALID_STATE_ERROR, "Exception is not set.");
        }
        logTraceback = false;
        loop.retrieved(this);
        return exception;
    }

    /** Whether any done callback is registered. */
    final boolean hasCallbacks() {
        return callback0 != null;
    }

    /** Marks the future done with {@code value} and schedules its callbacks. */
    public void setResult(Object value) {
        finishWithResult(value);
    }

    final void finishWithResult(Object value) {
        if (state != State.PENDING) {
            throw loop.host().newError(ErrorType.INVALID_STATE_ERROR, "invalid state");
        }
        result = value;
        state = State.FINISHED;
        finished();
    }

    /** Marks the future done with {@code error} and schedules its callbacks. */
    public void setException(RuntimeException error) {
        finishWithException(error);
    }

    final void finishWithException(RuntimeException error) {
        if (state != State.PENDING) {
            throw loop.host().newError(ErrorType.INVALID_STATE_ERROR, "invalid state");
        }
        if (loop.host().isInstance(error, ErrorType.STOP_ITERATION)) {
            throw loop.host().newError(ErrorType.TYPE_ERROR,
                    "StopIteration interacts badly with generators and cannot be raised into a Future");
        }
        exception = error;
        state = State.FINISHED;
        logTraceback = true;
        loop.unretrieved(this);
        finished();
    }

    /** Cancels the future with an optional message; false if it was already done. */
    public boolean cancel(Object message) {
        return cancelFuture(message);
    }

    final boolean cancelFuture(Object message) {
        silenceTraceback();
        if (state != State.PENDING) {
            return false;
        }
        state = State.CANCELLED;
        cancelMessage = message;
        finished();
        return true;
    }

    /** Cancels with no message. */
    public final boolean cancel() {
        return cancel(null);
    }

    /** Adds a callback run (soon) with this future once it is done; runs it soon if already done. */
    public void addDoneCallback(DoneCallback callback) {
        if (state != State.PENDING) {
            scheduleCallback(callback);
            return;
        }
        if (callback0 == null) {
            callback0 = callback;
        } else {
            if (callbacks == null) {
                callbacks = new ArrayList<>(2);
            }
            callbacks.add(callback);
        }
        if (loop.instruments().any()) {
            loop.instruments().callbackAdded(this, callback);
        }
    }

    /** Removes every registration equal to {@code callback}; returns how many were removed. */
    public int removeDoneCallback(DoneCallback callback) {
        int removed = 0;
        if (callbacks != null) {
            int before = callbacks.size();
            callbacks.removeIf(registered -> registered.equals(callback));
            removed = before - callbacks.size();
        }
        if (callback0 != null && callback0.equals(callback)) {
            removed++;
            callback0 = callbacks == null || callbacks.isEmpty() ? null : callbacks.remove(0);
        }
        return removed;
    }

    /** The callbacks still waiting (a copy). */
    public List<DoneCallback> callbacks() {
        if (callback0 == null) {
            return List.of();
        }
        List<DoneCallback> all = new ArrayList<>(1 + (callbacks == null ? 0 : callbacks.size()));
        all.add(callback0);
        if (callbacks != null) {
            all.addAll(callbacks);
        }
        return List.copyOf(all);
    }

    /** How many callbacks are still waiting: {@code callbacks().size()} without the copy. */
    public int callbackCount() {
        return callback0 == null ? 0 : 1 + (callbacks == null ? 0 : callbacks.size());
    }

    /** The cancel message given to {@link #cancel(Object)}, or null. */
    public Object cancelMessage() {
        return cancelMessage;
    }

    /**
     * What awaiting this future does, as a coroutine: suspend on it until it is done, then return its result
     * (or raise). Python's {@code Future.__await__}.
     */
    public Coroutine awaiter() {
        return new FutureAwaiter(this);
    }

    /** Whether a task has been told to wait for this future ({@code _asyncio_future_blocking}). */
    public boolean blocking() {
        return blocking;
    }

    /** Sets {@code _asyncio_future_blocking}. */
    public void blocking(boolean value) {
        blocking = value;
    }

    /** The CancelledError to raise from a cancelled future, as {@code _make_cancelled_error}. */
    RuntimeException makeCancelledError() {
        if (cancelledError != null) {
            RuntimeException saved = cancelledError;
            cancelledError = null;
            return saved;
        }
        return cancelMessage == null
                ? loop.host().newError(ErrorType.CANCELLED_ERROR)
                : loop.host().newError(ErrorType.CANCELLED_ERROR, cancelMessage);
    }

    /**
     * Clears {@code _log_traceback}: CPython's {@code cancel()} does so even on a finished future, so an exception
     * nobody read is no longer reported.
     */
    final void silenceTraceback() {
        logTraceback = false;
        loop.retrieved(this);
    }

    /** The result without checks (null unless finished with a result). */
    Object rawResult() {
        return result;
    }

    /** The exception without marking it retrieved. */
    RuntimeException rawException() {
        return exception;
    }

    private void finished() {
        if (loop.instruments().any()) {
            loop.instruments().futureDone(this);
        }
        onDone();
        if (callback0 == null) {
            return;
        }
        DoneCallback first = callback0;
        List<DoneCallback> rest = callbacks;
        callback0 = null;
        callbacks = null;
        scheduleCallback(first);
        if (rest != null) {
            for (DoneCallback callback : rest) {
                scheduleCallback(callback);
            }
        }
    }

    /** A hook for subclasses: the future just became done (callbacks not yet scheduled). */
    void onDone() {
    }

    /** Schedules {@code callback}; a task's wake-up is scheduled as that task's step. */
    private void scheduleCallback(DoneCallback callback) {
        loop.callSoon(callbackHandle(callback), callback instanceof Task.Wakeup wakeup ? wakeup.task() : null);
    }

    private Callback callbackHandle(DoneCallback callback) {
        return new Callback() {
            @Override
            public void run() {
                callback.done(Future.this);
            }

            @Override
            public String describe() {
                return callback.describe();
            }
        };
    }

    /** The class name CPython shows in the repr ({@code Future}, {@code _GatheringFuture}, ...). */
    protected String pythonClassName() {
        return "Future";
    }

    /** The words inside the repr after the class name, as {@code _future_repr_info}. */
    protected List<String> reprInfo() {
        List<String> info = new ArrayList<>();
        info.add(state.name().toLowerCase(java.util.Locale.ROOT));
        if (state == State.FINISHED) {
            info.add(exception != null
                    ? "exception=" + loop.host().repr(exception)
                    : "result=" + loop.host().shortRepr(result));
        }
        if (callback0 != null) {
            info.add(formatCallbacks(callbacks()));
        }
        return info;
    }

    private static String formatCallbacks(List<DoneCallback> callbacks) {
        int size = callbacks.size();
        String inner = switch (size) {
            case 1 -> callbacks.get(0).describe();
            case 2 -> callbacks.get(0).describe() + ", " + callbacks.get(1).describe();
            default -> callbacks.get(0).describe() + ", <" + (size - 2) + " more>, "
                    + callbacks.get(size - 1).describe();
        };
        return "cb=[" + inner + "]";
    }

    /** CPython's repr, for example {@code <Future finished result=42>}. */
    @Override
    public String toString() {
        return "<" + pythonClassName() + " " + String.join(" ", reprInfo()) + ">";
    }
}
