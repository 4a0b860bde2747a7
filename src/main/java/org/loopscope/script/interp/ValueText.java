package org.loopscope.script.interp;

import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.Map;
import org.loopscope.engine.Future;
import org.loopscope.engine.Task;
import org.loopscope.script.runtime.BuiltinFunction;
import org.loopscope.script.runtime.Floats;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.PyInstance;
import org.loopscope.script.runtime.PyList;
import org.loopscope.script.runtime.PyMethod;
import org.loopscope.script.runtime.PyModule;
import org.loopscope.script.runtime.PyRange;
import org.loopscope.script.runtime.PySet;
import org.loopscope.script.runtime.PySingleton;
import org.loopscope.script.runtime.PyTuple;
import org.loopscope.script.runtime.PyType;
import org.loopscope.script.runtime.Strs;

/**
 * Short texts of values for a watcher (the Variables panel), made without running any of the program's code and
 * without changing anything the program could observe: no {@code __repr__} of a user class is called (an instance
 * shows as {@code <Foo object: x=1, y='a'>}, its instance attributes read from its {@code __dict__}), no object gets
 * an id (so reprs that CPython prints with an address, {@code <function f at 0x...>}, show without it:
 * {@code <function f>}), nothing is marked as retrieved. Builtin values (numbers, strings, lists, tuples, dicts, sets,
 * exceptions, ranges, classes, modules) read as CPython's repr, cut to a length with {@code …}; a string longer than
 * four times that length is cut before its repr is made.
 *
 * <p>{@link #settled} values never change and are safe to read from any thread, so their text may be made later (on
 * another thread) and is still the text they had; the text of any other value must be made on the run's thread when
 * it is looked at.
 */
public final class ValueText {

    /** How a cut text ends. */
    public static final String ELLIPSIS = "…";

    private ValueText() {
    }

    /**
     * Whether {@code value} is immutable and its text depends on nothing else (None, bools, ints, floats, strings):
     * its text made at any later time, on any thread, is the text it has now.
     */
    public static boolean settled(Object value) {
        return value == null || value instanceof Long || value instanceof String || value instanceof Double
                || value instanceof Boolean || value instanceof BigInteger || value instanceof PySingleton;
    }

    /** Whether {@code value} is a definition rather than data: a module, function, class or builtin function. */
    public static boolean definition(Object value) {
        return value instanceof PyModule || value instanceof PyFunction || value instanceof PyType
                || value instanceof BuiltinFunction;
    }

    /** The name of {@code value}'s class ({@code int}, {@code list}, {@code Foo}). */
    public static String typeName(Object value) {
        return Py.typeName(value);
    }

    /** The text of {@code value}, at most {@code cap} characters (a longer one is cut and ends in {@code …}). */
    public static String of(Object value, int cap) {
        Writer writer = new Writer(Math.max(4, cap));
        writer.write(value);
        return writer.text();
    }

    /** Builds one text, stopping early once it is longer than the cap. */
    private static final class Writer {
        private final StringBuilder out = new StringBuilder();
        private final int cap;
        private final Map<Object, Boolean> open = new IdentityHashMap<>();

        Writer(int cap) {
            this.cap = cap;
        }

        String text() {
            if (out.length() <= cap) {
                return out.toString();
            }
            int end = cap - 1;
            if (Character.isHighSurrogate(out.charAt(end - 1))) {
                end--;
            }
            return out.substring(0, end) + ELLIPSIS;
        }

        private boolean full() {
            return out.length() > cap;
        }

        void write(Object value) {
            if (full()) {
                return;
            }
            if (value == null || value == Py.NONE) {
                out.append("None");
            } else if (value instanceof Boolean b) {
                out.append(b ? "True" : "False");
            } else if (value instanceof Long || value instanceof PySingleton) {
                out.append(value);
            } else if (value instanceof Double d) {
                out.append(Floats.repr(d));
            } else if (value instanceof BigInteger big) {
                // CPython refuses to print ints over 4300 digits; a digit count says as much as the digits.
                out.append(big.bitLength() > 14_000 ? "<int of about " + (int) (big.bitLength() * 0.30103) + " digits>"
                        : big.toString());
            } else if (value instanceof String s) {
                out.append(Strs.repr(s.length() > 4 * cap ? s.substring(0, 2 * cap) : s));
            } else if (value instanceof PyList || value instanceof PyTuple || value instanceof PyDict
                    || value instanceof PySet) {
                container(value);
            } else {
                other(value);
            }
        }

