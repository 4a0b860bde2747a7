package org.loopscope.script.interp;

import java.util.ArrayList;
import java.util.List;
import org.loopscope.script.compile.CodeObject;
import org.loopscope.script.runtime.Attrs;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.ExcTypes;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.PyIterator;
import org.loopscope.script.runtime.PyList;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PyTuple;
import org.loopscope.script.runtime.PyType;

/** The less common instructions around calls, unpacking and {@code with}, kept out of the dispatch loop. */
final class Calls {

    private Calls() {
    }

    /** {@code f(*args, **kwargs)}: the tuple (or iterable) and the dict become a vectorcall. */
    static Object callEx(Object callable, Object args, PyDict kwargs) {
        PyTuple tuple;
        if (args instanceof PyTuple t) {
            tuple = t;
        } else {
            if (isNotIterable(args)) {
                throw Errors.typeError(functionStr(callable) + " argument after * must be an iterable, not "
                        + Py.typeName(args));
            }
            tuple = PyTuple.from(args);
        }
        Object[] positional = tuple.items();
        if (kwargs == null || kwargs.size() == 0) {
            return Instructions.call(callable, positional.clone(), null);
        }
        int n = kwargs.size();
        Object[] all = new Object[positional.length + n];
        System.arraycopy(positional, 0, all, 0, positional.length);
        String[] names = new String[n];
        int k = 0;
        for (int e = kwargs.next(0); e >= 0; e = kwargs.next(e + 1)) {
            names[k] = (String) kwargs.keyAt(e);
            all[positional.length + k] = kwargs.valueAt(e);
            k++;
        }
        return Instructions.call(callable, all, names);
    }

    private static boolean isNotIterable(Object value) {
        try {
            PyOps.iter(value);
            return false;
        } catch (PyException e) {
            if (e.type() == ExcTypes.TYPE_ERROR) {
                return true;
            }
            throw e;
        }
    }

    /** CPython's {@code _PyObject_FunctionStr}: {@code __main__.f()}, {@code print()}. */
    static String functionStr(Object callable) {
        Object qualname = Attrs.getattrOrNull(callable, "__qualname__");
        if (!(qualname instanceof String q)) {
            return PyOps.str(callable);
        }
        Object module = Attrs.getattrOrNull(callable, "__module__");
        if (module instanceof String m && !m.equals("builtins")) {
            return m + "." + q + "()";
        }
        return q + "()";
    }

    /** LIST_EXTEND, with CPython's message for a value that is not iterable. */
    static void listExtend(PyList list, Object iterable) {
        try {
            list.extend(iterable);
        } catch (PyException e) {
            if (e.type() == ExcTypes.TYPE_ERROR && isNotIterable(iterable)) {
                throw Errors.typeError("Value after * must be an iterable, not " + Py.typeName(iterable));
            }
            throw e;
        }
    }

    /** DICT_UPDATE ({@code {**m}}). */
    static void dictUpdate(PyDict dict, Object mapping) {
        if (mapping instanceof PyDict other) {
            dict.putAll(other);
            return;
        }
        if (Attrs.getattrOrNull(mapping, "keys") == null) {
            throw Errors.typeError("'" + Py.typeName(mapping) + "' object is not a mapping");
        }
        Object keys = PyOps.callMethod(mapping, "keys");
        Object it = PyOps.iter(keys);
        for (Object k = PyOps.next(it); k != PyIterator.STOP; k = PyOps.next(it)) {
            dict.put(k, PyOps.getitem(mapping, k));
        }
    }

    /** DICT_MERGE ({@code f(**m)}): like update, but a repeated or non-str key is an error naming the function. */
    static void dictMerge(Object function, PyDict dict, Object mapping) {
        if (!(mapping instanceof PyDict) && Attrs.getattrOrNull(mapping, "keys") == null) {
            throw Errors.typeError(functionStr(function) + " argument after ** must be a mapping, not "
                    + Py.typeName(mapping));
        }
        PyDict source;
        if (mapping instanceof PyDict d) {
            source = d;
        } else {
            source = new PyDict();
            dictUpdate(source, mapping);
        }
        for (int e = source.next(0); e >= 0; e = source.next(e + 1)) {
            Object key = source.keyAt(e);
            if (!(key instanceof String s)) {
                throw Errors.typeError("keywords must be strings");
            }
            if (dict.getStr(s) != null) {
                throw Errors.typeError(functionStr(function) + " got multiple values for keyword argument '"
                        + s + "'");
            }
            dict.put(s, source.valueAt(e));
        }
    }

