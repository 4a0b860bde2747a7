package org.loopscope.engine;

/**
 * A problem CPython's debug mode or garbage collector would report, as a value: what kind, the message as
 * CPython words it, and what it concerns (a task, future or handle; may be null).
 */
public record LoopWarning(Kind kind, String message, Object subject, RuntimeException exception) {

    /** The kinds of warning. */
    public enum Kind {
        /** A step or callback held the loop longer than {@code slow_callback_duration}. */
        SLOW_CALLBACK,
        /** A future's exception was never retrieved. */
        EXCEPTION_NEVER_RETRIEVED,
        /** A task was destroyed (or the run ended) while it was still pending. */
        TASK_DESTROYED_PENDING,
        /** A callback raised; the loop's exception handler reported it. */
        CALLBACK_ERROR,
        /** A coroutine was created but never awaited. */
        NEVER_AWAITED
    }
}
