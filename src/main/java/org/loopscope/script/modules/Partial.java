package org.loopscope.script.modules;

import java.util.ArrayList;
import java.util.List;
import org.loopscope.script.interp.Native;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.HasDict;
import org.loopscope.script.runtime.PyCallable;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PyTuple;
import org.loopscope.script.runtime.PyType;

/** {@code functools.partial(func, *args, **keywords)}: calls {@code func} with the stored arguments first. */
final class Partial extends PyObject implements PyCallable, HasDict {

    static final PyType TYPE = Native.newType("partial", "functools", null, ns -> {
        Native.attribute(ns, "partial", "func", p -> ((Partial) p).func, null);
        Native.attribute(ns, "partial", "args", p -> PyTuple.of(((Partial) p).args.clone()), null);
        Native.attribute(ns, "partial", "keywords", p -> ((Partial) p).keywords, null);
        ns.put("__new__", new org.loopscope.script.runtime.PyStaticMethod(
                new org.loopscope.script.runtime.BuiltinFunction("__new__", Partial::make)));
    });

    final Object func;
    final Object[] args;
    final PyDict keywords;
    private PyDict dict;

    private Partial(Object func, Object[] args, PyDict keywords) {
        this.func = func;
        this.args = args;
        this.keywords = keywords;
    }

    private static Object make(Object[] all, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = all.length - nkw;
        if (npos < 2) {
            throw Errors.typeError("type 'partial' takes at least one argument");
        }
        Object func = all[1];
        if (!PyOps.isCallable(func)) {
            throw Errors.typeError("the first argument must be callable");
        }
        Object[] args = new Object[npos - 2];
        System.arraycopy(all, 2, args, 0, args.length);
        PyDict keywords = new PyDict();
        if (func instanceof Partial inner) {
            Object[] merged = new Object[inner.args.length + args.length];
            System.arraycopy(inner.args, 0, merged, 0, inner.args.length);
            System.arraycopy(args, 0, merged, inner.args.length, args.length);
            args = merged;
            keywords.putAll(inner.keywords);
            func = inner.func;
        }
        for (int k = 0; k < nkw; k++) {
            keywords.put(kwnames[k], all[npos + k]);
        }
        return new Partial(func, args, keywords);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public Object call(Object[] callArgs, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = callArgs.length - nkw;
        PyDict kw = keywords.copy();
        for (int k = 0; k < nkw; k++) {
            kw.put(kwnames[k], callArgs[npos + k]);
        }
        List<Object> values = new ArrayList<>(List.of(args));
        for (int i = 0; i < npos; i++) {
            values.add(callArgs[i]);
        }
        String[] names = new String[kw.size()];
        int i = 0;
        for (int e = kw.next(0); e >= 0; e = kw.next(e + 1)) {
            names[i++] = (String) kw.keyAt(e);
            values.add(kw.valueAt(e));
        }
        return PyOps.call(func, values.toArray(), names);
    }

    @Override
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public PyDict dictOrNull() {
        return dict;
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        parts.add(PyOps.repr(func));
        for (Object a : args) {
            parts.add(PyOps.repr(a));
        }
        for (int e = keywords.next(0); e >= 0; e = keywords.next(e + 1)) {
            parts.add(keywords.keyAt(e) + "=" + PyOps.repr(keywords.valueAt(e)));
        }
        return "functools.partial(" + String.join(", ", parts) + ")";
    }
}
