package org.loopscope.engine;

/**
 * What {@code loop.call_exception_handler(context)} receives: CPython's context dict as a record, plus the kind
 * of problem for the trace. Any field but {@code kind} and {@code message} may be null.
 */
public record ErrorContext(LoopWarning.Kind kind, String message, RuntimeException exception, Future future,
                           Handle handle) {

    /** A context reporting an error raised by a callback or task ({@link LoopWarning.Kind#CALLBACK_ERROR}). */
    public ErrorContext(String message, RuntimeException exception, Future future, Handle handle) {
        this(LoopWarning.Kind.CALLBACK_ERROR, message, exception, future, handle);
    }
}
