package org.loopscope.script.runtime;

/**
 * The methods and attributes of the remaining builtin classes: {@code range}, {@code slice}, {@code property},
 * {@code classmethod}/{@code staticmethod}, bound methods, builtin functions, modules, {@code super} and aliases.
 */
final class SequenceMethods {

    private SequenceMethods() {
    }

    static void install() {
        PyType range = Types.RANGE;
        Types.getset(range, "start", r -> Ints.box(((PyRange) r).start()), null);
        Types.getset(range, "stop", r -> Ints.box(((PyRange) r).stop()), null);
        Types.getset(range, "step", r -> Ints.box(((PyRange) r).step()), null);
        Types.method1(range, "count", (r, v) -> PyOps.contains(r, v) ? Ints.box(1) : Ints.box(0));
        Types.method1(range, "index", (r, v) -> {
            PyRange self = (PyRange) r;
            if ((v instanceof Long || v instanceof Boolean) && self.containsLong(Ints.small(v))) {
                return Ints.box((Ints.small(v) - self.start()) / self.step());
            }
            throw Errors.valueError(Reprs.repr(v) + " is not in range");
        });
        Types.method0(range, "__reversed__", Iterators::reversed);
        Types.method0(range, "__len__", r -> Ints.box(((PyRange) r).length()));
        Types.method0(range, "__iter__", PyOps::iter);
        Types.method1(range, "__getitem__", PyOps::getitem);
        Types.method1(range, "__contains__", (r, v) -> PyOps.contains(r, v));

        PyType slice = Types.SLICE;
        Types.getset(slice, "start", s -> ((PySlice) s).start(), null);
        Types.getset(slice, "stop", s -> ((PySlice) s).stop(), null);
        Types.getset(slice, "step", s -> ((PySlice) s).step(), null);
        Types.method1(slice, "indices", (s, length) -> {
            long n = PyOps.asLong(length);
            if (n < 0) {
                throw Errors.valueError("length should not be negative");
            }
            PySlice.Bounds b = ((PySlice) s).indices(n);
            return PyTuple.of(Ints.box(b.start()), Ints.box(b.stop()), Ints.box(b.step()));
        });

        PyType property = Types.PROPERTY;
        Types.getset(property, "fget", p -> ((PyProperty) p).fget(), null);
        Types.getset(property, "fset", p -> ((PyProperty) p).fset(), null);
        Types.getset(property, "fdel", p -> ((PyProperty) p).fdel(), null);
        Types.getset(property, "__doc__", p -> ((PyProperty) p).doc(), null);
        Types.method1(property, "getter", (p, f) -> ((PyProperty) p).with(f, ((PyProperty) p).fset(),
                ((PyProperty) p).fdel()));
        Types.method1(property, "setter", (p, f) -> ((PyProperty) p).with(((PyProperty) p).fget(), f,
                ((PyProperty) p).fdel()));
        Types.method1(property, "deleter", (p, f) -> ((PyProperty) p).with(((PyProperty) p).fget(),
                ((PyProperty) p).fset(), f));
        Types.method(property, "__set_name__", (p, args, kw) -> {
            Args.positional("__set_name__", args, kw, 2, 2);
            if (args[1] instanceof String name) {
                ((PyProperty) p).setName(name);
            }
            return Types.NONE;
        });
        Types.method(property, "__get__", (p, args, kw) -> {
            Args.positional("__get__", args, kw, 1, 2);
            return ((PyProperty) p).get(Py.isNone(args[0]) ? null : args[0], null);
        });

        Types.getset(Types.CLASSMETHOD, "__func__", c -> ((PyClassMethod) c).function(), null);
        Types.getset(Types.STATICMETHOD, "__func__", c -> ((PyStaticMethod) c).function(), null);

        PyType method = Types.METHOD;
        Types.getset(method, "__self__", m -> ((PyMethod) m).self(), null);
        Types.getset(method, "__func__", m -> ((PyMethod) m).function(), null);
        for (String forwarded : new String[] {"__name__", "__qualname__", "__doc__", "__module__"}) {
            Types.getset(method, forwarded, m -> Attrs.getattr(((PyMethod) m).function(), forwarded), null);
        }

        PyType builtin = Types.BUILTIN_FUNCTION;
        Types.getset(builtin, "__name__", f -> ((BuiltinFunction) f).name(), null);
        Types.getset(builtin, "__qualname__", f -> {
            BuiltinFunction function = (BuiltinFunction) f;
            Object self = function.self();
            if (self == null || self instanceof PyModule) {
                return function.name();
            }
            PyType owner = self instanceof PyType type ? type : Py.type(self);
            return owner.name() + "." + function.name();
        }, null);
        Types.getset(builtin, "__self__", f -> {
            Object self = ((BuiltinFunction) f).self();
            return self == null ? Types.NONE : self;
        }, null);
        Types.getset(builtin, "__module__", f -> ((BuiltinFunction) f).self() == null ? "builtins" : Types.NONE,
                null);
        Types.getset(builtin, "__doc__", f -> Types.NONE, null);

        PyType descriptor = Types.METHOD_DESCRIPTOR;
        Types.getset(descriptor, "__name__", d -> ((MethodDescriptor) d).name(), null);
        Types.getset(descriptor, "__qualname__", d -> ((MethodDescriptor) d).owner().name() + "."
                + ((MethodDescriptor) d).name(), null);
        Types.getset(descriptor, "__objclass__", d -> ((MethodDescriptor) d).owner(), null);

        PyType sup = Types.SUPER;
        Types.getset(sup, "__thisclass__", s -> ((PySuper) s).thisClass(), null);
        Types.getset(sup, "__self__", s -> ((PySuper) s).self(), null);

        for (PyType alias : new PyType[] {Types.GENERIC_ALIAS, Types.UNION_TYPE}) {
            Types.getset(alias, "__args__", a -> ((GenericAlias) a).arguments(), null);
        }
        Types.getset(Types.GENERIC_ALIAS, "__origin__", a -> ((GenericAlias) a).origin(), null);
    }
}
