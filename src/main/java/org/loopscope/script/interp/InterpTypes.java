package org.loopscope.script.interp;

import java.util.Map;
import java.util.function.Consumer;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.PyMethod;
import org.loopscope.script.runtime.PyTuple;
import org.loopscope.script.runtime.PyType;

/**
 * The classes of the VM's own objects: {@code function}, {@code generator}, {@code coroutine},
 * {@code async_generator} and their helpers, with their attributes and methods. They are made once and never
 * changed.
 */
final class InterpTypes {

    static final PyType FUNCTION = make("function", InterpTypes::functionAttrs);
    static final PyType CELL = make("cell", ns -> { });
    static final PyType CODE = make("code", InterpTypes::codeAttrs);
    static final PyType FRAME = make("frame", InterpTypes::frameAttrs);
    static final PyType GENERATOR = make("generator", InterpTypes::generatorAttrs);
    static final PyType COROUTINE = make("coroutine", InterpTypes::coroutineAttrs);
    static final PyType ASYNC_GENERATOR = make("async_generator", InterpTypes::asyncGeneratorAttrs);
    static final PyType COROUTINE_WRAPPER = make("coroutine_wrapper", InterpTypes::wrapperAttrs);
    static final PyType ASYNC_GENERATOR_ASEND = make("async_generator_asend", ns -> awaitableAttrs(ns,
            "async_generator_asend"));
    static final PyType ASYNC_GENERATOR_ATHROW = make("async_generator_athrow", ns -> awaitableAttrs(ns,
            "async_generator_athrow"));

    private InterpTypes() {
    }

    private static PyType make(String name, Consumer<Map<String, Object>> attrs) {
        return Native.newBuiltinType(name, "builtins", null, attrs);
    }

    private static void method(Map<String, Object> ns, String owner, String name, Native.Body body) {
        ns.put(name, new Native.Method(name, owner, body));
    }

    private static void attr(Map<String, Object> ns, String owner, String name,
                             java.util.function.Function<Object, Object> getter,
                             java.util.function.BiConsumer<Object, Object> setter) {
        ns.put(name, new Native.Attribute(name, owner, getter, setter));
    }

    private static String str(Object value, String what) {
        if (value instanceof String s) {
            return s;
        }
        throw Errors.typeError(what + " must be set to a string object");
    }

    private static void functionAttrs(Map<String, Object> ns) {
        attr(ns, "function", "__name__", f -> ((PyFunction) f).name,
                (f, v) -> ((PyFunction) f).name = str(v, "__name__"));
        attr(ns, "function", "__qualname__", f -> ((PyFunction) f).qualname,
                (f, v) -> ((PyFunction) f).qualname = str(v, "__qualname__"));
        attr(ns, "function", "__doc__", f -> ((PyFunction) f).doc, (f, v) -> ((PyFunction) f).doc = Py.nn(v));
        attr(ns, "function", "__module__", f -> ((PyFunction) f).module,
                (f, v) -> ((PyFunction) f).module = Py.nn(v));
        attr(ns, "function", "__defaults__", f -> {
            Object[] d = ((PyFunction) f).defaults;
            return d == null ? Py.NONE : PyTuple.of(d.clone());
        }, (f, v) -> ((PyFunction) f).defaults = Py.isNone(v) ? null : ((PyTuple) v).items());
        attr(ns, "function", "__kwdefaults__", f -> Py.nn(((PyFunction) f).kwdefaults),
                (f, v) -> ((PyFunction) f).kwdefaults = Py.isNone(v) ? null : (PyDict) v);
        attr(ns, "function", "__globals__", f -> ((PyFunction) f).globals, null);
        attr(ns, "function", "__closure__", f -> {
            PyCell[] c = ((PyFunction) f).closure;
            return c == null ? Py.NONE : PyTuple.of((Object[]) c.clone());
        }, null);
        attr(ns, "function", "__code__", f -> new CodeRef(((PyFunction) f).code), null);
        attr(ns, "function", "__annotations__", f -> {
            PyFunction fn = (PyFunction) f;
            if (fn.annotations == null) {
                fn.annotations = new PyDict();
            }
            return fn.annotations;
        }, (f, v) -> ((PyFunction) f).annotations = (PyDict) v);
        method(ns, "function", "__get__", (self, a, k) -> {
            Object instance = a.length > 0 ? a[0] : Py.NONE;
            return Py.isNone(instance) ? self : new PyMethod(self, instance);
        });
    }

