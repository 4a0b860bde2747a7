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
                Native.noArgs("getpid", a, k);
                return AiomultiprocessModule.currentPid(interp);
            });
            ModuleSupport.function(d, "getppid", (a, k) -> {
                Native.noArgs("getppid", a, k);
                return AiomultiprocessModule.currentParentPid(interp);
            });
            ModuleSupport.function(d, "cpu_count", (a, k) -> {
                Native.noArgs("cpu_count", a, k);
                return (long) ModuleSupport.CPU_COUNT;
            });
        }
        if (module.equals("traceback")) {
            ModuleSupport.function(d, "_format", (a, k) -> {
                Object exc = Native.oneArg("_format", a, k);
                if (!(exc instanceof PyException error)) {
                    throw Errors.typeError("expected an exception, got " + org.loopscope.script.runtime.Py.typeName(exc));
                }
                Tracebacks printer = ModuleSupport.tracebacks(interp);
                return printer.format(error);
            });
        }
    }
}
