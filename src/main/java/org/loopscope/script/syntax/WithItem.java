package org.loopscope.script.syntax;

/** One item of a {@code with}: {@code contextExpr as optionalVars} (the target, STORE context, or null). */
public record WithItem(Expr contextExpr, Expr optionalVars, Span span) implements Node {
}
