package org.loopscope.script.interp;

/**
 * A value yielded by an async generator's own {@code yield} (CPython's {@code _PyAsyncGenWrappedValue}), as
 * opposed to what an {@code await} inside it hands to the event loop: the async generator's awaitables turn the
 * first into results and pass the second through.
 */
record AsyncGenValue(Object value) {
}
