package org.loopscope.engine;

/** What one resumption of a {@link Coroutine} produced: it suspended, handing out a value, or it returned. */
public sealed interface Resumption permits Resumption.Suspended, Resumption.Returned {

    /** A bare {@code yield} (what {@code asyncio.sleep(0)} does): the task runs again on the next iteration. */
    Suspended YIELD = new Suspended(null);

    /** The coroutine stopped at an {@code await}/{@code yield}; {@code yielded} is what it handed to its driver. */
    record Suspended(Object yielded) implements Resumption {
    }

    /** The coroutine finished with {@code value} (Python's {@code StopIteration.value}). */
    record Returned(Object value) implements Resumption {
    }

    /** Shorthand for a suspension on {@code yielded}. */
    static Suspended suspend(Object yielded) {
        return yielded == null ? YIELD : new Suspended(yielded);
    }

    /** A return of nothing (Python's None), shared: a resumption is immutable. */
    Returned RETURNED_NONE = new Returned(null);

    /** Shorthand for a return of {@code value}. */
    static Returned done(Object value) {
        return value == null ? RETURNED_NONE : new Returned(value);
    }
}
