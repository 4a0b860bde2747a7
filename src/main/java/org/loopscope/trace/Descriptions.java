package org.loopscope.trace;

import java.math.BigDecimal;
import java.math.MathContext;
import org.loopscope.engine.Coroutine;
import org.loopscope.engine.Future;
import org.loopscope.engine.GatheringFuture;
import org.loopscope.engine.StepCoroutine;
import org.loopscope.engine.Task;
import org.loopscope.engine.WaiterFuture;

/** How the trace names what a task awaits, what a timer is for, and where a coroutine stands. */
final class Descriptions {

    /** What a task suspended with a bare {@code yield} (as {@code asyncio.sleep(0)} does) awaits. */
    static final String YIELD = "yield";
    /** How {@code asyncio.sleep}'s timer callback describes itself. */
    private static final String SLEEP_CALLBACK = "_set_result_unless_cancelled(";
    private static final String RUNNING_AT = " running at ";

    private Descriptions() {
    }

    /**
     * What awaiting {@code future} means: a task's name, {@code gather}, a primitive's operation
     * ({@code Lock.acquire}, {@code Queue.get}), {@code sleepTimer} for the plain future of {@code asyncio.sleep},
     * else the future's class.
     */
    static String awaited(Future future, String sleepTimer) {
        if (future == null) {
            return YIELD;
        }
        if (future instanceof Task task) {
            return task.getName();
        }
        if (future instanceof GatheringFuture) {
            return "gather";
        }
        if (future instanceof WaiterFuture waiter) {
            return waiter.operation();
        }
        if (future.getClass() == Future.class && sleepTimer != null) {
            return sleepTimer;
        }
        return future.getClass().getSimpleName();
    }

    /** Whether a timer callback's description is {@code asyncio.sleep}'s. */
    static boolean isSleepTimer(String callback) {
        return callback.startsWith(SLEEP_CALLBACK);
    }

    /** {@code sleep(1)}, {@code sleep(0.25)}: the delay rounded to 12 significant digits, as a literal reads. */
    static String sleep(double delay) {
        return "sleep(" + number(delay) + ")";
    }

    /** A number as a Python literal would read: {@code 1}, {@code 0.5}, {@code 1e-06} is {@code 0.000001}. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(12)).stripTrailingZeros();
        return rounded.scale() <= 0 ? rounded.toBigInteger().toString() : rounded.toPlainString();
    }

    /** A callback's description without CPython's {@code " at /path/file.py:N"} suffix. */
    static String callback(String description) {
        int at = description.indexOf(" at /");
        return at < 0 ? description : description.substring(0, at);
    }

    /** Whether a coroutine class has its own description (StepCoroutine's names no line: no need to ask it). */
    private static final ClassValue<Boolean> DESCRIBES_ITSELF = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                return type.getMethod("describe").getDeclaringClass() != StepCoroutine.class;
            } catch (NoSuchMethodException e) {
                return true;
            }
        }
    };

    /** The line a suspended coroutine stands at, from {@code name() running at /file.py:N}; -1 if it does not say. */
    static int line(Coroutine coroutine) {
        if (!DESCRIBES_ITSELF.get(coroutine.getClass())) {
            return -1;
        }
        String description = coroutine.describe();
        int running = description.indexOf(RUNNING_AT);
        int colon = description.lastIndexOf(':');
        if (running < 0 || colon < running || colon == description.length() - 1) {
            return -1;
        }
        int line = 0;
        for (int i = colon + 1; i < description.length(); i++) {
            char c = description.charAt(i);
            if (c < '0' || c > '9' || line > 100_000_000) {
                return -1;
            }
            line = line * 10 + (c - '0');
        }
        return line;
    }
}
