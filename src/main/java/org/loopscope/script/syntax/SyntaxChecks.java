package org.loopscope.script.syntax;

/** Placeholder: compile-time checks come next. */
final class SyntaxChecks {
    private SyntaxChecks() {
    }

    static void check(Module m) {
    }
}
