package org.loopscope.session;

import java.util.Arrays;
import org.loopscope.trace.EventKind;
import org.loopscope.trace.EventLog;
import org.loopscope.trace.Trace;

/**
 * The positions of one kind of event in a growing trace, found by one scan that goes on from where it stopped as
 * the trace grows: what makes stepping back over long stretches without that kind (an iteration of a million events)
 * a lookup instead of a scan. Not thread-safe; a trace only grows, so positions found stay right.
 */
final class KindIndex {

    private final EventKind kind;
    private int[] positions = new int[64];
    private int count;
    private int scanned;

    KindIndex(EventKind kind) {
        this.kind = kind;
    }

    /** The last event of the kind at or before {@code event} in {@code trace}, or -1. */
    int lastBefore(Trace trace, int event) {
        if (event < 0) {
            return -1;
        }
        extend(trace.events(), Math.min(event + 1, trace.size()));
        int at = Arrays.binarySearch(positions, 0, count, event);
        if (at >= 0) {
            return positions[at];
        }
        int insertion = -at - 1;
        return insertion == 0 ? -1 : positions[insertion - 1];
    }

    private void extend(EventLog log, int upTo) {
        for (int i = scanned; i < upTo; i++) {
            if (log.kind(i) == kind) {
                if (count == positions.length) {
                    positions = Arrays.copyOf(positions, count * 2);
                }
                positions[count++] = i;
            }
        }
        scanned = Math.max(scanned, upTo);
    }
}
