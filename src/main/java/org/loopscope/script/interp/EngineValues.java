package org.loopscope.script.interp;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.loopscope.engine.WaitResult;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyList;
import org.loopscope.script.runtime.PySet;
import org.loopscope.script.runtime.PyTuple;

/**
 * Turns what the engine hands back in Java form into the Python values a program sees: null is None, a list of
 * results (gather) a Python list, a {@link WaitResult} the {@code (done, pending)} tuple of sets.
 */
public final class EngineValues {

    private EngineValues() {
    }

    /** The Python value of an engine result. */
    public static Object toPython(Object value) {
        if (value == null) {
            return Py.NONE;
        }
        if (value instanceof WaitResult w) {
            return PyTuple.of(set(w.done()), set(w.pending()));
        }
        if (value instanceof List<?> list) {
            PyList out = new PyList(list.size());
            for (Object item : list) {
                out.append(toPython(item));
            }
            return out;
        }
        if (value instanceof Set<?> s) {
            return set(s);
        }
        return value;
    }

    private static PySet set(Collection<?> items) {
        PySet out = new PySet();
        for (Object item : items) {
            out.add(toPython(item));
        }
        return out;
    }
}
