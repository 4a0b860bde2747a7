package org.loopscope.script.syntax;

import java.util.List;

/** One {@code for target in iter if cond ...} clause of a comprehension; {@code isAsync} for {@code async for}. */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync, Span span) implements Node {
    public Comprehension {
        ifs = List.copyOf(ifs);
    }
}
