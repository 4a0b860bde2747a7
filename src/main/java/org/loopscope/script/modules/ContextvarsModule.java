package org.loopscope.script.modules;

import java.util.LinkedHashMap;
import java.util.Map;
import org.loopscope.engine.ContextSupport;
import org.loopscope.script.interp.Interpreter;
import org.loopscope.script.interp.Native;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.ExcTypes;
import org.loopscope.script.runtime.Identity;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyList;
import org.loopscope.script.runtime.PyModule;
import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PyTuple;
import org.loopscope.script.runtime.PyType;

/**
 * The {@code contextvars} module: {@code ContextVar} (get/set/reset with tokens), {@code Context} (a mapping,
 * {@code run}, {@code copy}) and {@code copy_context()}, with CPython's messages. Importing it installs the run's
 * contexts on the engine ({@link ContextSupport}): from then on each task runs in a copy of the context current when
 * it was created, and each callback in a copy of the one current when it was scheduled, as in asyncio.
 */
final class ContextvarsModule {

    private static final Signature VAR = Signature.of("ContextVar(name, *, default=)");
    private static final Signature GET = Signature.of("get(default=)");
    private static final Signature CTX_GET = Signature.of("get(key, default=None)");

    private ContextvarsModule() {
    }

    /** A {@code contextvars.Context}: the values of the variables set in it. */
    static final class Context extends PyObject {
        static final PyType TYPE = Native.newType("Context", "_contextvars", null, ContextvarsModule::contextMethods);
        final Map<Var, Object> values;
        boolean entered;

        Context(Map<Var, Object> values) {
            this.values = values;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public String toString() {
            return "<_contextvars.Context object at " + Identity.address(this) + ">";
        }
    }

    /** A {@code contextvars.ContextVar}. */
    static final class Var extends PyObject {
        static final PyType TYPE =
                Native.newBuiltinType("ContextVar", "_contextvars", null, ContextvarsModule::varMethods);
        final String name;
        final Object dflt;

        Var(String name, Object dflt) {
            this.name = name;
            this.dflt = dflt;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public String toString() {
            return "<ContextVar name=" + PyOps.repr(name) + (dflt == null ? "" : " default=" + PyOps.repr(dflt))
                    + " at " + Identity.address(this) + ">";
        }
    }

    /** What {@code ContextVar.set} returns: enough to undo the change with {@code reset}. */
    static final class Token extends PyObject {
        static final PyObject MISSING = new PyObject() {
            @Override
            public PyType type() {
                return MISSING_TYPE;
            }

            @Override
            public String toString() {
                return "<Token.MISSING>";
            }
        };
        static final PyType MISSING_TYPE = Native.newBuiltinType("Token.MISSING", "_contextvars", null, ns -> { });
        static final PyType TYPE = Native.newBuiltinType("Token", "_contextvars", null, ns -> {
            ns.put("MISSING", MISSING);
            Native.attribute(ns, "Token", "var", s -> ((Token) s).var, null);
            Native.attribute(ns, "Token", "old_value", s -> {
                Object old = ((Token) s).old;
                return old == null ? MISSING : old;
            }, null);
        });
        final Var var;
        final Object old;
        final Context context;
        boolean used;

        Token(Var var, Object old, Context context) {
            this.var = var;
            this.old = old;
            this.context = context;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public String toString() {
            return "<Token" + (used ? " used" : "") + " var=" + var + " at " + Identity.address(this) + ">";
        }
    }

    /** The context current in a run, and the engine's view of contexts. */
    static final class State implements ContextSupport {
        Context current = new Context(new LinkedHashMap<>());

        static State of() {
            Interpreter interp = Interpreter.current();
            return interp.extension(State.class, i -> new State());
        }

        @Override
        public Object capture() {
            return new Context(new LinkedHashMap<>(current.values));
        }

        @Override
        public Object enter(Object context) {
            Context previous = current;
            current = context == null ? new Context(new LinkedHashMap<>()) : (Context) context;
            return previous;
        }

        @Override
        public void leave(Object previous) {
            current = (Context) previous;
        }
    }

    static PyModule create(Interpreter interp) {
        State state = interp.extension(State.class, i -> new State());
        interp.engine().contexts(state);
        PyModule module = new PyModule("contextvars", SourceModules.path("contextvars"));
        PyDict d = module.dict();
        d.put("ContextVar", Var.TYPE);
        d.put("Token", Token.TYPE);
        d.put("Context", Context.TYPE);
        ModuleSupport.function(d, "copy_context", (a, k) -> {
            Native.noArgs("copy_context", a, k);
            return State.of().capture();
        });
        d.put("__all__", PyList.of("Context", "ContextVar", "Token", "copy_context"));
        return module;
    }

    /** {@code create_task(..., context=ctx)}: the task runs in {@code ctx} (nothing changes for None). */
    static org.loopscope.engine.Task given(org.loopscope.engine.Task task, Object context) {
        if (context != null && !Py.isNone(context)) {
            if (!(context instanceof Context ctx)) {
                throw Errors.typeError("an instance of Context was expected");
            }
            task.context(ctx);
        }
        return task;
    }

