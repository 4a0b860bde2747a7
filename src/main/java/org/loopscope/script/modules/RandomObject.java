package org.loopscope.script.modules;

import org.loopscope.script.interp.Native;
import org.loopscope.script.runtime.Identity;
import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyType;

/**
 * {@code random.Random(seed)}: a generator of its own with every function of the module as a method, so two
 * instances seeded alike give the same sequences, independent of the module's shared generator.
 */
final class RandomObject extends PyObject {

    static final PyType TYPE = Native.newType("Random", "random", null, ns -> {
        ns.put("__new__", new org.loopscope.script.runtime.PyStaticMethod(
                new org.loopscope.script.runtime.BuiltinFunction("__new__", (a, k) -> {
                    Object seed = a.length > 1 ? a[1] : null;
                    return new RandomObject((PyType) a[0], RandomModule.seeded(seed));
                })));
        ns.put("__init__", new Native.Method("__init__", "Random", (self, a, k) -> org.loopscope.script.runtime.Py.NONE));
        RandomModule.METHODS.forEach((name, impl) -> Native.method(ns, "Random", name,
                (self, a, k) -> impl.call(((RandomObject) self).state, a, k)));
    });

    private final PyType type;
    final RandomModule state;

    private RandomObject(PyType type, RandomModule state) {
        this.type = type;
        this.state = state;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public String toString() {
        return "<random.Random object at " + Identity.address(this) + ">";
    }
}
