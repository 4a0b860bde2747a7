package org.loopscope.script.interp;

import java.util.ArrayList;
import java.util.List;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.ExcTypes;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.PyExceptionGroup;
import org.loopscope.script.runtime.PyList;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PyTuple;
import org.loopscope.script.runtime.PyType;

/** What {@code raise}, {@code except} and {@code except*} do with exceptions, with CPython's messages. */
final class Exc {

    private Exc() {
    }

    /** {@code raise exc [from cause]}: the exception to throw, with its cause and implicit context set. */
    static PyException raise(Interpreter in, Object exc, Object cause, boolean hasCause) {
        PyException error = instantiate(exc, "exceptions must derive from BaseException");
        if (hasCause) {
            if (Py.isNone(cause)) {
                error.setCause(null);
            } else {
                PyException c = instantiate(cause, "exception causes must derive from BaseException");
                error.setCause(c);
            }
        }
        PyException top = in.excState.topmost();
        if (top != null && top != error) {
            error.setContext(top);
        }
        return error;
    }

    private static PyException instantiate(Object value, String message) {
        if (value instanceof PyException e) {
            return e;
        }
        if (value instanceof PyType type && type.isSubtype(ExcTypes.BASE_EXCEPTION)) {
            Object made = type.call(new Object[0], null);
            if (made instanceof PyException e) {
                return e;
            }
            throw Errors.typeError("calling " + type + " should have returned an instance of BaseException, not "
                    + Py.typeName(made));
        }
        throw Errors.typeError(message);
    }

    /** Sets {@code __context__} of an exception raised by an operation, as CPython's {@code _PyErr_SetObject}. */
    static void setImplicitContext(Interpreter in, PyException error) {
        if (error.context() != null) {
            return;
        }
        PyException top = in.excState.topmost();
        if (top != null && top != error) {
            error.setContext(top);
        }
    }

    /** {@code except type:}: whether {@code exc} matches a class or a tuple of classes. */
    static boolean matches(PyException exc, Object type) {
        if (type instanceof PyTuple tuple) {
            for (Object t : tuple.items()) {
                checkCatchable(t);
            }
            for (Object t : tuple.items()) {
                if (exc.type().isSubtype((PyType) t)) {
                    return true;
                }
            }
            return false;
        }
        checkCatchable(type);
        return exc.type().isSubtype((PyType) type);
    }

    private static void checkCatchable(Object type) {
        if (!(type instanceof PyType t) || !t.isSubtype(ExcTypes.BASE_EXCEPTION)) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /** {@code except* type:}: (rest, match) as CHECK_EG_MATCH leaves them; match is None when nothing matched. */
    static Object[] exceptStar(Interpreter in, Object value, Object type) {
        List<Object> types = type instanceof PyTuple t ? List.of(t.items()) : List.of(type);
        for (Object t : types) {
            checkCatchable(t);
            if (((PyType) t).isSubtype(ExcTypes.BASE_EXCEPTION_GROUP)) {
                throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
        }
        if (!(value instanceof PyException exc)) {
            // an earlier except* clause matched everything: the rest is None, and so is any later match
            return new Object[] {Py.NONE, Py.NONE};
        }
        PyExceptionGroup.Split split = PyExceptionGroup.exceptStarMatch(exc, type);
        if (split.match() == null) {
            return new Object[] {exc, Py.NONE};
        }
        PyException match = split.match();
        if (match != exc) {
            in.copyTraceback(exc, match);
        }
        in.excState.value = match;
        return new Object[] {split.rest() == null ? Py.NONE : split.rest(), match};
    }

    /** PREP_RERAISE_STAR: what to raise after the except* clauses (None when everything was handled). */
    static Object prepReraiseStar(PyException original, PyList raised) {
        List<PyException> list = new ArrayList<>();
        for (int i = 0; i < raised.size(); i++) {
            Object item = raised.get(i);
            list.add(item instanceof PyException e ? e : null);
        }
        PyException result = PyExceptionGroup.prepReraiseStar(original, list);
        return result == null ? Py.NONE : result;
    }

    /** {@code isinstance(error, type)} for a class object. */
    static boolean isInstance(Object value, PyType type) {
        return Py.type(value).isSubtype(type);
    }

    /** A StopIteration's value ({@code None} when it has none). */
    static Object stopValue(PyException stop) {
        Object v = PyOps.getattr(stop, "value");
        return v;
    }
}
