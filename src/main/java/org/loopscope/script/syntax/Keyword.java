package org.loopscope.script.syntax;

/** A keyword argument {@code arg=value} in a call or class header; {@code arg} is null for {@code **value}. */
public record Keyword(String arg, Expr value, Span span) implements Node {
}
