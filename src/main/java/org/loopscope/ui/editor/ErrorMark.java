package org.loopscope.ui.editor;

import java.util.Objects;

/**
 * An error shown in the editor: the place is underlined and its line number marked, with the message as tooltip.
 *
 * @param line    the 1-based line
 * @param column  the 1-based column, as Python reports a {@code SyntaxError}'s offset
 * @param message what is wrong
 */
public record ErrorMark(int line, int column, String message) {

    public ErrorMark {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("lines and columns count from 1: " + line + ":" + column);
        }
        Objects.requireNonNull(message, "message");
    }
}
