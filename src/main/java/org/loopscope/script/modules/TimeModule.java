package org.loopscope.script.modules;

import org.loopscope.engine.Clock;
import org.loopscope.engine.EventLoop;
import org.loopscope.script.interp.Interpreter;
import org.loopscope.script.interp.Native;
import org.loopscope.script.runtime.BuiltinFunction;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyModule;

/**
 * The {@code time} module on the run's clock: {@code time()}, {@code monotonic()} and {@code perf_counter()} read
 * it; {@code sleep(s)} holds the running loop for {@code s} seconds (nothing else runs), or just lets the clock
 * advance when no loop runs; on a simulated executor thread it costs that thread's time only.
 */
final class TimeModule {

    private TimeModule() {
    }

    static PyModule create(Interpreter interp) {
        PyModule module = new PyModule("time", null);
        PyDict d = module.dict();
        Clock clock = interp.engine().clock();
        for (String name : new String[] {"time", "monotonic", "perf_counter", "process_time"}) {
            d.put(name, new BuiltinFunction(name, (a, k) -> {
                Native.noArgs(name, a, k);
                return clock.now() + interp.workerOffset();
            }));
        }
        for (String name : new String[] {"time_ns", "monotonic_ns", "perf_counter_ns"}) {
            d.put(name, new BuiltinFunction(name, (a, k) -> {
                Native.noArgs(name, a, k);
                return Py.integer(Math.round((clock.now() + interp.workerOffset()) * 1e9));
            }));
        }
        d.put("sleep", new BuiltinFunction("sleep", (a, k) -> {
            double seconds = AsyncioState.seconds(Native.oneArg("sleep", a, k), false);
            if (seconds < 0) {
                throw Errors.valueError("sleep length must be non-negative");
            }
            EventLoop loop = interp.engine().runningLoop();
            if (interp.onWorker()) {
                interp.workerBlocked(seconds);
            } else if (loop != null) {
                loop.block(seconds, "time.sleep");
            } else {
                clock.block(seconds);
            }
            return Py.NONE;
        }));
        return module;
    }
}
