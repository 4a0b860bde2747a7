package org.loopscope.ui.editor;

/**
 * Python indentation as the editor types it: four spaces per level, never tabs.
 */
public final class Indentation {

    /** One level of indentation. */
    public static final String UNIT = "    ";

    private Indentation() {
    }

    /**
     * Returns what Enter inserts: a line break, the current line's indentation, and one level more when the text
     * before the caret ends a block header ({@code if x:}, {@code async def f():}).
     *
     * @param beforeCaret the current line's text from its start to the caret
     */
    public static String newline(String beforeCaret) {
        int indent = 0;
        while (indent < beforeCaret.length()
                && (beforeCaret.charAt(indent) == ' ' || beforeCaret.charAt(indent) == '\t')) {
            indent++;
        }
        String leading = beforeCaret.substring(0, indent);
        return "\n" + leading + (opensBlock(beforeCaret) ? UNIT : "");
    }

    /** Returns whether a line ends with the colon of a block header, ignoring a trailing comment. */
    static boolean opensBlock(String line) {
        PythonHighlighter.Line colours = PythonHighlighter.line(line, PythonHighlighter.State.CODE);
        int end = line.length();
        for (PythonHighlighter.Token token : colours.tokens()) {
            if (token.kind() == PythonHighlighter.Kind.COMMENT) {
                end = token.start();
            }
        }
        if (colours.exit() != PythonHighlighter.State.CODE) {
            return false;
        }
        String code = line.substring(0, end).stripTrailing();
        return code.endsWith(":") && !code.isBlank();
    }
}
