package org.loopscope.script.modules;

import org.loopscope.engine.Engine;
import org.loopscope.engine.EventLoop;
import org.loopscope.script.interp.Native;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.Identity;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyType;

/**
 * The event loop policy ({@code asyncio.get_event_loop_policy()}): CPython's default policy on the main thread,
 * whose {@code get_event_loop}, {@code set_event_loop} and {@code new_event_loop} act on the run's current loop.
 * {@code set_event_loop_policy} accepts another policy object or None (a fresh default one).
 */
final class LoopPolicy extends PyObject {

    static final PyType TYPE = Native.newType("_UnixDefaultEventLoopPolicy", "asyncio.unix_events", null, ns -> {
        String owner = "_UnixDefaultEventLoopPolicy";
        Native.method(ns, owner, "get_event_loop", (s, a, k) -> {
            Native.noArgs("get_event_loop", a, k);
            AsyncioState state = AsyncioState.current();
            Engine engine = state.interp.engine();
            EventLoop loop = engine.currentLoop();
            if (loop == null) {
                if (engine.eventLoopWasSet()) {
                    throw Errors.runtimeError("There is no current event loop in thread 'MainThread'.");
                }
                loop = engine.newEventLoop();
                engine.setEventLoop(loop);
            }
            return state.loop(loop);
        });
        Native.method(ns, owner, "set_event_loop", (s, a, k) -> {
            Object loop = Native.oneArg("set_event_loop", a, k);
            AsyncioState state = AsyncioState.current();
            state.interp.engine().setEventLoop(Py.isNone(loop) ? null : state.loopArg(loop));
            return Py.NONE;
        });
        Native.method(ns, owner, "new_event_loop", (s, a, k) -> {
            Native.noArgs("new_event_loop", a, k);
            AsyncioState state = AsyncioState.current();
            return state.loop(state.interp.engine().newEventLoop());
        });
    });

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return "<asyncio.unix_events._UnixDefaultEventLoopPolicy object at " + Identity.address(this) + ">";
    }

    /** Installs {@code get_event_loop_policy}, {@code set_event_loop_policy} and the policy class. */
    static void install(PyDict d) {
        Object[] policy = {null};
        d.put("DefaultEventLoopPolicy", TYPE);
        d.put("get_event_loop_policy", new org.loopscope.script.runtime.BuiltinFunction("get_event_loop_policy",
                (a, k) -> {
                    Native.noArgs("get_event_loop_policy", a, k);
                    if (policy[0] == null) {
                        policy[0] = new LoopPolicy();
                    }
                    return policy[0];
                }));
        d.put("set_event_loop_policy", new org.loopscope.script.runtime.BuiltinFunction("set_event_loop_policy",
                (a, k) -> {
                    Object p = Native.oneArg("set_event_loop_policy", a, k);
                    if (!Py.isNone(p) && !Py.type(p).isSubtype(TYPE)) {
                        throw Errors.typeError("policy must be an instance of AbstractEventLoopPolicy or None, not '"
                                + Py.typeName(p) + "'");
                    }
                    policy[0] = Py.isNone(p) ? new LoopPolicy() : p;
                    return Py.NONE;
                }));
    }
}
