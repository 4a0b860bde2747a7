package org.loopscope.script.syntax;

import java.util.List;
import java.util.Set;

/**
 * The errors CPython 3.11 raises after parsing, while compiling, in its order: {@code __future__} imports, then
 * nesting too deep for the compiler (RecursionError), then the symbol-table errors of {@link ScopeChecks}
 * (global/nonlocal misuse, duplicate parameters, 'yield' inside a comprehension...), then the code-generation
 * errors of {@link CompileChecks} ('return' outside function, 'await' outside async function, 'break' outside
 * loop, misplaced starred expressions, repeated keyword arguments...).
 */
final class SyntaxChecks {

    /** CPython's compiler gives up past this many nested statements and expressions (3 x recursion limit). */
    static final int MAX_NESTING = 3000;

    private static final Set<String> FUTURES = Set.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
            "generator_stop", "annotations");

    private SyntaxChecks() {
    }

    /** Throws the first compile-time error of a parsed module, if any. */
    static void check(Module m, SourceText source) {
        ErrorFactory errors = new ErrorFactory(m.filename(), source);
        int futureLine = futures(m, errors);
        if (Nesting.depth(m) > MAX_NESTING) {
            throw PySyntaxError.recursion(m.filename());
        }
        ScopeChecks.Result scopes = new ScopeChecks(errors).run(m);
        new CompileChecks(errors, scopes, futureLine).run(m);
    }

    /**
     * future.c: {@code from __future__ import x} must name a known feature. Returns the line of the last future
     * import at the top of the file (-1 if none); later ones are errors of the compiler.
     */
    private static int futures(Module m, ErrorFactory errors) {
        List<Stmt> body = m.body();
        int i = 0;
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                && c.value() instanceof String) {
            i = 1;
        }
        int line = -1;
        for (; i < body.size(); i++) {
            if (!(body.get(i) instanceof Stmt.ImportFrom f) || !"__future__".equals(f.module()) || f.level() != 0) {
                return line;
            }
            line = f.span().line();
            for (Alias a : f.names()) {
                if (a.name().equals("braces")) {
                    throw errors.atStart("not a chance", f.span());
                }
                if (!FUTURES.contains(a.name())) {
                    throw errors.atStart("future feature " + a.name() + " is not defined", f.span());
                }
            }
        }
        return line;
    }

    /** Makes errors located on nodes, with CPython's byte columns and the file's line. */
    static final class ErrorFactory {
        private final String filename;
        private final SourceText source;

        ErrorFactory(String filename, SourceText source) {
            this.filename = filename;
            this.source = source;
        }

        /** An error spanning a node (PyErr_RangedSyntaxLocationObject / compiler_error). */
        PySyntaxError at(String msg, Span s) {
            return new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR, msg, filename, s.line(),
                    source.byteColumn(s.line(), s.col()) + 1, s.endLine(),
                    source.byteColumn(s.endLine(), s.endCol()) + 1,
                    source.fileLine(s.line()));
        }

        /** An error with only a start position (PyErr_SyntaxLocationObject). */
        PySyntaxError atStart(String msg, Span s) {
            return new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR, msg, filename, s.line(),
                    source.byteColumn(s.line(), s.col()) + 1, s.line(), -1, source.fileLine(s.line()));
        }
    }
}
