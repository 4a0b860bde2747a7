package org.loopscope.script.interp;

import org.loopscope.script.compile.CodeObject;
import org.loopscope.script.runtime.BuiltinFunction;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyList;
import org.loopscope.script.runtime.PyOps;

/**
 * The builtins that need the VM: {@code globals()}, {@code locals()}, {@code dir()} and {@code vars()} without
 * argument read the calling frame; {@code next()} keeps a generator's return value in its StopIteration;
 * {@code aiter()} and {@code anext()}.
 */
final class FrameBuiltins {

    private FrameBuiltins() {
    }

    static void install(Interpreter in, PyDict builtins) {
        Evaluation.install(in, builtins);
        builtins.put("__import__", new BuiltinFunction("__import__", (a, k) -> dunderImport(in, a, k)));
        builtins.put("globals", new BuiltinFunction("globals", (a, k) -> {
            Native.noArgs("globals", a, k);
            return in.frame.globals;
        }));
        builtins.put("locals", new BuiltinFunction("locals", (a, k) -> {
            Native.noArgs("locals", a, k);
            return locals(in.frame);
        }));
        Object runtimeDir = builtins.getStr("dir");
        builtins.put("dir", new BuiltinFunction("dir", (a, k) -> {
            if (a.length == 0 && (k == null || k.length == 0)) {
                PyList names = PyList.from(locals(in.frame));
                PyOps.callMethod(names, "sort");
                return names;
            }
            return PyOps.call(runtimeDir, a, k);
        }));
        Object runtimeVars = builtins.getStr("vars");
        builtins.put("vars", new BuiltinFunction("vars", (a, k) -> {
            if (a.length == 0 && (k == null || k.length == 0)) {
                return locals(in.frame);
            }
            return PyOps.call(runtimeVars, a, k);
        }));
        Object runtimeNext = builtins.getStr("next");
        builtins.put("next", new BuiltinFunction("next", (a, k) -> {
            if (a.length >= 1 && a[0] instanceof PyGenerator gen && (k == null || k.length == 0)) {
                if (a.length > 2) {
                    throw Errors.typeError("next expected at most 2 arguments, got " + a.length);
                }
                Object r = gen.resumeFrame(org.loopscope.script.runtime.Py.NONE, null);
                if (r == Eval.SUSPENDED) {
                    return gen.frame.yielded;
                }
                if (a.length == 2) {
                    return a[1];
                }
                throw Errors.stopIteration(r);
            }
            return PyOps.call(runtimeNext, a, k);
        }));
        builtins.put("aiter", new BuiltinFunction("aiter", (a, k) -> Awaiting.getAiter(Native.oneArg("aiter", a, k))));
        builtins.put("anext", new BuiltinFunction("anext", (a, k) -> {
            if (k != null && k.length > 0) {
                throw Errors.typeError("anext() takes no keyword arguments");
            }
            if (a.length < 1 || a.length > 2) {
                throw Errors.typeError(a.length == 0 ? "anext expected at least 1 argument, got 0"
                        : "anext expected at most 2 arguments, got " + a.length);
            }
            if (!(a[0] instanceof PyAsyncGenerator)
                    && org.loopscope.script.runtime.Py.type(a[0]).lookup("__anext__") == null) {
                throw Errors.typeError("'" + org.loopscope.script.runtime.Py.typeName(a[0])
                        + "' object is not an async iterator");
            }
            return a.length == 2 ? new AnextAwaitable(a[0], a[1]) : Awaiting.getAnext(in, a[0]);
        }));
    }

    /** {@code __import__(name, globals=None, locals=None, fromlist=(), level=0)}: the same imports as statements. */
    private static Object dunderImport(Interpreter in, Object[] a, String[] k) {
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - nkw;
        Object[] v = new Object[5];
        String[] names = {"name", "globals", "locals", "fromlist", "level"};
        System.arraycopy(a, 0, v, 0, Math.min(npos, 5));
        for (int i = 0; i < nkw; i++) {
            int at = java.util.Arrays.asList(names).indexOf(k[i]);
            if (at < 0) {
                throw Errors.typeError("__import__() got an unexpected keyword argument '" + k[i] + "'");
            }
            v[at] = a[npos + i];
        }
        if (npos > 5) {
            throw Errors.typeError("__import__() takes at most 5 arguments (" + npos + " given)");
        }
        if (!(v[0] instanceof String name)) {
            throw Errors.typeError(v[0] == null ? "__import__() missing required argument 'name' (pos 1)"
                    : "__import__() argument 1 must be str, not " + org.loopscope.script.runtime.Py.typeName(v[0]));
        }
        java.util.List<String> from = new java.util.ArrayList<>();
        if (v[3] != null && !org.loopscope.script.runtime.Py.isNone(v[3])) {
            Object it = PyOps.iter(v[3]);
            for (Object x = PyOps.next(it); x != org.loopscope.script.runtime.PyIterator.STOP; x = PyOps.next(it)) {
                from.add(PyOps.str(x));
            }
        }
        return in.imports.importName(name, from.toArray(new String[0]), v[4] == null ? 0L : v[4]);
    }

    /** {@code locals()}: the namespace of a module or class body, or a snapshot of a function's variables. */
    static PyDict locals(Frame f) {
        if (f.locals != null) {
            return f.locals;
        }
        PyDict d = new PyDict();
        CodeObject code = f.code;
        String[] names = code.localNames();
        for (int i = 0; i < names.length; i++) {
            Object v = f.fast[i];
            if (v instanceof PyCell cell) {
                v = cell.value;
            }
            if (v != null) {
                d.put(names[i], v);
            }
        }
        return d;
    }
}
