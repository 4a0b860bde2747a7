package org.loopscope.session.variables;

/**
 * One frame of a task as recorded: its function, the line it was at, and its variables.
 *
 * @param function the code's name
 * @param line     the line (about to run, at a line event; of the suspension, at a step's end)
 * @param locals   its variables (shared with the previous snapshot when they did not change)
 */
record FrameSnapshot(String function, int line, Locals locals) {
}
