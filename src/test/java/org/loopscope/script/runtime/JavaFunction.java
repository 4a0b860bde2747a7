package org.loopscope.script.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Python-like function written in Java, for tests: it binds as a method when found on a class (as the VM's
 * functions will), and has {@code __name__} and {@code __qualname__}.
 */
final class JavaFunction extends PyObject implements PyCallable, PyDescriptor {

    static final PyType FUNCTION = PyType.builtin("function", "builtins", Layout.BUILTIN, false, Types.OBJECT);

    static {
        Types.getset(FUNCTION, "__name__", f -> ((JavaFunction) f).name, null);
        Types.getset(FUNCTION, "__qualname__", f -> ((JavaFunction) f).qualname, null);
    }

    /** The body: receives the arguments as a Python function would (self first for methods). */
    @FunctionalInterface
    interface Body {
        Object call(Object[] args);
    }

    private final String name;
    private final String qualname;
    private final Body body;

    JavaFunction(String qualname, Body body) {
        this.qualname = qualname;
        this.name = qualname.substring(qualname.lastIndexOf('.') + 1);
        this.body = body;
    }

    @Override
    public PyType type() {
        return FUNCTION;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        Args.noKeywords(name, kwnames);
        return body.call(args);
    }

    @Override
    public Object get(Object instance, PyType owner) {
        return instance == null ? this : new PyMethod(this, instance);
    }

    @Override
    public boolean isMethod() {
        return true;
    }

    @Override
    public String toString() {
        return "<function " + qualname + " at " + Identity.address(this) + ">";
    }

    /** Builds a class body: {@code new ClassBuilder("Point").def("__init__", args -> ...).build()}. */
    static final class ClassBuilder {
        private final String name;
        private final PyType[] bases;
        private final Map<String, Object> namespace = new LinkedHashMap<>();

        ClassBuilder(String name, PyType... bases) {
            this.name = name;
            this.bases = bases;
            namespace.put("__module__", "__main__");
            namespace.put("__qualname__", name);
        }

        ClassBuilder def(String method, Body body) {
            namespace.put(method, new JavaFunction(name + "." + method, body));
            return this;
        }

        ClassBuilder attr(String key, Object value) {
            namespace.put(key, value);
            return this;
        }

        PyType build() {
            return PyType.create(name, bases, namespace);
        }
    }
}
