package org.loopscope.script.syntax;

/** One parameter: its name and optional annotation. */
public record Arg(String arg, Expr annotation, Span span) implements Node {
}
