package org.loopscope.script.modules;

import org.loopscope.script.interp.Native;
import org.loopscope.script.runtime.Attrs;
import org.loopscope.script.runtime.BuiltinFunction;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.HasDict;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyIterator;
import org.loopscope.script.runtime.PyModule;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PyTuple;

/** The {@code functools} module: {@code partial}, {@code wraps}, {@code update_wrapper}, {@code reduce}, caches. */
final class FunctoolsModule {

    private static final String[] ASSIGNED = {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"};
    private static final Signature WRAPS = Signature.of("wraps(wrapped, assigned=, updated=)");
    private static final Signature UPDATE = Signature.of("update_wrapper(wrapper, wrapped, assigned=, updated=)");
    private static final Signature REDUCE = Signature.of("reduce(function, iterable, initial=)");
    private static final Signature LRU = Signature.of("lru_cache(maxsize=128, typed=False)");

    private FunctoolsModule() {
    }

    static PyModule create() {
        PyModule module = new PyModule("functools", org.loopscope.engine.Engine.CPYTHON_ASYNCIO
                .replace("/asyncio", "/functools.py"));
        PyDict d = module.dict();
        d.put("partial", Partial.TYPE);
        d.put("update_wrapper", new BuiltinFunction("update_wrapper", (a, k) -> {
            Object[] v = UPDATE.bind(a, k);
            return update(v[0], v[1]);
        }));
        d.put("wraps", new BuiltinFunction("wraps", (a, k) -> {
            Object wrapped = WRAPS.bind(a, k)[0];
            return new BuiltinFunction("update_wrapper", (a2, k2) -> update(Native.oneArg("wraps", a2, k2), wrapped));
        }));
        d.put("reduce", new BuiltinFunction("reduce", (a, k) -> {
            Object[] v = REDUCE.bind(a, k);
            Object it = PyOps.iter(v[1]);
            Object acc = v[2];
            if (acc == null) {
                acc = PyOps.next(it);
                if (acc == PyIterator.STOP) {
                    throw Errors.typeError("reduce() of empty iterable with no initial value");
                }
            }
            for (Object x = PyOps.next(it); x != PyIterator.STOP; x = PyOps.next(it)) {
                acc = PyOps.call(v[0], acc, x);
            }
            return acc;
        }));
        BuiltinFunction cache = new BuiltinFunction("cache", (a, k) -> memo(Native.oneArg("cache", a, k)));
        d.put("cache", cache);
        d.put("lru_cache", new BuiltinFunction("lru_cache", (a, k) -> {
            Object[] v = LRU.bind(a, k);
            if (v[0] != null && PyOps.isCallable(v[0])) {
                return memo(v[0]);
            }
            return cache;
        }));
        return module;
    }

    private static Object update(Object wrapper, Object wrapped) {
        for (String name : ASSIGNED) {
            Object value = Attrs.getattrOrNull(wrapped, name);
            if (value != null) {
                Attrs.setattr(wrapper, name, value);
            }
        }
        Object source = Attrs.getattrOrNull(wrapped, "__dict__");
        if (wrapper instanceof HasDict target && source instanceof PyDict dict) {
            target.dict().putAll(dict);
        }
        Attrs.setattr(wrapper, "__wrapped__", wrapped);
        return wrapper;
    }

    /** A function that remembers its results by arguments ({@code functools.cache}). */
    private static Object memo(Object func) {
        PyDict results = new PyDict();
        BuiltinFunction wrapper = new BuiltinFunction(nameOf(func), (a, k) -> {
            Object key = k == null || k.length == 0 ? PyTuple.of(a.clone())
                    : PyTuple.of(PyTuple.of(a.clone()), PyTuple.of((Object[]) k.clone()));
            Object hit = results.get(key);
            if (hit != null) {
                return hit;
            }
            Object value = PyOps.call(func, a, k);
            results.put(key, value);
            return value;
        });
        return wrapper;
    }

    private static String nameOf(Object func) {
        Object name = Attrs.getattrOrNull(func, "__name__");
        return name instanceof String s ? s : "wrapper";
    }

    static Object unused() {
        return Py.NONE;
    }
}
