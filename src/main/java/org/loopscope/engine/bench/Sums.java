package org.loopscope.engine.bench;

import java.util.List;

/** Python's {@code sum()} over a list of boxed integers, as the benchmark scripts use it. */
final class Sums {

    private Sums() {
    }

    static long sum(List<?> values) {
        long total = 0;
        for (Object value : values) {
            total += ((Number) value).longValue();
        }
        return total;
    }
}
