package org.loopscope.script.modules.aiohttp;

import java.util.Map;
import org.loopscope.engine.Coroutine;
import org.loopscope.engine.Resumption;
import org.loopscope.script.interp.Native;
import org.loopscope.script.modules.ModuleSupport;
import org.loopscope.script.modules.Signature;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PyType;

/**
 * aiohttp's {@code ClientTimeout(total=None, connect=None, sock_read=None, sock_connect=None, ceil_threshold=5)}
 * (an attrs record: that repr, equality by fields, read-only fields) and the session default
 * {@code ClientTimeout(total=300)}; also {@code helpers.noop}, the awaitable that {@code release()} and
 * {@code TCPConnector.close()} return, which yields to the loop once when awaited.
 */
final class Timeouts {

    private static final Signature NEW = Signature.of(
            "ClientTimeout(total=None, connect=None, sock_read=None, sock_connect=None, ceil_threshold=5)");
    private static final String[] FIELDS = {"total", "connect", "sock_read", "sock_connect", "ceil_threshold"};

    private Timeouts() {
    }

    /** One ClientTimeout: the Python values as given, for its repr, and their seconds. */
    static final class Timeout extends PyObject {
        final Object[] values;

        Timeout(Object[] values) {
            this.values = values;
        }

        Double seconds(int field) {
            return ModuleSupport.seconds(values[field], true);
        }

        Double total() {
            return seconds(0);
        }

        Double connect() {
            return seconds(1);
        }

        Double sockRead() {
            return seconds(2);
        }

        double ceilThreshold() {
            return seconds(4);
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder("ClientTimeout(");
            for (int i = 0; i < FIELDS.length; i++) {
                out.append(i > 0 ? ", " : "").append(FIELDS[i]).append('=').append(PyOps.repr(values[i]));
            }
            return out.append(')').toString();
        }
    }

    static final PyType TYPE = Native.newType("ClientTimeout", "aiohttp.client", null, Timeouts::methods);

    /** {@code DEFAULT_TIMEOUT}: five minutes in all. */
    static final Timeout DEFAULT = make(new Object[] {Py.integer(300), Py.NONE, Py.NONE, Py.NONE, Py.integer(5)});

    private static Timeout make(Object[] values) {
        for (int i = 0; i < values.length; i++) {
            ModuleSupport.seconds(values[i], i < 4);
        }
        return new Timeout(values);
    }

    /** {@code ClientTimeout(total=n)}, as a request's plain-number timeout means. */
    static Timeout ofTotal(Object total) {
        return make(new Object[] {total, Py.NONE, Py.NONE, Py.NONE, Py.integer(5)});
    }

    private static void methods(Map<String, Object> ns) {
        for (int i = 0; i < FIELDS.length; i++) {
            int field = i;
            Native.attribute(ns, "ClientTimeout", FIELDS[i], s -> ((Timeout) s).values[field], null);
        }
        Native.method(ns, "ClientTimeout", "__eq__", (s, a, k) -> {
            if (!(a[0] instanceof Timeout other)) {
                return Py.NOT_IMPLEMENTED;
            }
            for (int i = 0; i < FIELDS.length; i++) {
                if (!PyOps.eqBool(((Timeout) s).values[i], other.values[i])) {
                    return false;
                }
            }
            return true;
        });
        Native.method(ns, "ClientTimeout", "__hash__", (s, a, k) ->
                Py.integer(PyOps.hash(org.loopscope.script.runtime.PyTuple.of(((Timeout) s).values))));
        ns.put("__new__", ModuleSupport.constructor((cls, a, k) -> {
            Object[] v = NEW.bind(a, k);
            Object[] values = new Object[FIELDS.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = v[i] == null ? (i == 4 ? Py.integer(5) : Py.NONE) : v[i];
            }
            return make(values);
        }));
    }

    /** {@code helpers.noop()}: awaiting it yields to the loop once, then gives None. */
    static Object noop() {
        return new Noop();
    }

    private static final class Noop extends PyObject implements Coroutine {
        static final PyType NOOP = Native.newType("noop", "aiohttp.helpers", null, ns -> { });
        private boolean yielded;

        @Override
        public PyType type() {
            return NOOP;
        }

        @Override
        public Resumption send(Object value) {
            if (!yielded) {
                yielded = true;
                return Resumption.YIELD;
            }
            return Resumption.done(Py.NONE);
        }

        @Override
        public Resumption throwInto(RuntimeException error) {
            throw error;
        }

        @Override
        public void close() {
        }

        @Override
        public String qualifiedName() {
            return "noop.__await__";
        }

        @Override
        public String describe() {
            return "noop.__await__()";
        }
    }
}
