package org.loopscope.script.interp;

import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.PyIterator;
import org.loopscope.script.runtime.PyType;

/** A generator object: the frame of a generator function, resumed by iteration, {@code send} and {@code throw}. */
final class PyGenerator extends GenBase implements PyIterator {

    PyGenerator(Interpreter interp, Frame frame, PyFunction function) {
        super(interp, frame, function);
    }

    @Override
    String kind() {
        return "generator";
    }

    @Override
    public PyType type() {
        return InterpTypes.GENERATOR;
    }

    @Override
    public Object next() {
        Object r = resumeFrame(org.loopscope.script.runtime.Py.NONE, null);
        return r == Eval.SUSPENDED ? frame.yielded : STOP;
    }

    /** {@code send(value)}: the next yielded value, or StopIteration carrying the return value. */
    Object send(Object value) {
        return outcome(resumeFrame(value, null));
    }

    /** {@code throw(...)}. */
    Object throwIn(Object[] args) {
        return outcome(throwImpl(throwArgument(args)));
    }

    private Object outcome(Object r) {
        if (r == Eval.SUSPENDED) {
            return frame.yielded;
        }
        throw Errors.stopIteration(r);
    }

    /** Whether {@code types.coroutine} marked the code as usable in {@code await}. */
    boolean isIterableCoroutine() {
        return frame.code.has(org.loopscope.script.compile.CodeObject.ITERABLE_COROUTINE);
    }
}