    private static void varMethods(Map<String, Object> ns) {
        ns.put("__new__", ModuleSupport.constructor((cls, a, k) -> {
            if (a.length - (k == null ? 0 : k.length) > 1) {
                throw Errors.typeError("ContextVar() takes at most 1 positional argument (" + (a.length
                        - (k == null ? 0 : k.length)) + " given)");
            }
            Object[] v = VAR.bind(a, k);
            if (!(v[0] instanceof String name)) {
                throw Errors.typeError("context variable name must be a str");
            }
            return new Var(name, v[1]);
        }));
        Native.attribute(ns, "ContextVar", "name", s -> ((Var) s).name, null);
        ns.put("__class_getitem__", new org.loopscope.script.runtime.PyClassMethod(
                new org.loopscope.script.runtime.BuiltinFunction("__class_getitem__",
                        (args, kw) -> new org.loopscope.script.runtime.GenericAlias(args[0], args[1]))));
        Native.method(ns, "ContextVar", "get", (s, a, k) -> {
            Var var = (Var) s;
            Object value = State.of().current.values.get(var);
            if (value != null) {
                return value;
            }
            Object[] v = GET.bind(a, k);
            if (v[0] != null) {
                return v[0];
            }
            if (var.dflt != null) {
                return var.dflt;
            }
            throw Errors.of(ExcTypes.LOOKUP_ERROR, var);
        });
        Native.method(ns, "ContextVar", "set", (s, a, k) -> {
            Var var = (Var) s;
            Object value = Native.oneArg("set", a, k);
            Context ctx = State.of().current;
            Object old = ctx.values.put(var, value);
            return new Token(var, old, ctx);
        });
        Native.method(ns, "ContextVar", "reset", (s, a, k) -> {
            Var var = (Var) s;
            Object arg = Native.oneArg("reset", a, k);
            if (!(arg instanceof Token token)) {
                throw Errors.typeError("expected an instance of Token, got " + PyOps.repr(arg));
            }
            if (token.used) {
                throw Errors.runtimeError(token + " has already been used once");
            }
            if (token.var != var) {
                throw Errors.valueError(token + " was created by a different ContextVar");
            }
            Context ctx = State.of().current;
            if (token.context != ctx) {
                throw Errors.valueError(token + " was created in a different Context");
            }
            token.used = true;
            if (token.old == null) {
                ctx.values.remove(var);
            } else {
                ctx.values.put(var, token.old);
            }
            return Py.NONE;
        });
    }

    private static Var key(Object key) {
        if (!(key instanceof Var var)) {
            throw Errors.typeError("a ContextVar key was expected, got " + PyOps.repr(key));
        }
        return var;
    }

    private static void contextMethods(Map<String, Object> ns) {
        ns.put("__new__", ModuleSupport.constructor((cls, a, k) -> {
            if (a.length > 0) {
                throw Errors.typeError("Context() does not accept any arguments");
            }
            return new Context(new LinkedHashMap<>());
        }));
        Native.method(ns, "Context", "run", (s, a, k) -> {
            Context ctx = (Context) s;
            if (a.length - (k == null ? 0 : k.length) < 1) {
                throw Errors.typeError("run() missing 1 required positional argument");
            }
            if (ctx.entered) {
                throw Errors.runtimeError("cannot enter context: " + ctx + " is already entered");
            }
            Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            State state = State.of();
            Object previous = state.enter(ctx);
            ctx.entered = true;
            try {
                return PyOps.call(a[0], rest, k);
            } finally {
                ctx.entered = false;
                state.leave(previous);
            }
        });
        Native.method(ns, "Context", "copy", (s, a, k) -> {
            Native.noArgs("copy", a, k);
            return new Context(new LinkedHashMap<>(((Context) s).values));
        });
        Native.method(ns, "Context", "__getitem__", (s, a, k) -> {
            Var var = key(Native.oneArg("__getitem__", a, k));
            Object value = ((Context) s).values.get(var);
            if (value == null) {
                throw Errors.of(ExcTypes.KEY_ERROR, var);
            }
            return value;
        });
        Native.method(ns, "Context", "get", (s, a, k) -> {
            Object[] v = CTX_GET.bind(a, k);
            Object value = ((Context) s).values.get(key(v[0]));
            return value == null ? v[1] : value;
        });
        Native.method(ns, "Context", "__contains__", (s, a, k) ->
                ((Context) s).values.containsKey(key(Native.oneArg("__contains__", a, k))));
        Native.method(ns, "Context", "__len__", (s, a, k) -> (long) ((Context) s).values.size());
        Native.method(ns, "Context", "__iter__", (s, a, k) ->
                PyOps.iter(PyList.of(((Context) s).values.keySet().toArray())));
        Native.method(ns, "Context", "keys", (s, a, k) -> PyList.of(((Context) s).values.keySet().toArray()));
        Native.method(ns, "Context", "values", (s, a, k) -> PyList.of(((Context) s).values.values().toArray()));
        Native.method(ns, "Context", "items", (s, a, k) -> {
            Map<Var, Object> values = ((Context) s).values;
            Object[] items = new Object[values.size()];
            int i = 0;
            for (Map.Entry<Var, Object> e : values.entrySet()) {
                items[i++] = PyTuple.of(e.getKey(), e.getValue());
            }
            return PyList.of(items);
        });
    }
}
