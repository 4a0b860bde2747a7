package org.loopscope.script.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python exception: an instance of {@code BaseException} or a subclass, and a Java {@link RuntimeException} so the
 * VM and the engine can throw and carry it. No Java stack trace is captured (it would be expensive and meaningless):
 * the Python traceback is the list of {@link TraceFrame}s the VM adds as the exception leaves each frame.
 *
 * <p>Make them with {@link Errors} (builtin classes, from Java) or by calling the class (from Python).
 */
public class PyException extends RuntimeException implements PyObj, HasDict {

    private static final long serialVersionUID = 1L;

    private final transient PyType type;
    private transient PyTuple args;
    private transient PyException cause;
    private transient PyException context;
    private boolean suppressContext;
    private final transient List<TraceFrame> frames = new ArrayList<>(4);
    private transient PyDict dict;
    private transient Map<String, Object> members;
    private long id;

    /** An exception of class {@code type} with {@code args}; its builtin {@code __init__} has not run. */
    protected PyException(PyType type, PyTuple args) {
        super(null, null, false, false);
        this.type = type;
        this.args = args;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** {@code id()}, as {@link PyObject#id()}. */
    public final long id() {
        if (id == 0) {
            id = RunContext.current().newAddress();
        }
        return id;
    }

    /** {@code args}. */
    public PyTuple args() {
        return args;
    }

    /** Sets {@code args} (any iterable becomes a tuple). */
    public void setArgs(PyTuple value) {
        args = value;
    }

    /** {@code __cause__}, or null for None. */
    public PyException cause() {
        return cause;
    }

    /** Sets {@code __cause__} (null for None) and {@code __suppress_context__ = True}, as {@code raise ... from}. */
    public void setCause(PyException value) {
        cause = value;
        suppressContext = true;
    }

    /** Sets {@code __cause__} alone, as assigning the attribute does. */
    void setCauseOnly(PyException value) {
        cause = value;
    }

    /** {@code __context__}, or null for None. */
    public PyException context() {
        return context;
    }

    /**
     * Sets {@code __context__} as raising inside an {@code except} block does, breaking any cycle the new link
     * would create (CPython's {@code _PyErr_SetObject} rule).
     */
    public void setContext(PyException value) {
        if (value == this) {
            return;
        }
        if (value != null) {
            PyException probe = value;
            while (probe != null) {
                PyException next = probe.context;
                if (next == this) {
                    probe.context = null;
                    break;
                }
                probe = next;
            }
        }
        context = value;
    }

    /** Sets {@code __context__} without the cycle check, as assigning the attribute does. */
    void setContextOnly(PyException value) {
        context = value;
    }

    /** {@code __suppress_context__}. */
    public boolean suppressContext() {
        return suppressContext;
    }

    /** Sets {@code __suppress_context__}. */
    public void setSuppressContext(boolean value) {
        suppressContext = value;
    }

    /**
     * Records that the exception passed through a frame; the VM calls this as the exception leaves each frame,
     * innermost first, so the list grows outward as CPython's traceback chain does.
     */
    public void addTraceFrame(TraceFrame frame) {
        frames.add(frame);
    }

    /** The traceback frames, outermost first (the order a traceback prints them). */
    public List<TraceFrame> traceback() {
        List<TraceFrame> ordered = new ArrayList<>(frames);
        java.util.Collections.reverse(ordered);
        return ordered;
    }

    /** Replaces the traceback ({@code with_traceback}); frames given outermost first. */
    public void setTraceback(List<TraceFrame> outermostFirst) {
        frames.clear();
        for (int i = outermostFirst.size() - 1; i >= 0; i--) {
            frames.add(outermostFirst.get(i));
        }
    }

    /** The instance {@code __dict__} (user attributes, {@code __notes__}). */
    @Override
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public PyDict dictOrNull() {
        return dict;
    }

    /** A builtin member such as {@code StopIteration.value}; null if never set. */
    Object member(String name) {
        return members == null ? null : members.get(name);
    }

    void setMember(String name, Object value) {
        if (members == null) {
            members = new HashMap<>(4);
        }
        members.put(name, value);
    }

    /** The first argument, or None: {@code StopIteration.value}, {@code SystemExit.code} and the like. */
    public Object firstArg() {
        return args.size() == 0 ? Py.NONE : args.get(0);
    }

    /** Python's {@code str(self)}, through the class's {@code __str__}. */
    public String str() {
        return Reprs.str(this);
    }

    /** For Java logs and debuggers: {@code ValueError: message}. Never runs Python code. */
    @Override
    public String getMessage() {
        try {
            return type.tracebackName() + ": " + Exceptions.builtinStr(this);
        } catch (RuntimeException failure) {
            return type.tracebackName();
        }
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
