package org.loopscope.script.modules;

import java.util.Map;
import org.loopscope.engine.Handle;
import org.loopscope.engine.TimerHandle;
import org.loopscope.script.interp.Native;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyType;

/** What {@code call_soon}/{@code call_later}/{@code call_at} return: {@code asyncio.Handle}/{@code TimerHandle}. */
final class HandleObject extends PyObject {

    static final PyType HANDLE = Native.newType("Handle", "asyncio.events", null, HandleObject::methods);
    static final PyType TIMER_HANDLE = Native.newType("TimerHandle", "asyncio.events", HANDLE, ns -> {
        Native.method(ns, "TimerHandle", "when", (s, a, k) -> ((TimerHandle) ((HandleObject) s).handle).when());
    });

    final Handle handle;

    HandleObject(Handle handle) {
        this.handle = handle;
    }

    @Override
    public PyType type() {
        return handle instanceof TimerHandle ? TIMER_HANDLE : HANDLE;
    }

    private static void methods(Map<String, Object> ns) {
        Native.method(ns, "Handle", "cancel", (s, a, k) -> {
            Native.noArgs("cancel", a, k);
            ((HandleObject) s).handle.cancel();
            return Py.NONE;
        });
        Native.method(ns, "Handle", "cancelled", (s, a, k) -> {
            Native.noArgs("cancelled", a, k);
            return ((HandleObject) s).handle.cancelled();
        });
        // CPython 3.11's handles keep their context in _context (get_context() came in 3.12).
        Native.attribute(ns, "Handle", "_context", s -> {
            Object context = ((HandleObject) s).handle.context();
            return context != null ? context : new ContextvarsModule.Context(new java.util.LinkedHashMap<>());
        }, null);
    }

    @Override
    public String toString() {
        return handle.toString();
    }
}
