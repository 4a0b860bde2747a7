package org.loopscope.script.runtime;

/**
 * Something Python can call: builtins, bound methods, classes and (later) the VM's functions.
 *
 * <p>The calling convention is CPython's vectorcall: {@code args} holds the positional arguments followed by the
 * values of the keyword arguments, and {@code kwnames} names those trailing values in order ({@code null} or empty
 * when there are none). So {@code f(1, 2, key=3)} is {@code call(new Object[] {1L, 2L, 3L}, new String[] {"key"})}.
 * The callee may read {@code args} but must neither modify nor keep it. Errors are thrown as {@link PyException}s.
 */
@FunctionalInterface
public interface PyCallable {

    /** No keyword names: the common case. */
    String[] NO_KWNAMES = new String[0];

    /** Calls with positional arguments and trailing keyword values named by {@code kwnames}. */
    Object call(Object[] args, String[] kwnames);

    /** Calls with positional arguments only. */
    default Object call(Object... args) {
        return call(args, NO_KWNAMES);
    }
}
