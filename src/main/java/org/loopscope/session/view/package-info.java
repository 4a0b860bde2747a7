/**
 * Read models of a trace for the timeline: immutable, built from a {@code Trace} and cheap to extend as a live trace
 * grows. {@link org.loopscope.session.view.TimelineModel} is the entry; the UI sees the trace only through it.
 */
package org.loopscope.session.view;
