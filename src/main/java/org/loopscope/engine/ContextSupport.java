package org.loopscope.engine;

/**
 * The contexts of {@code contextvars} as the engine carries them, opaque to it: each task runs its steps in the
 * context it was given when it was made, each callback in a copy of the context current when it was scheduled.
 * Installed on an engine by whoever implements the contexts (the script layer, once a program imports
 * {@code contextvars}); without it the engine captures and switches nothing.
 */
public interface ContextSupport {

    /** A copy of the current context, for a task or callback made now. */
    Object capture();

    /** Makes {@code context} current (null: a fresh empty one) and returns the context that was current. */
    Object enter(Object context);

    /** Makes {@code previous} (what {@link #enter} returned) current again. */
    void leave(Object previous);
}