    private static void codeAttrs(Map<String, Object> ns) {
        attr(ns, "code", "co_name", c -> ((CodeRef) c).code().name(), null);
        attr(ns, "code", "co_qualname", c -> ((CodeRef) c).code().qualname(), null);
        attr(ns, "code", "co_filename", c -> ((CodeRef) c).code().filename(), null);
        attr(ns, "code", "co_firstlineno", c -> Py.integer(((CodeRef) c).code().firstLine()), null);
        attr(ns, "code", "co_flags", c -> Py.integer(((CodeRef) c).code().flags()), null);
        attr(ns, "code", "co_argcount", c -> Py.integer(((CodeRef) c).code().argcount()), null);
        attr(ns, "code", "co_varnames", c -> PyTuple.of(((CodeRef) c).code().varnames().toArray()), null);
        attr(ns, "code", "co_posonlyargcount", c -> Py.integer(((CodeRef) c).code().posonlyargcount()), null);
        attr(ns, "code", "co_kwonlyargcount", c -> Py.integer(((CodeRef) c).code().kwonlyargcount()), null);
    }

    private static void frameAttrs(Map<String, Object> ns) {
        attr(ns, "frame", "f_lineno", f -> Py.integer(((FrameRef) f).owner().line()), null);
        attr(ns, "frame", "f_code", f -> new CodeRef(((FrameRef) f).owner().frame.code), null);
    }

    private static void genCommon(Map<String, Object> ns, String owner, String prefix) {
        // An engine coroutine (asyncio.sleep(...)) is a "coroutine" too, without a frame the program can see.
        attr(ns, owner, "__name__", g -> g instanceof GenBase gb ? gb.name : engineName((EngineCoro) g, false),
                (g, v) -> asGen(g, "__name__").name = str(v, "__name__"));
        attr(ns, owner, "__qualname__", g -> g instanceof GenBase gb ? gb.qualname : engineName((EngineCoro) g, true),
                (g, v) -> asGen(g, "__qualname__").qualname = str(v, "__qualname__"));
        attr(ns, owner, prefix + "_running", g -> g instanceof GenBase gb && gb.running, null);
        attr(ns, owner, prefix + "_frame", g -> g instanceof GenBase gb && !gb.finished ? new FrameRef(gb) : Py.NONE,
                null);
        attr(ns, owner, prefix + "_code", g -> g instanceof GenBase gb ? new CodeRef(gb.frame.code) : Py.NONE, null);
        method(ns, owner, "close", (self, a, k) -> {
            Native.noArgs("close", a, k);
            if (self instanceof EngineCoro e) {
                e.close();
            } else {
                ((GenBase) self).closeImpl();
            }
            return Py.NONE;
        });
    }

    private static String engineName(EngineCoro coro, boolean qualified) {
        String q = coro.qualifiedName();
        return qualified ? q : q.substring(q.lastIndexOf('.') + 1);
    }

    private static GenBase asGen(Object g, String name) {
        if (g instanceof GenBase gb) {
            return gb;
        }
        throw Errors.attributeError("attribute '" + name + "' of 'coroutine' objects is not writable");
    }

    private static void generatorAttrs(Map<String, Object> ns) {
        genCommon(ns, "generator", "gi");
        attr(ns, "generator", "gi_yieldfrom", g -> Py.nn(((GenBase) g).yieldingFrom()), null);
        method(ns, "generator", "__iter__", (self, a, k) -> self);
        method(ns, "generator", "__next__", (self, a, k) -> ((PyGenerator) self).send(Py.NONE));
        method(ns, "generator", "send", (self, a, k) ->
                ((PyGenerator) self).send(Native.oneArg("send", a, k)));
        method(ns, "generator", "throw", (self, a, k) -> ((PyGenerator) self).throwIn(a));
    }

