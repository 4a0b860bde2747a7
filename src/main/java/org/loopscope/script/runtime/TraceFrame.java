package org.loopscope.script.runtime;

/** One line of a traceback: the file, the line number and the function's name ({@code <module>} at top level). */
public record TraceFrame(String file, int line, String function) {
}
