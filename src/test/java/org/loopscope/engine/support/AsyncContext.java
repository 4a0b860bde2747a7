package org.loopscope.engine.support;

import org.loopscope.engine.ContextManagerMixin;
import org.loopscope.engine.Coroutine;
import org.loopscope.engine.TaskGroup;
import org.loopscope.engine.Timeout;

/** The {@code __aenter__}/{@code __aexit__} of the engine's asynchronous context managers, for {@link Py}. */
final class AsyncContext {

    private AsyncContext() {
    }

    /** {@code manager.__aenter__()}. */
    static Coroutine enter(Object manager) {
        if (manager instanceof ContextManagerMixin mixin) {
            return mixin.aenter();
        }
        if (manager instanceof TaskGroup group) {
            return group.aenter();
        }
        if (manager instanceof Timeout timeout) {
            return timeout.aenter();
        }
        throw new IllegalArgumentException("not an asynchronous context manager: " + manager);
    }

    /** {@code manager.__aexit__(type(exc), exc, tb)}, or {@code (None, None, None)} when {@code exc} is null. */
    static Coroutine exit(Object manager, RuntimeException exc) {
        if (manager instanceof ContextManagerMixin mixin) {
            return mixin.aexit();
        }
        if (manager instanceof TaskGroup group) {
            return group.aexit(exc);
        }
        if (manager instanceof Timeout timeout) {
            return timeout.aexit(exc);
        }
        throw new IllegalArgumentException("not an asynchronous context manager: " + manager);
    }

    /** Python's truth of what {@code __aexit__} returned: only a true result swallows the exception. */
    static boolean truthy(Object value) {
        return value != null && !Boolean.FALSE.equals(value);
    }
}