        private void container(Object value) {
            if (open.containsKey(value)) {
                out.append(value instanceof PyList ? "[...]" : value instanceof PyTuple ? "(...)"
                        : value instanceof PyDict ? "{...}" : "set(...)");
                return;
            }
            open.put(value, Boolean.TRUE);
            try {
                if (value instanceof PyList list) {
                    items(list.toArray(), "[", "]");
                } else if (value instanceof PyTuple tuple) {
                    if (tuple.size() == 1) {
                        out.append('(');
                        write(tuple.get(0));
                        out.append(",)");
                    } else {
                        items(tuple.items(), "(", ")");
                    }
                } else if (value instanceof PyDict dict) {
                    out.append('{');
                    boolean first = true;
                    for (int e = dict.next(0); e >= 0 && !full(); e = dict.next(e + 1)) {
                        out.append(first ? "" : ", ");
                        first = false;
                        write(dict.keyAt(e));
                        out.append(": ");
                        write(dict.valueAt(e));
                    }
                    out.append('}');
                } else {
                    set((PySet) value);
                }
            } finally {
                open.remove(value);
            }
        }

        private void set(PySet set) {
            if (set.size() == 0) {
                out.append(set.frozen() ? "frozenset()" : "set()");
                return;
            }
            out.append(set.frozen() ? "frozenset({" : "{");
            boolean first = true;
            for (int e = set.next(0); e >= 0 && !full(); e = set.next(e + 1)) {
                out.append(first ? "" : ", ");
                first = false;
                write(set.keyAt(e));
            }
            out.append(set.frozen() ? "})" : "}");
        }

        private void items(Object[] items, String left, String right) {
            out.append(left);
            for (int i = 0; i < items.length && !full(); i++) {
                out.append(i > 0 ? ", " : "");
                write(items[i]);
            }
            out.append(right);
        }

        private void other(Object value) {
            if (value instanceof PyException error) {
                out.append(error.type().name());
                items(error.args().items(), "(", ")");
            } else if (value instanceof PyInstance instance && !instance.type().isBuiltin()) {
                instance(instance);
            } else if (value instanceof PyType || value instanceof PyModule || value instanceof PyRange
                    || value instanceof BuiltinFunction) {
                out.append(value);
            } else if (value instanceof PyFunction function) {
                out.append("<function ").append(function.qualname).append('>');
            } else if (value instanceof PyMethod method) {
                out.append("<bound method ");
                Object function = method.function();
                out.append(function instanceof PyFunction f ? f.qualname : typeName(function)).append(" of ");
                write(method.self());
                out.append('>');
            } else if (value instanceof GenBase gen) {
                out.append('<').append(gen.kind()).append(" object ").append(gen.qualname).append('>');
            } else if (value instanceof Task task) {
                out.append("<Task ").append(state(task)).append(" name=");
                write(task.getName());
                out.append(" coro=<").append(task.getCoro().describe()).append(">>");
            } else if (value instanceof Future future) {
                out.append("<").append(typeName(future)).append(' ').append(state(future)).append('>');
            } else {
                out.append('<').append(typeName(value)).append(" object>");
            }
        }

        private void instance(PyInstance instance) {
            out.append('<').append(instance.type().qualname()).append(" object");
            PyDict attributes = instance.dictOrNull();
            if (attributes != null && attributes.size() > 0) {
                out.append(": ");
                boolean first = true;
                for (int e = attributes.next(0); e >= 0 && !full(); e = attributes.next(e + 1)) {
                    out.append(first ? "" : ", ");
                    first = false;
                    Object key = attributes.keyAt(e);
                    out.append(key instanceof String s ? s : "?").append('=');
                    write(attributes.valueAt(e));
                }
            }
            out.append('>');
        }

        private static String state(Future future) {
            return future.cancelled() ? "cancelled" : future.done() ? "finished" : "pending";
        }
    }
}
