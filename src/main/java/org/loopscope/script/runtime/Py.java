package org.loopscope.script.runtime;

import java.math.BigInteger;
import org.loopscope.engine.Future;
import org.loopscope.engine.Task;

/**
 * The unique values and the small helpers every part of the runtime and the VM use: {@link #type(Object)} of any
 * value, None/True/False, conversions from Java values.
 */
public final class Py {

    /** {@code None}. The runtime never uses Java null for it, but accepts null where a value is read. */
    public static final PySingleton NONE = Types.NONE;
    /** {@code NotImplemented}: what binary dunders return to let the other operand try. */
    public static final PySingleton NOT_IMPLEMENTED = Types.NOT_IMPLEMENTED;
    /** {@code Ellipsis} ({@code ...}). */
    public static final PySingleton ELLIPSIS = Types.ELLIPSIS;
    /** {@code True}: bool values are the two {@link Boolean} constants, never new Boolean objects. */
    public static final Boolean TRUE = Boolean.TRUE;
    /** {@code False}. */
    public static final Boolean FALSE = Boolean.FALSE;

    private Py() {
    }

    /** {@code type(value)}, for every value the runtime knows ({@code null} is None). */
    public static PyType type(Object value) {
        if (value instanceof PyObj object) {
            return object.type();
        }
        if (value instanceof Long || value instanceof BigInteger) {
            return Types.INT;
        }
        if (value instanceof String) {
            return Types.STR;
        }
        if (value instanceof Double) {
            return Types.FLOAT;
        }
        if (value instanceof Boolean) {
            return Types.BOOL;
        }
        if (value == null) {
            return Types.NONE_TYPE;
        }
        if (value instanceof Task) {
            return Types.TASK;
        }
        if (value instanceof Future) {
            return Types.FUTURE;
        }
        return Types.OBJECT;
    }

    /** The class name as error messages quote it ({@code int}, {@code NoneType}, {@code Foo}). */
    public static String typeName(Object value) {
        return type(value).cName();
    }

    /** A bool value. */
    public static Boolean bool(boolean value) {
        return value ? Boolean.TRUE : Boolean.FALSE;
    }

    /** An int value from a Java long (small values are shared). */
    public static Object integer(long value) {
        return Ints.box(value);
    }

    /** An int value from a BigInteger (kept as a Long when it fits). */
    public static Object integer(BigInteger value) {
        return Ints.normalize(value);
    }

    /** Java null (as the engine returns for None) becomes {@link #NONE}; anything else is returned as is. */
    public static Object nn(Object value) {
        return value == null ? NONE : value;
    }

    /**
     * A value the engine produced in Java terms as a Python value: null is None, a {@link java.util.List} (what
     * {@code gather} returns) becomes a list, Java Integers become ints; anything else is returned as is.
     */
    public static Object fromJava(Object value) {
        if (value == null) {
            return NONE;
        }
        if (value instanceof Integer i) {
            return Ints.box(i);
        }
        if (value instanceof java.util.List<?> list) {
            PyList result = new PyList(list.size());
            for (Object item : list) {
                result.append(fromJava(item));
            }
            return result;
        }
        return value;
    }

    /** Whether {@code value} is None (or Java null). */
    public static boolean isNone(Object value) {
        return value == NONE || value == null;
    }

    /** Whether the value is a Python int (bool included). */
    public static boolean isInt(Object value) {
        return value instanceof Long || value instanceof BigInteger || value instanceof Boolean;
    }

    /** {@code isinstance(value, cls)} for one class (no tuples, no {@code __instancecheck__}). */
    public static boolean isInstance(Object value, PyType cls) {
        return type(value).isSubtype(cls);
    }

    /** A str attribute value, or TypeError naming {@code what}. */
    static String asJavaString(Object value, String what) {
        if (value instanceof String s) {
            return s;
        }
        throw Errors.typeError("can only assign string to " + what + ", not '" + typeName(value) + "'");
    }
}
