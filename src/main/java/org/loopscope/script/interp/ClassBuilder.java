package org.loopscope.script.interp;

import java.util.LinkedHashMap;
import java.util.Map;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyCallable;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PyTuple;
import org.loopscope.script.runtime.PyType;
import org.loopscope.script.runtime.Types;

/**
 * {@code __build_class__(func, name, *bases, **kwds)}: runs the class body with a fresh namespace, makes the class
 * (with {@code type}, or the metaclass given) and fills the {@code __class__} cell that {@code super()} reads.
 */
final class ClassBuilder {

    private ClassBuilder() {
    }

    static Object build(Interpreter in, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos < 1) {
            throw Errors.typeError("__build_class__: not enough arguments");
        }
        if (!(args[0] instanceof PyFunction body)) {
            throw Errors.typeError("__build_class__: func must be a function");
        }
        if (npos < 2 || !(args[1] instanceof String name)) {
            throw Errors.typeError("__build_class__: name is not a string");
        }
        Object[] bases = new Object[npos - 2];
        System.arraycopy(args, 2, bases, 0, bases.length);
        Object metaclass = null;
        for (int k = 0; k < nkw; k++) {
            if (kwnames[k].equals("metaclass")) {
                metaclass = args[npos + k];
            }
        }
        PyDict ns = new PyDict();
        Frame frame = new Frame(body.code, body.globals, in.builtins, ns);
        frame.initCells(body.closure);
        Object cell = Eval.execute(in, frame);
        Object cls;
        if (metaclass != null && metaclass != Types.TYPE) {
            cls = PyOps.call(metaclass, name, PyTuple.of(bases), ns);
        } else {
            PyType[] types = new PyType[bases.length];
            for (int i = 0; i < bases.length; i++) {
                if (!(bases[i] instanceof PyType t)) {
                    throw Errors.typeError(bases[i] instanceof PyCallable
                            ? "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass"
                            + " of the metaclasses of all its bases"
                            : "bases must be types");
                }
                types[i] = t;
            }
            Map<String, Object> namespace = new LinkedHashMap<>();
            for (int e = ns.next(0); e >= 0; e = ns.next(e + 1)) {
                Object key = ns.keyAt(e);
                if (key instanceof String s && !s.equals("__classcell__")) {
                    namespace.put(s, ns.valueAt(e));
                }
            }
            cls = PyType.create(name, types, namespace);
        }
        if (cell instanceof PyCell c) {
            c.value = cls;
        } else if (!Py.isNone(cell)) {
            throw Errors.typeError("__build_class__: class body returned " + Py.typeName(cell));
        }
        return cls;
    }
}
