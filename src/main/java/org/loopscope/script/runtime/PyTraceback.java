package org.loopscope.script.runtime;

import java.util.List;

/**
 * What {@code exc.__traceback__} shows: the frames an exception passed through, outermost first. The VM records
 * them on the exception ({@link PyException#addTraceFrame}); this object is a read-only snapshot of them.
 */
public final class PyTraceback extends PyObject {

    private final List<TraceFrame> frames;

    PyTraceback(List<TraceFrame> frames) {
        this.frames = List.copyOf(frames);
    }

    @Override
    public PyType type() {
        return Types.TRACEBACK;
    }

    /** The frames, outermost first. */
    public List<TraceFrame> frames() {
        return frames;
    }

    /** {@code tb_lineno}: the line in the outermost frame. */
    Object lineno() {
        return Py.integer(frames.get(0).line());
    }

    /** {@code tb_next}: the rest of the chain, or None. */
    Object next() {
        return frames.size() == 1 ? Py.NONE : new PyTraceback(frames.subList(1, frames.size()));
    }
}