    /** UNPACK_SEQUENCE: pushes the n items so that the first ends on top; returns the new stack height. */
    static int unpack(Object seq, int n, Object[] stack, int sp) {
        Object[] items;
        int size;
        if (seq instanceof PyTuple t) {
            items = t.items();
            size = items.length;
        } else if (seq instanceof PyList l && l.size() == n) {
            items = l.toArray();
            size = n;
        } else {
            List<Object> got = collect(seq, n + 1);
            size = got.size();
            items = got.toArray();
        }
        if (size != n) {
            if (size > n) {
                throw Errors.valueError("too many values to unpack (expected " + n + ")");
            }
            throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + size + ")");
        }
        for (int i = n - 1; i >= 0; i--) {
            stack[sp++] = items[i];
        }
        return sp;
    }

    /** UNPACK_EX: {@code before} items, a list of the middle, {@code after} items. */
    static int unpackEx(Object seq, int before, int after, Object[] stack, int sp) {
        List<Object> all = collect(seq, Integer.MAX_VALUE);
        int size = all.size();
        if (size < before + after) {
            throw Errors.valueError("not enough values to unpack (expected at least " + (before + after) + ", got "
                    + size + ")");
        }
        PyList middle = new PyList();
        for (int i = before; i < size - after; i++) {
            middle.append(all.get(i));
        }
        for (int i = size - 1; i >= size - after; i--) {
            stack[sp++] = all.get(i);
        }
        stack[sp++] = middle;
        for (int i = before - 1; i >= 0; i--) {
            stack[sp++] = all.get(i);
        }
        return sp;
    }

    private static List<Object> collect(Object seq, int limit) {
        Object it;
        try {
            it = PyOps.iter(seq);
        } catch (PyException e) {
            if (e.type() == ExcTypes.TYPE_ERROR && isNotIterable(seq)) {
                throw Errors.typeError("cannot unpack non-iterable " + Py.typeName(seq) + " object");
            }
            throw e;
        }
        List<Object> out = new ArrayList<>();
        for (Object v = PyOps.next(it); v != PyIterator.STOP; v = PyOps.next(it)) {
            out.add(v);
            if (out.size() >= limit) {
                break;
            }
        }
        return out;
    }

    /** BEFORE_WITH / BEFORE_ASYNC_WITH: (bound exit, result of enter) with CPython's protocol errors. */
    static Object[] beforeWith(Object mgr, boolean async) {
        PyType type = Py.type(mgr);
        String enterName = async ? "__aenter__" : "__enter__";
        String exitName = async ? "__aexit__" : "__exit__";
        Object enter = type.lookup(enterName);
        String protocol = async ? "asynchronous context manager" : "context manager";
        if (enter == null) {
            throw Errors.typeError("'" + type.name() + "' object does not support the " + protocol + " protocol");
        }
        Object exit = type.lookup(exitName);
        if (exit == null) {
            throw Errors.typeError("'" + type.name() + "' object does not support the " + protocol
                    + " protocol (missed " + exitName + " method)");
        }
        Object boundExit = Attrs.bindDescriptor(exit, mgr, type);
        Object result = PyOps.callUnbound(enter, mgr);
        return new Object[] {boundExit, result};
    }

    /** SUPER_ARGS: {@code __class__} and the first argument, for {@code super()} without arguments. */
    static Object[] superArgs(CodeObject co, Object[] fast, int classSlot) {
        if (co.argcount() == 0 && !co.has(CodeObject.VARARGS)) {
            throw Errors.runtimeError("super(): no arguments");
        }
        Object first = fast[0];
        if (first instanceof PyCell cell && isCellSlot(co, 0)) {
            first = cell.value;
        }
        if (co.argcount() == 0) {
            PyTuple varargs = (PyTuple) fast[co.kwonlyargcount()];
            if (varargs.size() == 0) {
                throw Errors.runtimeError("super(): no arguments");
            }
            first = varargs.get(0);
        }
        if (first == null) {
            throw Errors.runtimeError("super(): arg[0] deleted");
        }
        if (classSlot == 0xffffff) {
            throw Errors.runtimeError("super(): __class__ cell not found");
        }
        Object cls = ((PyCell) fast[classSlot]).value;
        if (cls == null) {
            throw Errors.runtimeError("super(): empty __class__ cell");
        }
        if (!(cls instanceof PyType)) {
            throw Errors.runtimeError("super(): __class__ is not a type (" + Py.typeName(cls) + ")");
        }
        return new Object[] {cls, first};
    }

    private static boolean isCellSlot(CodeObject co, int slot) {
        for (int s : co.cellSlots()) {
            if (s == slot) {
                return true;
            }
        }
        return false;
    }
}
