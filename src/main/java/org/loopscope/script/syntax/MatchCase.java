package org.loopscope.script.syntax;

import java.util.List;

/** One {@code case pattern [if guard]: body} of a {@code match} statement ({@code guard} null when absent). */
public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body, Span span) implements Node {
    public MatchCase {
        body = List.copyOf(body);
    }
}
