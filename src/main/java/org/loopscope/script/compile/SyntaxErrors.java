package org.loopscope.script.compile;

import org.loopscope.script.syntax.Module;
import org.loopscope.script.syntax.PySyntaxError;
import org.loopscope.script.syntax.Span;

/** Makes the SyntaxErrors the symbol table and the compiler raise, located as CPython locates them. */
final class SyntaxErrors {

    private final Module module;

    SyntaxErrors(Module module) {
        this.module = module;
    }

    /** A SyntaxError highlighting {@code span} (CPython's {@code PyErr_RangedSyntaxLocationObject}). */
    PySyntaxError at(Span span, String message) {
        String text = module.line(span.line());
        return new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR, message, module.filename(), span.line(),
                span.col() + 1, span.endLine(), span.endCol() + 1, text.isEmpty() ? null : text + "\n");
    }

    /** Python's private name mangling: {@code __x} inside class {@code C} is {@code _C__x}. */
    static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        if (i == privateName.length()) {
            return name;
        }
        return "_" + privateName.substring(i) + name;
    }
}
