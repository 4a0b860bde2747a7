package org.loopscope.script.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * An exception group ({@code BaseExceptionGroup}, {@code ExceptionGroup} or a subclass): a message and a
 * non-empty tuple of exceptions, with {@code split}/{@code subgroup}/{@code derive} and the matching that
 * {@code except*} needs ({@link #exceptStarMatch}, {@link #prepReraiseStar}).
 */
public final class PyExceptionGroup extends PyException {

    private static final long serialVersionUID = 1L;

    private final String message;
    private final transient PyTuple exceptions;

    private PyExceptionGroup(PyType type, PyTuple args, String message, PyTuple exceptions) {
        super(type, args);
        this.message = message;
        this.exceptions = exceptions;
    }

    /** {@code BaseExceptionGroup.__new__(cls, message, exceptions)} with CPython's checks and class choice. */
    static PyExceptionGroup allocate(PyType cls, Object[] args) {
        if (args.length != 2) {
            throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + args.length
                    + " given)");
        }
        if (!(args[0] instanceof String message)) {
            throw Errors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not "
                    + Py.typeName(args[0]));
        }
        Object sequence = args[1];
        if (!(sequence instanceof PyList || sequence instanceof PyTuple)) {
            throw Errors.typeError("second argument (exceptions) must be a sequence");
        }
        PyTuple excs = PyTuple.from(sequence);
        if (excs.size() == 0) {
            throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean nestedBase = false;
        for (int i = 0; i < excs.size(); i++) {
            if (!(excs.get(i) instanceof PyException item)) {
                throw Errors.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            nestedBase |= !item.type().isSubtype(ExcTypes.EXCEPTION);
        }
        if (cls == ExcTypes.BASE_EXCEPTION_GROUP) {
            if (!nestedBase) {
                cls = ExcTypes.EXCEPTION_GROUP;
            }
        } else if (cls == ExcTypes.EXCEPTION_GROUP) {
            if (nestedBase) {
                throw Errors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        } else if (nestedBase && cls.isSubtype(ExcTypes.EXCEPTION)) {
            throw Errors.typeError("Cannot nest BaseExceptions in '" + cls.name() + "'");
        }
        return new PyExceptionGroup(cls, PyTuple.of(args.clone()), message, excs);
    }

    /** {@code BaseExceptionGroup(message, errors)}: an ExceptionGroup if every error is an Exception. */
    public static PyExceptionGroup create(String message, List<? extends PyException> errors) {
        PyList list = PyList.of(errors.toArray());
        PyExceptionGroup group = allocate(ExcTypes.BASE_EXCEPTION_GROUP, new Object[] {message, list});
        Exceptions.baseInit(group, new Object[] {message, list}, PyCallable.NO_KWNAMES);
        return group;
    }

    /** {@code message}. */
    public String message() {
        return message;
    }

    /** {@code exceptions}. */
    public PyTuple exceptions() {
        return exceptions;
    }

    /** {@code str(eg)}: {@code msg (2 sub-exceptions)}. */
    String groupStr() {
        int n = exceptions.size();
        return message + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
    }

    /** Turns the argument of {@code split}/{@code subgroup}/{@code except*} into a test. */
    static Predicate<PyException> matcher(Object value) {
        if (value instanceof PyType type && type.isSubtype(ExcTypes.BASE_EXCEPTION)) {
            return e -> e.type().isSubtype(type);
        }
        if (value instanceof PyTuple tuple) {
            List<PyType> types = new ArrayList<>();
            for (Object item : tuple.items()) {
                if (!(item instanceof PyType type && type.isSubtype(ExcTypes.BASE_EXCEPTION))) {
                    throw Errors.typeError("expected a function, exception type or tuple of exception types");
                }
                types.add(type);
            }
            return e -> types.stream().anyMatch(t -> e.type().isSubtype(t));
        }
        if (PyOps.isCallable(value) && !(value instanceof PyType)) {
            return e -> PyOps.truthy(PyOps.call(value, e));
        }
        throw Errors.typeError("expected a function, exception type or tuple of exception types");
    }

    /** The result of a split: the matching part and the rest, each null for None. */
    public record Split(PyException match, PyException rest) {
    }

    /** {@code eg.split(matcher)}. */
    public Split split(Predicate<PyException> matcher, boolean withRest) {
        return splitRecursive(this, matcher, withRest);
    }

    private static Split splitRecursive(PyException exc, Predicate<PyException> matcher, boolean withRest) {
        if (matcher.test(exc)) {
            return new Split(exc, null);
        }
        if (!(exc instanceof PyExceptionGroup group)) {
            return new Split(null, withRest ? exc : null);
        }
        List<PyException> matched = new ArrayList<>();
        List<PyException> rest = new ArrayList<>();
        for (Object item : group.exceptions.items()) {
            Split part = splitRecursive((PyException) item, matcher, withRest);
            if (part.match() != null) {
                matched.add(part.match());
            }
            if (part.rest() != null) {
                rest.add(part.rest());
            }
        }
        return new Split(group.subset(matched), withRest ? group.subset(rest) : null);
    }

    /** A group like this one holding {@code errors}: made by {@code derive}, with this one's metadata. */
    private PyException subset(List<PyException> errors) {
        if (errors.isEmpty()) {
            return null;
        }
        Object derived = PyOps.callMethod(this, "derive", PyList.of(errors.toArray()));
        if (!(derived instanceof PyExceptionGroup group)) {
            throw Errors.typeError("derive must return an instance of BaseExceptionGroup");
        }
        group.setCauseOnly(cause());
        group.setContextOnly(context());
        group.setSuppressContext(suppressContext());
        group.setTraceback(traceback());
        Object notes = dictOrNull() == null ? null : dictOrNull().getStr("__notes__");
        if (notes != null) {
            group.dict().put("__notes__", notes instanceof PyList list ? PyList.of(list.toArray()) : notes);
        }
        return group;
    }

    /**
     * What an {@code except* T} clause catches from {@code error}: the whole of it (a bare exception wrapped in an
     * {@code ExceptionGroup('', (error,))}), the matching part of a group, or nothing; and what remains.
     */
    public static Split exceptStarMatch(PyException error, Object matchType) {
        Predicate<PyException> matcher = matcher(matchType);
        if (matcher.test(error)) {
            if (error instanceof PyExceptionGroup) {
                return new Split(error, null);
            }
            PyExceptionGroup wrapped = allocate(ExcTypes.BASE_EXCEPTION_GROUP,
                    new Object[] {"", PyTuple.of(error)});
            Exceptions.baseInit(wrapped, new Object[] {"", PyTuple.of(error)}, PyCallable.NO_KWNAMES);
            wrapped.setTraceback(error.traceback());
            return new Split(wrapped, null);
        }
        if (error instanceof PyExceptionGroup group) {
            return group.split(matcher, true);
        }
        return new Split(null, error);
    }

    /**
     * The exception to re-raise after the {@code except*} clauses ran on {@code original}: {@code raised} holds
     * what each clause raised (and, last, the unmatched rest), null entries for clauses that raised nothing.
     * Exceptions re-raised unchanged keep the original group's structure; new ones are grouped in front of it.
     */
    public static PyException prepReraiseStar(PyException original, List<PyException> raised) {
        List<PyException> present = new ArrayList<>();
        for (PyException e : raised) {
            if (e != null) {
                present.add(e);
            }
        }
        if (present.isEmpty()) {
            return null;
        }
        if (!(original instanceof PyExceptionGroup group)) {
            return present.get(0);
        }
        List<PyException> newOnes = new ArrayList<>();
        Map<PyException, Boolean> keep = new IdentityHashMap<>();
        for (PyException e : present) {
            if (sameMetadata(e, original)) {
                collectLeaves(e, keep);
            } else {
                newOnes.add(e);
            }
        }
        PyException reraised = keep.isEmpty() ? null : group.split(keep::containsKey, false).match();
        if (newOnes.isEmpty()) {
            return reraised;
        }
        if (reraised != null) {
            newOnes.add(reraised);
        }
        return newOnes.size() == 1 ? newOnes.get(0) : create("", newOnes);
    }

    private static boolean sameMetadata(PyException a, PyException b) {
        return a.cause() == b.cause() && a.context() == b.context() && a.traceback().equals(b.traceback());
    }

    private static void collectLeaves(PyException e, Map<PyException, Boolean> leaves) {
        if (e instanceof PyExceptionGroup group) {
            for (Object item : group.exceptions.items()) {
                collectLeaves((PyException) item, leaves);
            }
        } else {
            leaves.put(e, Boolean.TRUE);
        }
    }
}
