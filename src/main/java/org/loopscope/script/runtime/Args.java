package org.loopscope.script.runtime;

import java.util.Arrays;

/**
 * Argument checking for builtins, with CPython's messages for each family of builtin (METH_O functions,
 * positional-only Argument Clinic functions, functions with keywords).
 */
final class Args {

    static final Object[] NONE = new Object[0];

    private Args() {
    }

    /** How many keyword arguments a vectorcall carries. */
    static int kwCount(String[] kwnames) {
        return kwnames == null ? 0 : kwnames.length;
    }

    /** Positional count of a vectorcall. */
    static int positionalCount(Object[] args, String[] kwnames) {
        return args.length - kwCount(kwnames);
    }

    /** {@code name() takes no keyword arguments} unless there are none. */
    static void noKeywords(String name, String[] kwnames) {
        if (kwCount(kwnames) > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
    }

    /** A METH_O builtin: exactly one positional argument ({@code len() takes exactly one argument (2 given)}). */
    static Object one(String name, Object[] args, String[] kwnames) {
        noKeywords(name, kwnames);
        if (args.length != 1) {
            throw Errors.typeError(name + "() takes exactly one argument (" + args.length + " given)");
        }
        return args[0];
    }

    /** A METH_NOARGS builtin. */
    static void none(String name, Object[] args, String[] kwnames) {
        noKeywords(name, kwnames);
        if (args.length != 0) {
            throw Errors.typeError(name + "() takes no arguments (" + args.length + " given)");
        }
    }

    /**
     * A positional-only clinic builtin with {@code min..max} arguments and no keywords:
     * {@code divmod expected 2 arguments, got 1}, {@code getattr expected at least 2 arguments, got 1}.
     */
    static void positional(String name, Object[] args, String[] kwnames, int min, int max) {
        noKeywords(name, kwnames);
        checkCount(name, args.length, min, max);
    }

    static void checkCount(String name, int n, int min, int max) {
        if (n >= min && n <= max) {
            return;
        }
        String bound;
        int limit;
        if (min == max) {
            bound = "";
            limit = min;
        } else if (n < min) {
            bound = "at least ";
            limit = min;
        } else {
            bound = "at most ";
            limit = max;
        }
        throw Errors.typeError(name + " expected " + bound + limit + " argument" + (limit == 1 ? "" : "s")
                + ", got " + n);
    }

    /**
     * A builtin with named parameters, as Argument Clinic parses them. {@code names} lists the parameters in order;
     * the first {@code positionalOnly} cannot be given by keyword, parameters from {@code keywordOnly} on cannot be
     * given by position, and the first {@code required} are required. Missing optional ones are null.
     */
    record Spec(String function, String[] names, int positionalOnly, int keywordOnly, int required) {

        static Spec of(String function, int positionalOnly, int keywordOnly, int required, String... names) {
            return new Spec(function, names, positionalOnly, keywordOnly, required);
        }

        Object[] parse(Object[] args, String[] kwnames) {
            int kw = kwCount(kwnames);
            int positional = args.length - kw;
            Object[] bound = new Object[names.length];
            if (positional > keywordOnly) {
                if (keywordOnly == 0) {
                    throw Errors.typeError(function + "() takes no positional arguments");
                }
                String what = keywordOnly < names.length ? " positional argument" : " argument";
                throw Errors.typeError(function + "() takes at most " + keywordOnly + what
                        + (keywordOnly == 1 ? "" : "s") + " (" + positional + " given)");
            }
            System.arraycopy(args, 0, bound, 0, positional);
            for (int k = 0; k < kw; k++) {
                String key = kwnames[k];
                int index = Arrays.asList(names).indexOf(key);
                if (index < positionalOnly) {
                    throw Errors.typeError("'" + key + "' is an invalid keyword argument for " + function + "()");
                }
                if (bound[index] != null) {
                    throw Errors.typeError("argument for " + function + "() given by name ('" + key
                            + "') and position (" + (index + 1) + ")");
                }
                bound[index] = args[positional + k];
            }
            for (int i = 0; i < required; i++) {
                if (bound[i] == null) {
                    if (i < positionalOnly) {
                        throw Errors.typeError(function + "() takes at least " + required + " positional argument"
                                + (required == 1 ? "" : "s") + " (" + positional + " given)");
                    }
                    throw Errors.typeError(function + "() missing required argument '" + names[i] + "' (pos "
                            + (i + 1) + ")");
                }
            }
            return bound;
        }
    }

    /** The positional part of a vectorcall. */
    static Object[] positionalOnly(Object[] args, String[] kwnames) {
        int kw = kwCount(kwnames);
        return kw == 0 ? args : Arrays.copyOf(args, args.length - kw);
    }

    /** {@code args} with {@code first} in front. */
    static Object[] prepend(Object first, Object[] args) {
        Object[] result = new Object[args.length + 1];
        result[0] = first;
        System.arraycopy(args, 0, result, 1, args.length);
        return result;
    }

    /** {@code args} without its first element. */
    static Object[] rest(Object[] args) {
        return Arrays.copyOfRange(args, 1, args.length);
    }
}
