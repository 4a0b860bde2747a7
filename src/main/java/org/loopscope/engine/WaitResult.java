package org.loopscope.engine;

import java.util.Collections;
import java.util.Set;
import java.util.StringJoiner;

/**
 * What {@code await asyncio.wait(fs)} returns: the tuple {@code (done, pending)}. Both sets keep the order in
 * which the futures were first given; CPython's are Python sets, which iterate in an order of their own.
 */
public record WaitResult(Set<Future> done, Set<Future> pending) {

    /** The sets, unmodifiable. */
    public WaitResult {
        done = Collections.unmodifiableSet(done);
        pending = Collections.unmodifiableSet(pending);
    }

    /** Python's repr of the tuple, for example {@code ({<Task finished ...>}, set())}. */
    @Override
    public String toString() {
        return "(" + setRepr(done) + ", " + setRepr(pending) + ")";
    }

    private static String setRepr(Set<Future> futures) {
        if (futures.isEmpty()) {
            return "set()";
        }
        StringJoiner joiner = new StringJoiner(", ", "{", "}");
        futures.forEach(f -> joiner.add(f.toString()));
        return joiner.toString();
    }
}
