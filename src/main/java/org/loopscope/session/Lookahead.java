package org.loopscope.session;

import java.util.Locale;
import org.loopscope.engine.EventLoop;
import org.loopscope.engine.Instrument;
import org.loopscope.engine.Task;
import org.loopscope.trace.TraceRecorder;

/**
 * Keeps a session's run from running away from its reader: at each loop iteration and each source line it pauses
 * the run once the trace is {@link SessionOptions#lookahead()} events beyond what the reader asked for, ends the
 * recording (not the run) once the trace holds {@link SessionOptions#maxEvents()} events or takes
 * {@link SessionOptions#traceBudget()} bytes, and tells the session when new events were published. Attached after
 * the recorder, so the recorder has written the event of the same call before it looks.
 */
final class Lookahead implements Instrument {

    /** Lines between two checks whether listeners are due a notice (reading the clock costs). */
    private static final int LINES_PER_NOTICE_CHECK = 256;

    /** Events between two estimates of the trace's bytes (an estimate sums a few dozen fields). */
    private static final int EVENTS_PER_BUDGET_CHECK = 1024;

    private final Session session;
    private final TraceRecorder recorder;
    private final int maxEvents;
    private final long budget;
    private int lines;
    private int nextBudgetCheck;

    Lookahead(Session session, TraceRecorder recorder, SessionOptions options) {
        this.session = session;
        this.recorder = recorder;
        this.maxEvents = options.maxEvents();
        this.budget = options.traceBudget();
    }

    @Override
    public void iterationBegin(EventLoop loop, long iteration) {
        gate();
    }

    @Override
    public void iterationEnd(EventLoop loop, long iteration) {
        // The recorder published at this iteration's end.
        session.published(true);
    }

    @Override
    public void instrumentFailed(Instrument failed, RuntimeException error) {
        // The recorder notes it in the trace as a warning; the session keeps the exception for the app's error bar.
        session.instrumentFailed(error);
    }

    @Override
    public void line(EventLoop loop, Task task, int line) {
        if (++lines == LINES_PER_NOTICE_CHECK) {
            lines = 0;
            session.published(false);
        }
        gate();
    }

    private void gate() {
        int size = recorder.size();
        if (size >= maxEvents) {
            session.stopRecording(this, String.format(Locale.ROOT, "the trace reached %,d events, the most a "
                    + "session keeps; the rest of the run was not recorded", maxEvents));
            return;
        }
        if (size >= nextBudgetCheck) {
            nextBudgetCheck = size + EVENTS_PER_BUDGET_CHECK;
            if (recorder.estimatedBytes() >= budget) {
                session.stopRecording(this, String.format(Locale.ROOT, "the trace reached its memory budget of "
                        + "%,d MB at %,d events; the rest of the run was not recorded (java -D%s=MB sets the "
                        + "budget)", budget >> 20, size, SessionOptions.TRACE_BUDGET_PROPERTY));
                return;
            }
        }
        if (session.stopRequested()) {
            session.throwIfStopped();
        }
        if (size >= session.allowed()) {
            session.pause();
        }
    }
}
