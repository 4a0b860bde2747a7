package org.loopscope.script.syntax;

import java.util.List;

/**
 * A parsed file: its name (as given to the parser, shown in error messages and tracebacks), its physical lines
 * (after newline normalisation, each with its {@code \n} except perhaps the last) for messages that quote a line,
 * and its statements.
 */
public record Module(String filename, List<String> sourceLines, List<Stmt> body) {
    public Module {
        sourceLines = List.copyOf(sourceLines);
        body = List.copyOf(body);
    }

    /** Line {@code n} (1-based) without its newline, or "" past the end. */
    public String line(int n) {
        if (n < 1 || n > sourceLines.size()) {
            return "";
        }
        String l = sourceLines.get(n - 1);
        return l.endsWith("\n") ? l.substring(0, l.length() - 1) : l;
    }
}
