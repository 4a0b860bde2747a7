package org.loopscope.engine;

/**
 * A coroutine written in Java as a state machine, for the engine's own coroutines ({@code sleep},
 * {@code wait}, {@code Lock.acquire}, ...) and for tests. Subclasses implement {@link #resume}: it is called
 * first with {@code (null, null)}, and after each {@link #await} with the awaited result or the exception it
 * raised; it answers with {@link #await}, {@link #yieldNow}, {@link #suspendOn} or {@link #returnValue}, or
 * throws to raise. {@link #await} delegates exactly as Python's {@code await}/{@code yield from} does: values
 * and exceptions sent in go to the awaited coroutine until it returns.
 */
public abstract class StepCoroutine implements Coroutine {

    private static final Resumption.Suspended DELEGATE = new Resumption.Suspended(null);

    private final String name;
    private Coroutine delegate;
    private Coroutine pending;
    private boolean finished;

    /** A coroutine whose qualified name is {@code name}. */
    protected StepCoroutine(String name) {
        this.name = name;
    }

    /**
     * Advances the state machine. {@code value} is what the last await returned (null at the start and after a
     * bare yield or a suspension); {@code error}, if not null, is what it raised or what was thrown in.
     */
    protected abstract Resumption resume(Object value, RuntimeException error);

    /** Awaits {@code awaitable} (a {@link Future} or a {@link Coroutine}); resume gets its outcome. */
    protected final Resumption await(Object awaitable) {
        if (awaitable instanceof Future future) {
            pending = future.awaiter();
        } else if (awaitable instanceof Coroutine coroutine) {
            pending = coroutine;
        } else {
            throw new IllegalArgumentException("not awaitable: " + awaitable);
        }
        return DELEGATE;
    }

    /** Suspends with a bare yield: the task runs again on the next loop iteration. */
    protected static Resumption yieldNow() {
        return Resumption.YIELD;
    }

    /** Suspends handing {@code value} to the driver (a blocking future, for a task). */
    protected static Resumption suspendOn(Object value) {
        return Resumption.suspend(value);
    }

    /** Returns {@code value} (the coroutine is finished). */
    protected static Resumption returnValue(Object value) {
        return Resumption.done(value);
    }

    @Override
    public final Resumption send(Object value) {
        return drive(value, null);
    }

    @Override
    public final Resumption throwInto(RuntimeException error) {
        return drive(null, error);
    }

    private Resumption drive(Object value, RuntimeException error) {
        if (finished) {
            if (error != null) {
                throw error;
            }
            throw new IllegalStateException("cannot reuse already awaited coroutine " + name);
        }
        while (true) {
            if (delegate != null) {
                Resumption inner;
                try {
                    inner = error == null ? delegate.send(value) : delegate.throwInto(error);
                } catch (RuntimeException raised) {
                    delegate = null;
                    value = null;
                    error = raised;
                    inner = null;
                }
                if (inner instanceof Resumption.Suspended) {
                    return inner;
                }
                if (inner instanceof Resumption.Returned returned) {
                    delegate = null;
                    value = returned.value();
                    error = null;
                }
            }
            Resumption own;
            try {
                own = resume(value, error);
            } catch (RuntimeException | Error raised) {
                finished = true;
                throw raised;
            }
            if (own != DELEGATE) {
                if (own instanceof Resumption.Returned) {
                    finished = true;
                }
                return own;
            }
            delegate = pending;
            pending = null;
            value = null;
            error = null;
        }
    }

    /** Whether the coroutine has returned or raised. */
    public final boolean finished() {
        return finished;
    }

    @Override
    public String qualifiedName() {
        return name;
    }

    @Override
    public String describe() {
        return name + "()";
    }
}
