package org.loopscope.script.modules;

import org.loopscope.script.interp.Interpreter;
import org.loopscope.script.interp.Native;
import org.loopscope.script.interp.Tracebacks;
import org.loopscope.script.modules.aiomultiprocess.AiomultiprocessModule;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.PyModule;
import org.loopscope.script.runtime.PyOps;

/**
 * The few Java helpers a library module written in Python needs (what CPython's own modules get from C or from
 * frame introspection): put into the module's namespace, under a leading-underscore name, before its source runs.
 */
final class LibraryNatives {

    private LibraryNatives() {
    }

    /** Runs {@code call} (a logging call made by asyncio itself) as if from that asyncio source line. */
    static void asLibraryCaller(PyModule logging, String file, int line, String function, Runnable call) {
        PyDict d = logging.dict();
        Object saved = d.getStr("_library_caller");
        d.put("_library_caller", org.loopscope.script.runtime.PyTuple.of(
                org.loopscope.engine.Engine.CPYTHON_ASYNCIO + "/" + file, (long) line, function));
        try {
            call.run();
        } finally {
            d.put("_library_caller", saved == null ? org.loopscope.script.runtime.Py.NONE : saved);
        }
    }

    /** The one argument of {@code os.fspath(path)}, positional or by keyword, with CPython's errors. */
    private static Object fspathArgument(Object[] args, String[] kwnames) {
        // Keyword values come last in args, named by kwnames.
        if (args.length > 1) {
            throw Errors.typeError("fspath() takes at most 1 argument (" + args.length + " given)");
        }
        boolean named = kwnames != null && kwnames.length == 1;
        if (args.length == 0 || named && !kwnames[0].equals("path")) {
            throw Errors.typeError("fspath() missing required argument 'path' (pos 1)");
        }
        return args[0];
    }

    /** {@code os.fspath(path)}: a str as it is, else what its class's {@code __fspath__} returns (a str). */
    private static Object fspath(Object path) {
        org.loopscope.script.runtime.PyType type = org.loopscope.script.runtime.Py.type(path);
        if (type.isSubtype(org.loopscope.script.runtime.Types.STR)) {
            return path;
        }
        Object method = type.lookup("__fspath__");
        if (method == null) {
            throw Errors.typeError("expected str, bytes or os.PathLike object, not " + type.name());
        }
        Object result = PyOps.call(method, path);
        if (!org.loopscope.script.runtime.Py.type(result).isSubtype(org.loopscope.script.runtime.Types.STR)) {
            throw Errors.typeError("expected " + type.name() + ".__fspath__() to return str or bytes, not "
                    + org.loopscope.script.runtime.Py.typeName(result));
        }
        return result;
    }

    static void install(String module, PyDict d, Interpreter interp) {
        if (module.equals("logging")) {
            // (file, line, function) of the first frame outside the logging module, as CPython's findCaller.
            ModuleSupport.function(d, "_find_caller", (a, k) -> {
                String own = SourceModules.path("logging");
                for (int depth = 0; ; depth++) {
                    Interpreter.FrameInfo f = interp.runningFrame(depth);
                    if (f == null) {
                        return org.loopscope.script.runtime.PyTuple.of("(unknown file)", 0L, "(unknown function)");
                    }
                    if (!f.file().equals(own)) {
                        return org.loopscope.script.runtime.PyTuple.of(f.file(), (long) f.line(), f.function());
                    }
                }
            });
        }
        if (module.equals("logging")) {
            // BaseSelectorEventLoop.__init__: logger.debug('Using selector: %s', ...), through the program's logging.
            interp.engine().onNewLoop(loop -> {
                PyModule logging = interp.modules().get("logging");
                Object logger = PyOps.call(PyOps.getattr(logging, "getLogger"), "asyncio");
                asLibraryCaller(logging, "selector_events.py", 54, "__init__", () ->
                        PyOps.call(PyOps.getattr(logger, "debug"), "Using selector: %s", "EpollSelector"));
            });
        }
        if (module.equals("os")) {
            // Of the simulated machine, never the host's: see os.py and AiomultiprocessModule.
            ModuleSupport.function(d, "getpid", (a, k) -> {
                Native.noArgs("posix.getpid", a, k);
                return AiomultiprocessModule.currentPid(interp);
            });
            ModuleSupport.function(d, "getppid", (a, k) -> {
                Native.noArgs("posix.getppid", a, k);
                return AiomultiprocessModule.currentParentPid(interp);
            });
            // Built in, as in CPython: no frame of os in a traceback.
            ModuleSupport.function(d, "fspath", (a, k) -> fspath(fspathArgument(a, k)));
            ModuleSupport.function(d, "cpu_count", (a, k) -> {
                Native.noArgs("posix.cpu_count", a, k);
                return (long) ModuleSupport.CPU_COUNT;
            });
        }
        if (module.equals("traceback")) {
            ModuleSupport.function(d, "_format", (a, k) -> {
                Object exc = Native.oneArg("_format", a, k);
                if (!(exc instanceof PyException error)) {
                    throw Errors.typeError("expected an exception, got "
                            + org.loopscope.script.runtime.Py.typeName(exc));
                }
                Tracebacks printer = ModuleSupport.tracebacks(interp);
                return printer.format(error);
            });
        }
    }
}
