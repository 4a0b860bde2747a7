package org.loopscope.ui.timeline;

/** What the timeline's x axis counts. */
public enum AxisMode {
    /** Virtual time in seconds: a span's width is how long it took. */
    TIME,
    /** Loop iterations, each the same width: steps that take no virtual time still get a width. */
    ITERATIONS
}
