package org.loopscope.engine;

import java.util.List;

/**
 * A Java stand-in for a Python exception, used by {@link JavaHost}: a class name, Python-style {@code args},
 * and the {@code __cause__}/{@code __context__} links. No stack trace is captured: the engine's exceptions are
 * values that travel between tasks, not Java debugging aids.
 */
public class PythonError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final boolean baseOnly;
    private final List<Object> args;
    private RuntimeException pyCause;
    private RuntimeException pyContext;

    /** An exception of the Python class {@code type} with {@code args}; {@code baseOnly} if it is not an Exception. */
    PythonError(String type, boolean baseOnly, Object[] args) {
        super(type, null, false, false);
        this.type = type;
        this.baseOnly = baseOnly;
        this.args = List.of(java.util.Arrays.stream(args).map(a -> a == null ? JavaHost.NONE : a).toArray());
    }

    /** An ordinary Exception subclass named {@code type}, for example {@code new PythonError("ValueError", "x")}. */
    public PythonError(String type, Object... args) {
        this(type, false, args);
    }

    /** A BaseException subclass that is not an Exception, for example {@code KeyboardInterrupt}. */
    public static PythonError baseException(String type, Object... args) {
        return new PythonError(type, true, args);
    }

    /** The Python class name. */
    public String type() {
        return type;
    }

    /** Whether this derives from BaseException but not from Exception. */
    public boolean baseOnly() {
        return baseOnly;
    }

    /** The Python {@code args} tuple ({@link JavaHost#NONE} stands for None). */
    public List<Object> args() {
        return args;
    }

    /** {@code __cause__}, or null. */
    public RuntimeException pyCause() {
        return pyCause;
    }

    void pyCause(RuntimeException cause) {
        this.pyCause = cause;
    }

    /** {@code __context__}, or null. */
    public RuntimeException pyContext() {
        return pyContext;
    }

    void pyContext(RuntimeException context) {
        this.pyContext = context;
    }

    /** {@code str(exc)}: empty, the single argument, or the tuple of arguments. */
    public String str(JavaHost host) {
        if (args.isEmpty()) {
            return "";
        }
        if (args.size() == 1) {
            Object only = args.get(0);
            return only instanceof String s ? s : host.repr(only);
        }
        return host.repr(args);
    }

    @Override
    public String getMessage() {
        return type + ": " + args;
    }
}
