package org.loopscope.script.modules;

import org.loopscope.script.interp.Interpreter;
import org.loopscope.script.interp.Native;
import org.loopscope.script.runtime.BuiltinFunction;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.ExcTypes;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyList;
import org.loopscope.script.runtime.PyModule;
import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PyTuple;
import org.loopscope.script.runtime.PyType;
import org.loopscope.script.runtime.CmpOp;

/**
 * The {@code sys} module: {@code exit}, {@code version_info}, the standard streams, {@code argv}, the recursion
 * limit, {@code exc_info()}/{@code exception()}.
 */
final class SysModule {

    private SysModule() {
    }

    static PyModule create(Interpreter interp, String scriptPath) {
        PyModule module = new PyModule("sys", null);
        PyDict d = module.dict();
        d.put("exit", new BuiltinFunction("exit", (a, k) -> {
            if (k != null && k.length > 0) {
                throw Errors.typeError("exit() takes no keyword arguments");
            }
            if (a.length > 1) {
                throw Errors.typeError("exit expected at most 1 argument, got " + a.length);
            }
            throw Errors.of(ExcTypes.SYSTEM_EXIT, a);
        }));
        d.put("version_info", new VersionInfo());
        d.put("version", "3.11.7 (main, loopscope) [Java]");
        d.put("hexversion", Py.integer(0x030b07f0L));
        d.put("platform", "linux");
        d.put("byteorder", "little");
        d.put("maxsize", Py.integer(Long.MAX_VALUE));
        d.put("stdout", interp.context().stdout());
        d.put("stderr", interp.context().stderr());
        d.put("__stdout__", interp.context().stdout());
        d.put("__stderr__", interp.context().stderr());
        d.put("argv", PyList.of(scriptPath));
        d.put("getrecursionlimit", new BuiltinFunction("getrecursionlimit", (a, k) -> {
            Native.noArgs("getrecursionlimit", a, k);
            return Py.integer(interp.recursionLimit());
        }));
        d.put("setrecursionlimit", new BuiltinFunction("setrecursionlimit", (a, k) -> {
            Object n = Native.oneArg("setrecursionlimit", a, k);
            if (!(n instanceof Long) && !(n instanceof java.math.BigInteger) && !(n instanceof Boolean)) {
                throw Errors.typeError("'" + Py.typeName(n) + "' object cannot be interpreted as an integer");
            }
            interp.setRecursionLimit(PyOps.asLong(n));
            return Py.NONE;
        }));
        d.put("exc_info", new BuiltinFunction("exc_info", (a, k) -> {
            Native.noArgs("exc_info", a, k);
            org.loopscope.script.runtime.PyException e = interp.handledException();
            return e == null ? PyTuple.of(Py.NONE, Py.NONE, Py.NONE)
                    : PyTuple.of(e.type(), e, PyOps.getattr(e, "__traceback__"));
        }));
        d.put("exception", new BuiltinFunction("exception", (a, k) -> {
            Native.noArgs("exception", a, k);
            return Py.nn(interp.handledException());
        }));
        d.put("modules", interp.sysModules());
        return module;
    }

    /** {@code sys.version_info}: a named tuple of (3, 11, 7, 'final', 0). */
    static final class VersionInfo extends PyObject {
        private static final PyTuple VALUE = PyTuple.of(3L, 11L, 7L, "final", 0L);
        private static final String[] FIELDS = {"major", "minor", "micro", "releaselevel", "serial"};

        static final PyType TYPE = Native.newType("version_info", "sys", null, ns -> {
            for (int i = 0; i < FIELDS.length; i++) {
                int index = i;
                Native.attribute(ns, "version_info", FIELDS[i], s -> VALUE.get(index), null);
            }
            Native.method(ns, "version_info", "__getitem__", (s, a, k) -> PyOps.getitem(VALUE, a[0]));
            Native.method(ns, "version_info", "__len__", (s, a, k) -> Py.integer(5));
            Native.method(ns, "version_info", "__iter__", (s, a, k) -> PyOps.iter(VALUE));
            Native.method(ns, "version_info", "__hash__", (s, a, k) -> Py.integer(PyOps.hash(VALUE)));
            for (CmpOp op : CmpOp.values()) {
                Native.method(ns, "version_info", op.dunder(), (s, a, k) -> PyOps.compare(VALUE,
                        a[0] instanceof VersionInfo ? VALUE : a[0], op));
            }
        });

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public String toString() {
            return "sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)";
        }
    }
}
