package org.loopscope.script.modules;

import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.Map;
import org.loopscope.script.interp.Interpreter;
import org.loopscope.script.interp.Tracebacks;
import org.loopscope.script.runtime.BuiltinFunction;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyCallable;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyStaticMethod;
import org.loopscope.script.runtime.PyType;

/**
 * Helpers the simulated third-party modules ({@code aiohttp}, {@code aiomultiprocess}) share with the standard
 * ones: classes whose calls make Java objects, module functions, numbers of seconds, and the run's traceback
 * printer.
 */
public final class ModuleSupport {

    /**
     * The simulated machine's {@code os.cpu_count()}: fixed, so runs repeat; the default executor's thread count
     * and the workers of {@code aiomultiprocess.Pool()} follow from it as in CPython.
     */
    public static final int CPU_COUNT = 2;

    private ModuleSupport() {
    }

    /** How calling a class makes its instance: {@code cls} is the class called (a subclass, maybe). */
    @FunctionalInterface
    public interface Maker {
        Object make(PyType cls, Object[] args, String[] kwnames);
    }

    /** A {@code __new__} for a class namespace: calling the class gives what {@code maker} makes. */
    public static Object constructor(Maker maker) {
        return new PyStaticMethod(new BuiltinFunction("__new__", (args, kw) -> {
            PyType cls = (PyType) args[0];
            Object[] rest = new Object[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return maker.make(cls, rest, kw);
        }));
    }

    /** Puts a module-level function into a module's namespace. */
    public static void function(PyDict d, String name, PyCallable impl) {
        d.put(name, new BuiltinFunction(name, impl));
    }

    /** Where {@code Signature.of(spec).bind(...)} puts the parameter {@code name}. */
    public static int param(String spec, String name) {
        String body = spec.substring(spec.indexOf('(') + 1, spec.lastIndexOf(')'));
        int index = 0;
        for (String part : body.split(",")) {
            String p = part.strip();
            if (p.equals("*")) {
                continue;
            }
            int eq = p.indexOf('=');
            String n = (eq < 0 ? p : p.substring(0, eq)).strip().replace("*", "");
            if (n.equals(name)) {
                return index;
            }
            index++;
        }
        throw new IllegalArgumentException(name + " is not a parameter of " + spec);
    }

    /** {@code func(*args, **kwargs)}: {@code args} any iterable (or None), {@code kwargs} a dict (or None). */
    public static Object callWith(Object func, Object args, Object kwargs) {
        java.util.List<Object> values = new java.util.ArrayList<>();
        if (args != null && !Py.isNone(args)) {
            Object it = org.loopscope.script.runtime.PyOps.iter(args);
            for (Object v = org.loopscope.script.runtime.PyOps.next(it);
                 v != org.loopscope.script.runtime.PyIterator.STOP; v = org.loopscope.script.runtime.PyOps.next(it)) {
                values.add(v);
            }
        }
        java.util.List<String> names = new java.util.ArrayList<>();
        if (kwargs instanceof PyDict d) {
            for (int p = d.next(0); p >= 0; p = d.next(p + 1)) {
                names.add(org.loopscope.script.runtime.PyOps.str(d.keyAt(p)));
                values.add(d.valueAt(p));
            }
        }
        return org.loopscope.script.runtime.PyOps.call(func, values.toArray(),
                names.isEmpty() ? null : names.toArray(new String[0]));
    }

    /** A number of seconds, or null for None when {@code optional}; TypeError for anything else. */
    public static Double seconds(Object value, boolean optional) {
        return AsyncioState.seconds(value, optional);
    }

    /** An int argument, or TypeError as CPython reports a non-integer. */
    public static long integer(Object value) {
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof BigInteger b) {
            return b.longValue();
        }
        throw Errors.typeError("'" + Py.typeName(value) + "' object cannot be interpreted as an integer");
    }

    /** The run's printer of tracebacks as CPython writes them on stderr (known once the run has started). */
    public static Tracebacks tracebacks(Interpreter interp) {
        return interp.extension(Printers.class, i -> new Printers()).byInterp.get(interp);
    }

    /** Remembers the run's traceback printer (the one the loop's logger uses). */
    static void rememberTracebacks(Interpreter interp, Tracebacks tracebacks) {
        interp.extension(Printers.class, i -> new Printers()).byInterp.put(interp, tracebacks);
    }

    private static final class Printers {
        final Map<Interpreter, Tracebacks> byInterp = new IdentityHashMap<>();
    }
}
