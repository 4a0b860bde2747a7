package org.loopscope.script.modules;

import org.loopscope.script.interp.Interpreter;
import org.loopscope.script.interp.Native;
import org.loopscope.script.interp.Tracebacks;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyException;

/**
 * The few Java helpers a library module written in Python needs (what CPython's own modules get from C or from
 * frame introspection): put into the module's namespace, under a leading-underscore name, before its source runs.
 */
final class LibraryNatives {

    private LibraryNatives() {
    }

    static void install(String module, PyDict d, Interpreter interp) {
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
