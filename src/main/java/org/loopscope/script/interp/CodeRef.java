package org.loopscope.script.interp;

import org.loopscope.script.compile.CodeObject;
import org.loopscope.script.runtime.Identity;
import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyType;

/** A code object as the program sees it ({@code f.__code__}, {@code coro.cr_code}): read-only attributes. */
final class CodeRef extends PyObject {

    private final CodeObject code;

    CodeRef(CodeObject code) {
        this.code = code;
    }

    CodeObject code() {
        return code;
    }

    @Override
    public PyType type() {
        return InterpTypes.CODE;
    }

    @Override
    public String toString() {
        return "<code object " + code.name() + " at " + Identity.address(this) + ", file \"" + code.filename()
                + "\", line " + code.firstLine() + ">";
    }
}
