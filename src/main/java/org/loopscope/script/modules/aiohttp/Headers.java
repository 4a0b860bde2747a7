package org.loopscope.script.modules.aiohttp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.loopscope.script.interp.Native;
import org.loopscope.script.modules.Signature;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyList;
import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PyTuple;
import org.loopscope.script.runtime.PyType;

/**
 * multidict's {@code CIMultiDictProxy}, the read-only headers of a response: names compare without case, a name
 * may repeat, the order is the server's; {@code headers['Content-Type']}, {@code get}, {@code getall},
 * {@code getone}, {@code in}, {@code len}, iteration over names, {@code keys()}/{@code values()}/{@code items()}
 * (as lists), and multidict's repr {@code <CIMultiDictProxy('Content-Type': 'application/json', ...)>}.
 */
final class Headers extends PyObject {

    static final PyType TYPE = Native.newType("CIMultiDictProxy", "multidict._multidict", null, Headers::methods);

    private static final Signature GET = Signature.of("get(key, default=None)");
    private static final Signature GETALL = Signature.of("getall(key, default=)");

    /** The name/value pairs, in order. */
    final List<String[]> pairs;

    Headers(List<String[]> pairs) {
        this.pairs = List.copyOf(pairs);
    }

    /** The first value of {@code name}, or null. */
    String first(String name) {
        for (String[] p : pairs) {
            if (p[0].equalsIgnoreCase(name)) {
                return p[1];
            }
        }
        return null;
    }

    private List<Object> all(String name) {
        List<Object> values = new ArrayList<>();
        for (String[] p : pairs) {
            if (p[0].equalsIgnoreCase(name)) {
                values.add(p[1]);
            }
        }
        return values;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("<CIMultiDictProxy(");
        for (int i = 0; i < pairs.size(); i++) {
            out.append(i > 0 ? ", " : "").append('\'').append(pairs.get(i)[0]).append("': ")
                    .append(PyOps.repr(pairs.get(i)[1]));
        }
        return out.append(")>").toString();
    }

    private static Headers self(Object o) {
        return (Headers) o;
    }

    private static String key(Object k) {
        if (!(k instanceof String s)) {
            throw Errors.typeError("MultiDict keys should be either str or subclasses of str");
        }
        return s.toLowerCase(Locale.ROOT);
    }

    private static void methods(Map<String, Object> ns) {
        String owner = "CIMultiDictProxy";
        Native.method(ns, owner, "__getitem__", (s, a, k) -> {
            Object name = Native.oneArg("__getitem__", a, k);
            String value = self(s).first(key(name));
            if (value == null) {
                throw Errors.keyError(name);
            }
            return value;
        });
        Native.method(ns, owner, "get", (s, a, k) -> {
            Object[] v = GET.bind(a, k);
            String value = self(s).first(key(v[0]));
            return value != null ? value : v[1] == null ? Py.NONE : v[1];
        });
        Native.method(ns, owner, "getone", (s, a, k) -> {
            Object[] v = GETALL.bind(a, k);
            String value = self(s).first(key(v[0]));
            if (value != null) {
                return value;
            }
            if (v[1] != null) {
                return v[1];
            }
            throw Errors.keyError("Key not found: '" + v[0] + "'");
        });
        Native.method(ns, owner, "getall", (s, a, k) -> {
            Object[] v = GETALL.bind(a, k);
            List<Object> values = self(s).all(key(v[0]));
            if (!values.isEmpty()) {
                return PyList.of(values.toArray());
            }
            if (v[1] != null) {
                return v[1];
            }
            throw Errors.keyError("Key not found: '" + v[0] + "'");
        });
        Native.method(ns, owner, "__contains__", (s, a, k) -> {
            Object name = Native.oneArg("__contains__", a, k);
            return name instanceof String n && self(s).first(n) != null;
        });
        Native.method(ns, owner, "__len__", (s, a, k) -> Py.integer(self(s).pairs.size()));
        Native.method(ns, owner, "keys", (s, a, k) -> column(self(s), 0));
        Native.method(ns, owner, "values", (s, a, k) -> column(self(s), 1));
        Native.method(ns, owner, "__iter__", (s, a, k) -> PyOps.iter(column(self(s), 0)));
        Native.method(ns, owner, "items", (s, a, k) -> {
            PyList items = new PyList();
            for (String[] p : self(s).pairs) {
                items.append(PyTuple.of(p[0], p[1]));
            }
            return items;
        });
    }

    private static PyList column(Headers h, int index) {
        PyList out = new PyList();
        for (String[] p : h.pairs) {
            out.append(p[index]);
        }
        return out;
    }
}
