package org.loopscope.script.syntax;

/** An imported name: {@code name as asname} ({@code asname} null when absent; name may be dotted or "*"). */
public record Alias(String name, String asname, Span span) implements Node {
}
