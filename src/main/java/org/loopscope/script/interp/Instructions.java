package org.loopscope.script.interp;

import org.loopscope.script.compile.CodeObject;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.PyCallable;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.ExcTypes;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyList;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PySet;
import org.loopscope.script.runtime.PySlice;
import org.loopscope.script.runtime.PyTuple;
import org.loopscope.script.runtime.Reprs;

/**
 * The bodies of the instructions that are not on the hot path, kept out of the dispatch loop so it stays small
 * enough for the JIT. Each takes the value stack and its height and returns the new height.
 */
final class Instructions {

    private Instructions() {
    }

    private static void clear(Object[] stack, int from, int to) {
        int end = Math.min(to, stack.length);
        for (int i = from; i < end; i++) {
            stack[i] = null;
        }
    }

    /** MAKE_FUNCTION: the code on top, below it the closure, annotations, keyword defaults and defaults. */
    static int makeFunction(Interpreter in, Frame f, Object[] stack, int sp, int arg) {
        CodeObject fc = (CodeObject) stack[--sp];
        PyCell[] closure = null;
        if ((arg & 8) != 0) {
            Object[] cells = ((PyTuple) stack[--sp]).items();
            closure = new PyCell[cells.length];
            for (int i = 0; i < cells.length; i++) {
                closure[i] = (PyCell) cells[i];
            }
        }
        PyDict annotations = (arg & 4) != 0 ? (PyDict) stack[--sp] : null;
        PyDict kwdefaults = (arg & 2) != 0 ? (PyDict) stack[--sp] : null;
        Object[] defaults = (arg & 1) != 0 ? ((PyTuple) stack[--sp]).items() : null;
        clear(stack, sp, sp + 5);
        PyFunction fn = new PyFunction(in, fc, f.globals, closure);
        fn.defaults = defaults;
        fn.kwdefaults = kwdefaults;
        fn.annotations = annotations;
        stack[sp++] = fn;
        return sp;
    }

    static int buildSlice(Object[] stack, int sp, int arg) {
        Object step = arg == 3 ? stack[--sp] : Py.NONE;
        Object stop = stack[--sp];
        Object start = stack[--sp];
        clear(stack, sp, sp + arg);
        stack[sp++] = new PySlice(start, stop, step);
        return sp;
    }

    static int buildTuple(Object[] stack, int sp, int arg) {
        Object[] items = new Object[arg];
        sp -= arg;
        System.arraycopy(stack, sp, items, 0, arg);
        clear(stack, sp, sp + arg);
        stack[sp++] = arg == 0 ? PyTuple.EMPTY : PyTuple.of(items);
        return sp;
    }

    static int buildList(Object[] stack, int sp, int arg) {
        sp -= arg;
        PyList list = new PyList(arg);
        for (int i = 0; i < arg; i++) {
            list.append(stack[sp + i]);
            stack[sp + i] = null;
        }
        stack[sp++] = list;
        return sp;
    }

    static int buildSet(Object[] stack, int sp, int arg) {
        sp -= arg;
        PySet set = new PySet();
        for (int i = 0; i < arg; i++) {
            set.add(stack[sp + i]);
            stack[sp + i] = null;
        }
        stack[sp++] = set;
        return sp;
    }

    static int buildMap(Object[] stack, int sp, int arg) {
        sp -= 2 * arg;
        PyDict dict = new PyDict();
        for (int i = 0; i < arg; i++) {
            dict.put(stack[sp + 2 * i], stack[sp + 2 * i + 1]);
        }
        clear(stack, sp, sp + 2 * arg);
        stack[sp++] = dict;
        return sp;
    }

    static int buildString(Object[] stack, int sp, int arg) {
        sp -= arg;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < arg; i++) {
            sb.append((String) stack[sp + i]);
            stack[sp + i] = null;
        }
        stack[sp++] = sb.toString();
        return sp;
    }

    /** FORMAT_VALUE: conversion in bits 0-1, a format spec on top when bit 2 is set. */
    static int formatValue(Object[] stack, int sp, int arg) {
        String spec = (arg & 4) != 0 ? (String) stack[--sp] : "";
        Object value = stack[sp - 1];
        stack[sp] = null;
        value = switch (arg & 3) {
            case 1 -> PyOps.str(value);
            case 2 -> PyOps.repr(value);
            case 3 -> Reprs.ascii(value);
            default -> value;
        };
        stack[sp - 1] = value instanceof String s && spec.isEmpty() ? s : PyOps.format(value, spec);
        return sp;
    }

    static int importName(Interpreter in, Object[] stack, int sp, String name) {
        Object fromlist = stack[--sp];
        Object level = stack[--sp];
        clear(stack, sp, sp + 2);
        stack[sp++] = in.imports.importName(name, fromlist, level);
        return sp;
    }

    static void setupAnnotations(Frame f) {
        if (f.locals.getStr("__annotations__") == null) {
            f.locals.put("__annotations__", new PyDict());
        }
    }

    static int storeAnnotation(Frame f, Object[] stack, int sp, String name) {
        Object value = stack[--sp];
        stack[sp] = null;
        Object annotations = f.locals.getStr("__annotations__");
        if (annotations == null) {
            throw Errors.of(ExcTypes.NAME_ERROR, "__annotations__ not found");
        }
        PyOps.setitem(annotations, name, value);
        return sp;
    }

    static Object call(Object callable, Object[] args, String[] kwnames) {
        if (callable instanceof org.loopscope.script.runtime.PyType t && !t.isBuiltin()) {
            return instantiate(t, args, kwnames);
        }
        if (callable instanceof PyCallable c) {
            return c.call(args, kwnames == null ? PyCallable.NO_KWNAMES : kwnames);
        }
        return PyOps.call(callable, args, kwnames == null ? PyCallable.NO_KWNAMES : kwnames);
    }

    /** Calling a class: CPython counts the call of the type object itself towards the recursion limit. */
    static Object instantiate(org.loopscope.script.runtime.PyType type, Object[] args, String[] kwnames) {
        Interpreter in = Interpreter.current();
        if (in == null) {
            return type.call(args, kwnames == null ? PyCallable.NO_KWNAMES : kwnames);
        }
        if (++in.depth > in.recursionLimit) {
            in.depth--;
            throw Errors.of(ExcTypes.RECURSION_ERROR, "maximum recursion depth exceeded while calling a Python object");
        }
        try {
            return type.call(args, kwnames == null ? PyCallable.NO_KWNAMES : kwnames);
        } finally {
            in.depth--;
        }
    }

    static PyException unboundLocal(String name) {
        return Errors.of(ExcTypes.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + name
                + "' where it is not associated with a value");
    }

    static PyException unboundDeref(CodeObject co, int slot) {
        String name = co.localNames()[slot];
        if (slot >= co.localCount() - co.freeCount()) {
            return Errors.of(ExcTypes.NAME_ERROR, "cannot access free variable '" + name
                    + "' where it is not associated with a value in enclosing scope");
        }
        return unboundLocal(name);
    }
}
