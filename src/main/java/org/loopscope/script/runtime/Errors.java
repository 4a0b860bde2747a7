package org.loopscope.script.runtime;

/**
 * Makes the builtin exceptions the runtime raises, with CPython's messages. Every method returns the exception so
 * callers write {@code throw Errors.typeError(...)}.
 */
public final class Errors {

    private Errors() {
    }

    /** A new exception of a builtin (or any) exception class with {@code args}, as calling the class would. */
    public static PyException of(PyType type, Object... args) {
        return Exceptions.create(type, args);
    }

    /** TypeError. */
    public static PyException typeError(String message) {
        return of(ExcTypes.TYPE_ERROR, message);
    }

    /** ValueError. */
    public static PyException valueError(String message) {
        return of(ExcTypes.VALUE_ERROR, message);
    }

    /** IndexError. */
    public static PyException indexError(String message) {
        return of(ExcTypes.INDEX_ERROR, message);
    }

    /** KeyError for {@code key} (its str is the key's repr). */
    public static PyException keyError(Object key) {
        return of(ExcTypes.KEY_ERROR, key);
    }

    /** AttributeError. */
    public static PyException attributeError(String message) {
        return of(ExcTypes.ATTRIBUTE_ERROR, message);
    }

    /** AttributeError for a missing attribute, with the {@code name} and {@code obj} attributes set (3.10+). */
    public static PyException noAttribute(Object obj, String name) {
        String message = obj instanceof PyType type
                ? "type object '" + type.cName() + "' has no attribute '" + name + "'"
                : obj instanceof PyModule module ? "module '" + module.name() + "' has no attribute '" + name + "'"
                : "'" + Py.typeName(obj) + "' object has no attribute '" + name + "'";
        PyException error = attributeError(message);
        error.setMember("name", name);
        error.setMember("obj", obj);
        return error;
    }

    /** NameError for an undefined name, with the {@code name} attribute set. */
    public static PyException nameError(String name) {
        PyException error = of(ExcTypes.NAME_ERROR, "name '" + name + "' is not defined");
        error.setMember("name", name);
        return error;
    }

    /** ZeroDivisionError. */
    public static PyException zeroDivision(String message) {
        return of(ExcTypes.ZERO_DIVISION_ERROR, message);
    }

    /** OverflowError; {@code args} is usually one message. */
    public static PyException overflowError(Object message) {
        if (message instanceof PyTuple tuple) {
            return of(ExcTypes.OVERFLOW_ERROR, tuple.items().clone());
        }
        return of(ExcTypes.OVERFLOW_ERROR, message);
    }

    /** MemoryError, raised when a program asks for more than {@link Limits} allow. */
    public static PyException memoryError() {
        return of(ExcTypes.MEMORY_ERROR);
    }

    /** RuntimeError. */
    public static PyException runtimeError(String message) {
        return of(ExcTypes.RUNTIME_ERROR, message);
    }

    /** StopIteration carrying {@code value} (none when {@code value} is None, as a plain return does). */
    public static PyException stopIteration(Object value) {
        return Py.isNone(value) ? of(ExcTypes.STOP_ITERATION) : of(ExcTypes.STOP_ITERATION, value);
    }

    /** {@code unhashable type: 'list'}. */
    public static PyException unhashable(Object value) {
        return typeError("unhashable type: '" + Py.typeName(value) + "'");
    }

    /** {@code 'int' object is not iterable}. */
    public static PyException notIterable(Object value) {
        return typeError("'" + Py.typeName(value) + "' object is not iterable");
    }

    /** {@code 'int' object is not callable}. */
    public static PyException notCallable(Object value) {
        return typeError("'" + Py.typeName(value) + "' object is not callable");
    }

    /** {@code 'float' object cannot be interpreted as an integer}. */
    public static PyException notAnIndex(Object value) {
        return typeError("'" + Py.typeName(value) + "' object cannot be interpreted as an integer");
    }
}
