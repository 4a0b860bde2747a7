package org.loopscope.script.interp;

import org.loopscope.script.runtime.PyException;

/**
 * The exception being handled ({@code sys.exc_info()}), as CPython's {@code _PyErr_StackItem}: the thread has one,
 * and every generator or coroutine has its own, linked in front of the thread's while it runs. The topmost
 * non-empty one is what a new exception gets as {@code __context__}.
 */
final class ExcState {

    PyException value;
    ExcState previous;

    /** The innermost exception being handled anywhere in the chain, or null. */
    PyException topmost() {
        for (ExcState s = this; s != null; s = s.previous) {
            if (s.value != null) {
                return s.value;
            }
        }
        return null;
    }
}
