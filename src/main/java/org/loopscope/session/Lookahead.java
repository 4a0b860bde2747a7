package org.loopscope.session;

import java.util.Locale;
import org.loopscope.engine.EventLoop;
import org.loopscope.engine.Instrument;
import org.loopscope.engine.RunAborted;
import org.loopscope.engine.Task;
import org.loopscope.trace.TraceRecorder;

/**
 * Keeps a session's run from running away from its reader: at each loop iteration and each source line it pauses
 * the run once the trace is {@link SessionOptions#lookahead()} events beyond what the reader asked for, stops it at
 * {@link SessionOptions#maxEvents()}, and tells the session when new events were published. Attached after the
 * recorder, so the recorder has written the event of the same call before it looks.
 */
final class Lookahead implements Instrument {

    /** Lines between two checks whether listeners are due a notice (reading the clock costs). */
    private static final int LINES_PER_NOTICE_CHECK = 256;

    private final Session session;
    private final TraceRecorder recorder;
    private final int maxEvents;
    private int lines;

    Lookahead(Session session, TraceRecorder recorder, SessionOptions options) {
        this.session = session;
        this.recorder = recorder;
        this.maxEvents = options.maxEvents();
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
            throw new RunAborted(RunAborted.Reason.STOPPED, String.format(Locale.ROOT,
                    "the trace reached %,d events, the most a session keeps; the run stops here", maxEvents));
        }
        if (session.stopRequested()) {
            session.throwIfStopped();
        }
        if (size >= session.allowed()) {
            session.pause();
        }
    }
}
