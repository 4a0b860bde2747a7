package org.loopscope.script.syntax;

import java.util.List;

/** {@code except type as name: body}; type and name are null for a bare {@code except:}. */
public record ExceptHandler(Expr type, String name, List<Stmt> body, Span span) implements Node {
    public ExceptHandler {
        body = List.copyOf(body);
    }
}
