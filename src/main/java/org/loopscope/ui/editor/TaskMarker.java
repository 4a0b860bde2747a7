package org.loopscope.ui.editor;

import java.util.Objects;

/**
 * A task shown in the editor's gutter: one coloured dot at the line where the task is now.
 *
 * @param line     the 1-based line
 * @param colorHex the task's lane colour, {@code #RRGGBB}
 * @param label    the tooltip: the task's name and state, e.g. {@code Task-2 — WAITING}
 * @param selected whether it is the selected task's (drawn ringed, first on its line)
 */
public record TaskMarker(int line, String colorHex, String label, boolean selected) {

    /** A marker of a task that is not selected. */
    public TaskMarker(int line, String colorHex, String label) {
        this(line, colorHex, label, false);
    }

    public TaskMarker {
        if (line < 1) {
            throw new IllegalArgumentException("lines count from 1: " + line);
        }
        Objects.requireNonNull(colorHex, "colorHex");
        Objects.requireNonNull(label, "label");
    }
}
