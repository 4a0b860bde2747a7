package org.loopscope.script.modules;

import org.loopscope.engine.Clock;
import org.loopscope.engine.EventLoop;
import org.loopscope.script.interp.Interpreter;
import org.loopscope.script.interp.Native;
import org.loopscope.script.runtime.BuiltinFunction;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.ExcTypes;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyModule;

/**
 * The {@code time} module on the run's clock: {@code time()} (from {@link #EPOCH}), {@code monotonic()} and
 * {@code perf_counter()} read it; {@code process_time()} and {@code thread_time()} (CPU time) stand still;
 * {@code sleep(s)} holds the running
 * loop for {@code s} seconds (nothing else runs), or just lets the clock advance when no loop runs; on a simulated
 * executor thread it costs that thread's time only.
 */
final class TimeModule {

    /** {@code time.sleep} lengths from here on overflow CPython's int64 nanoseconds (2^63 ns). */
    private static final double MAX_SLEEP_SECONDS = 0x1p63 / 1e9;

    /**
     * Where the wall clock of {@code time.time()} starts: a fixed date (2024-01-01 00:00:00 UTC), so that a run stays
     * a pure function of its inputs while dates look like today's (a year after 2000); the monotonic clocks start at
     * 0 as the loop's does.
     */
    static final long EPOCH = 1_704_067_200L;

    private TimeModule() {
    }

    static PyModule create(Interpreter interp) {
        PyModule module = new PyModule("time", null);
        PyDict d = module.dict();
        Clock clock = interp.engine().clock();
        for (String name : new String[] {"time", "monotonic", "perf_counter"}) {
            long epoch = name.equals("time") ? EPOCH : 0;
            d.put(name, new BuiltinFunction(name, (a, k) -> {
                Native.noArgs(name, a, k);
                return epoch + clock.now() + interp.workerOffset();
            }));
        }
        for (String name : new String[] {"time_ns", "monotonic_ns", "perf_counter_ns"}) {
            long epoch = name.equals("time_ns") ? EPOCH : 0;
            d.put(name, new BuiltinFunction(name, (a, k) -> {
                Native.noArgs(name, a, k);
                return Py.integer(epoch * 1_000_000_000L + Math.round((clock.now() + interp.workerOffset()) * 1e9));
            }));
        }
        // CPU time: statements cost no virtual time and sleeping is not running, so it stands still.
        for (String name : new String[] {"process_time", "thread_time"}) {
            d.put(name, new BuiltinFunction(name, (a, k) -> {
                Native.noArgs(name, a, k);
                return 0.0;
            }));
        }
        for (String name : new String[] {"process_time_ns", "thread_time_ns"}) {
            d.put(name, new BuiltinFunction(name, (a, k) -> {
                Native.noArgs(name, a, k);
                return Py.integer(0);
            }));
        }
        d.put("sleep", new BuiltinFunction("sleep", (a, k) -> {
            Object arg = Native.oneArg("sleep", a, k);
            double seconds = AsyncioState.seconds(arg, false);
            // CPython converts the length to int64 nanoseconds first
            if (Math.abs(seconds) >= MAX_SLEEP_SECONDS) {
                throw Errors.of(ExcTypes.OVERFLOW_ERROR, arg instanceof Double
                        ? "timestamp out of range for platform time_t"
                        : "timestamp too large to convert to C _PyTime_t");
            }
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
