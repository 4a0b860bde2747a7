package org.loopscope.script.interp;

import org.loopscope.script.runtime.Identity;
import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyType;

/** The frame of a suspended generator or coroutine as the program sees it ({@code gi_frame}, {@code cr_frame}). */
final class FrameRef extends PyObject {

    private final GenBase owner;

    FrameRef(GenBase owner) {
        this.owner = owner;
    }

    GenBase owner() {
        return owner;
    }

    @Override
    public PyType type() {
        return InterpTypes.FRAME;
    }

    @Override
    public String toString() {
        return "<frame at " + Identity.address(this) + ", file '" + owner.frame.code.filename() + "', line "
                + owner.line() + ", code " + owner.frame.code.name() + ">";
    }
}
