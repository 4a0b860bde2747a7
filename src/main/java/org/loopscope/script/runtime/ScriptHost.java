package org.loopscope.script.runtime;

import java.util.List;
import org.loopscope.engine.EngineHost;
import org.loopscope.engine.ErrorType;

/**
 * The engine's host for script runs: the engine's errors are real Python exceptions of the builtin (and asyncio)
 * classes, recognised through the class hierarchy, and values print with Python's repr.
 */
public final class ScriptHost implements EngineHost {

    /** The Python class the engine means by {@code type}. */
    public static PyType pythonType(ErrorType type) {
        return switch (type) {
            case BASE_EXCEPTION -> ExcTypes.BASE_EXCEPTION;
            case EXCEPTION -> ExcTypes.EXCEPTION;
            case CANCELLED_ERROR -> ExcTypes.CANCELLED_ERROR;
            case INVALID_STATE_ERROR -> ExcTypes.INVALID_STATE_ERROR;
            case TIMEOUT_ERROR -> ExcTypes.TIMEOUT_ERROR;
            case RUNTIME_ERROR -> ExcTypes.RUNTIME_ERROR;
            case TYPE_ERROR -> ExcTypes.TYPE_ERROR;
            case VALUE_ERROR -> ExcTypes.VALUE_ERROR;
            case ATTRIBUTE_ERROR -> ExcTypes.ATTRIBUTE_ERROR;
            case ASSERTION_ERROR -> ExcTypes.ASSERTION_ERROR;
            case QUEUE_EMPTY -> ExcTypes.QUEUE_EMPTY;
            case QUEUE_FULL -> ExcTypes.QUEUE_FULL;
            case BROKEN_BARRIER_ERROR -> ExcTypes.BROKEN_BARRIER_ERROR;
            case KEYBOARD_INTERRUPT -> ExcTypes.KEYBOARD_INTERRUPT;
            case SYSTEM_EXIT -> ExcTypes.SYSTEM_EXIT;
            case STOP_ITERATION -> ExcTypes.STOP_ITERATION;
            case GENERATOR_EXIT -> ExcTypes.GENERATOR_EXIT;
        };
    }

    @Override
    public RuntimeException newError(ErrorType type, Object... args) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = Py.fromJava(args[i]);
        }
        return Errors.of(pythonType(type), values);
    }

    @Override
    public boolean isInstance(Throwable error, ErrorType type) {
        if (error instanceof PyException python) {
            return python.type().isSubtype(pythonType(type));
        }
        return type == ErrorType.BASE_EXCEPTION || type == ErrorType.EXCEPTION;
    }

    @Override
    public RuntimeException newExceptionGroup(String message, List<RuntimeException> errors) {
        return PyExceptionGroup.create(message, errors.stream().map(this::adopt).map(PyException.class::cast)
                .toList());
    }

    @Override
    public void setCause(RuntimeException error, RuntimeException cause) {
        if (error instanceof PyException python) {
            python.setCause(cause == null ? null : (PyException) adopt(cause));
        }
    }

    @Override
    public void setContext(RuntimeException error, RuntimeException context) {
        if (error instanceof PyException python) {
            python.setContext(context == null ? null : (PyException) adopt(context));
        }
    }

    /** Python's repr; Java values from the engine (a {@code gather} result list) print as Python's would. */
    @Override
    public String repr(Object value) {
        return Reprs.repr(Py.fromJava(value));
    }

    @Override
    public String typeName(Object value) {
        return Py.typeName(Py.fromJava(value));
    }

    @Override
    public void checkHashable(Object value) {
        Hashing.hash(Py.fromJava(value));
    }

    @Override
    public String shortRepr(Object value) {
        return ShortRepr.repr(Py.fromJava(value));
    }

    /**
     * A Java failure as the exception a program sees: Python exceptions as they are, a Java stack overflow as
     * RecursionError, exhausted memory as MemoryError, anything else as SystemError (an internal error).
     */
    @Override
    public RuntimeException adopt(Throwable error) {
        if (error instanceof PyException python) {
            return python;
        }
        if (error instanceof StackOverflowError) {
            return Errors.of(ExcTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        if (error instanceof OutOfMemoryError) {
            return Errors.memoryError();
        }
        return Errors.of(ExcTypes.SYSTEM_ERROR, "internal error: " + error);
    }
}