    private static void coroutineAttrs(Map<String, Object> ns) {
        genCommon(ns, "coroutine", "cr");
        attr(ns, "coroutine", "cr_await", g -> g instanceof GenBase gb ? Py.nn(gb.yieldingFrom()) : Py.NONE, null);
        method(ns, "coroutine", "__await__", (self, a, k) -> new CoroutineWrapper((Delegate) self));
        method(ns, "coroutine", "send", (self, a, k) -> {
            Object v = Native.oneArg("send", a, k);
            if (self instanceof EngineCoro e) {
                return engineOutcome(e, e.send(v));
            }
            return ((PyCoroutine) self).sendPy(v);
        });
        method(ns, "coroutine", "throw", (self, a, k) -> {
            PyException error = GenBase.throwArgument(a);
            if (self instanceof EngineCoro e) {
                return engineOutcome(e, e.throwInto(error));
            }
            return ((PyCoroutine) self).throwPy(error);
        });
    }

    private static Object engineOutcome(EngineCoro coro, org.loopscope.engine.Resumption r) {
        if (r instanceof org.loopscope.engine.Resumption.Suspended s) {
            return Py.nn(s.yielded());
        }
        throw Errors.stopIteration(Py.nn(((org.loopscope.engine.Resumption.Returned) r).value()));
    }

    private static void asyncGeneratorAttrs(Map<String, Object> ns) {
        genCommon(ns, "async_generator", "ag");
        attr(ns, "async_generator", "ag_await", g -> Py.nn(((GenBase) g).yieldingFrom()), null);
        method(ns, "async_generator", "__aiter__", (self, a, k) -> self);
        method(ns, "async_generator", "__anext__", (self, a, k) -> ((PyAsyncGenerator) self).asend(Py.NONE));
        method(ns, "async_generator", "asend", (self, a, k) ->
                ((PyAsyncGenerator) self).asend(Native.oneArg("asend", a, k)));
        method(ns, "async_generator", "athrow", (self, a, k) ->
                ((PyAsyncGenerator) self).athrow(GenBase.throwArgument(a)));
        method(ns, "async_generator", "aclose", (self, a, k) -> ((PyAsyncGenerator) self).athrow(null));
    }

    private static void wrapperAttrs(Map<String, Object> ns) {
        method(ns, "coroutine_wrapper", "__iter__", (self, a, k) -> self);
        method(ns, "coroutine_wrapper", "__next__", (self, a, k) -> ((CoroutineWrapper) self).step(Py.NONE, null));
        method(ns, "coroutine_wrapper", "send", (self, a, k) ->
                ((CoroutineWrapper) self).step(Native.oneArg("send", a, k), null));
        method(ns, "coroutine_wrapper", "throw", (self, a, k) ->
                ((CoroutineWrapper) self).step(null, GenBase.throwArgument(a)));
        method(ns, "coroutine_wrapper", "close", (self, a, k) -> {
            ((CoroutineWrapper) self).delegateClose(Interpreter.current());
            return Py.NONE;
        });
    }

    private static void awaitableAttrs(Map<String, Object> ns, String owner) {
        method(ns, owner, "__await__", (self, a, k) -> self);
        method(ns, owner, "__iter__", (self, a, k) -> self);
        method(ns, owner, "__next__", (self, a, k) -> delegateStep((Delegate) self, Py.NONE, null));
        method(ns, owner, "send", (self, a, k) -> delegateStep((Delegate) self, Native.oneArg("send", a, k), null));
        method(ns, owner, "throw", (self, a, k) -> delegateStep((Delegate) self, null, GenBase.throwArgument(a)));
        method(ns, owner, "close", (self, a, k) -> {
            ((Delegate) self).delegateClose(Interpreter.current());
            return Py.NONE;
        });
    }

    private static Object delegateStep(Delegate d, Object value, PyException error) {
        Interpreter in = Interpreter.current();
        Object r = error == null ? d.delegateSend(in, value) : d.delegateThrow(in, error);
        if (r == Eval.SUSPENDED) {
            Object y = in.delegated;
            in.delegated = null;
            return y;
        }
        throw Errors.stopIteration(r);
    }
}
