package org.loopscope.script.interp;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.loopscope.script.runtime.BuiltinFunction;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyCallable;
import org.loopscope.script.runtime.PyDataDescriptor;
import org.loopscope.script.runtime.PyDescriptor;
import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyType;
import org.loopscope.script.runtime.Types;

/**
 * Methods and attributes implemented in Java for classes the script layer defines outside the runtime: the VM's
 * own (function, generator, coroutine...) and the modules' (asyncio's loop, locks and queues...).
 */
public final class Native {

    private Native() {
    }

    /** The Java body of a method: {@code self} apart from the (vectorcall) arguments. */
    @FunctionalInterface
    public interface Body {
        Object call(Object self, Object[] args, String[] kwnames);
    }

    /** A method of a VM class: bound on instance lookup, callable unbound with the instance first. */
    public static final class Method extends PyObject implements PyCallable, PyDescriptor {
        private final String name;
        private final String owner;
        private final Body body;

        public Method(String name, String owner, Body body) {
            this.name = name;
            this.owner = owner;
            this.body = body;
        }

        @Override
        public PyType type() {
            return Types.METHOD_DESCRIPTOR;
        }

        @Override
        public Object get(Object instance, PyType ownerType) {
            if (instance == null) {
                return this;
            }
            return new BuiltinFunction(name, instance, (args, kwnames) -> body.call(instance, args, kwnames));
        }

        @Override
        public boolean isMethod() {
            return true;
        }

        /** Calls the method bound to {@code self} (what calling it with {@code self} first does). */
        Object callBound(Object self, Object[] args, String[] kwnames) {
            return body.call(self, args, kwnames);
        }

        @Override
        public Object call(Object[] args, String[] kwnames) {
            if (args.length == 0) {
                throw Errors.typeError("unbound method " + owner + "." + name + "() needs an argument");
            }
            Object[] rest = new Object[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return body.call(args[0], rest, kwnames);
        }

        @Override
        public String toString() {
            return "<method '" + name + "' of '" + owner + "' objects>";
        }
    }

    /** A computed attribute of a VM class; read-only when it has no setter. */
    public static final class Attribute extends PyObject implements PyDataDescriptor {
        private final String name;
        private final String owner;
        private final Function<Object, Object> getter;
        private final BiConsumer<Object, Object> setter;

        public Attribute(String name, String owner, Function<Object, Object> getter,
                         BiConsumer<Object, Object> setter) {
            this.name = name;
            this.owner = owner;
            this.getter = getter;
            this.setter = setter;
        }

        @Override
        public PyType type() {
            return Types.GETSET_DESCRIPTOR;
        }

        @Override
        public Object get(Object instance, PyType ownerType) {
            return instance == null ? this : Py.nn(getter.apply(instance));
        }

        @Override
        public void set(Object instance, Object value) {
            if (setter == null) {
                throw Errors.attributeError("attribute '" + name + "' of '" + owner + "' objects is not writable");
            }
            setter.accept(instance, value);
        }

        @Override
        public void delete(Object instance) {
            set(instance, null);
        }

        @Override
        public String toString() {
            return "<attribute '" + name + "' of '" + owner + "' objects>";
        }
    }

    /**
     * A class defined in Java outside the runtime: {@code module} is its {@code __module__}; {@code attrs} fills
     * its namespace (use {@link #method} and {@link #attribute}); its repr is the object's {@code toString()}
     * unless {@code attrs} defines {@code __repr__}.
     */
    public static PyType newType(String name, String module, PyType base,
                                 java.util.function.Consumer<java.util.Map<String, Object>> attrs) {
        java.util.Map<String, Object> ns = new java.util.LinkedHashMap<>();
        ns.put("__module__", module);
        ns.put("__qualname__", name);
        ns.put("__repr__", new Method("__repr__", name, (self, a, k) -> {
            noArgs("__repr__", a, k);
            return self.toString();
        }));
        attrs.accept(ns);
        return PyType.create(name, new PyType[] {base == null ? Types.OBJECT : base}, ns);
    }

    /**
     * A builtin class (not subclassable, immutable from Python) for objects implemented in Java; the objects
     * print with their {@code toString()}.
     */
    public static PyType newBuiltinType(String name, String module, PyType base,
                                        java.util.function.Consumer<java.util.Map<String, Object>> attrs) {
        PyType type = PyType.builtinClass(name, module, base == null ? Types.OBJECT : base);
        java.util.Map<String, Object> ns = new java.util.LinkedHashMap<>();
        attrs.accept(ns);
        ns.forEach(type::defineBuiltinAttribute);
        return type;
    }

    /** Puts a Java method named {@code name} into a namespace being built for {@link #newType}. */
    public static void method(java.util.Map<String, Object> ns, String owner, String name, Body body) {
        ns.put(name, new Method(name, owner, body));
    }

    /** Puts a computed attribute into a namespace being built for {@link #newType}. */
    public static void attribute(java.util.Map<String, Object> ns, String owner, String name,
                                 Function<Object, Object> getter, BiConsumer<Object, Object> setter) {
        ns.put(name, new Attribute(name, owner, getter, setter));
    }

    /** Checks a method's argument count, with CPython's message for METH_NOARGS / METH_O methods. */
    public static void noArgs(String name, Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
        if (args.length != 0) {
            throw Errors.typeError(name + "() takes no arguments (" + args.length + " given)");
        }
    }

    public static Object oneArg(String name, Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
        if (args.length != 1) {
            throw Errors.typeError(name + "() takes exactly one argument (" + args.length + " given)");
        }
        return args[0];
    }
}
