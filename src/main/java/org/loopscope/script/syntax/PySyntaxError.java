package org.loopscope.script.syntax;

import java.nio.charset.StandardCharsets;

/**
 * A compile-time error in a script, carrying what CPython 3.11's {@code SyntaxError} carries: the exception class,
 * the message, the file name, the 1-based line, the 1-based column of the caret ({@code offset}), the end line and
 * end column ({@code end_offset}), and the source line text (null when there is none). Values that are None in
 * Python are -1 here. {@link #format()} renders it exactly as {@code python3 file.py} prints it on stderr.
 *
 * <p>Two kinds are not SyntaxErrors in Python but are compile-time failures all the same: a source too deeply
 * nested for the AST ({@code RecursionError: maximum recursion depth exceeded during compilation}) and one too deep
 * for the parser's stack ({@code MemoryError}). They have no location.
 */
public final class PySyntaxError extends RuntimeException {

    /** The Python exception class this error stands for. */
    public enum Kind {
        SYNTAX_ERROR("SyntaxError"), INDENTATION_ERROR("IndentationError"), TAB_ERROR("TabError"),
        RECURSION_ERROR("RecursionError"), MEMORY_ERROR("MemoryError");

        private final String pythonName;

        Kind(String pythonName) {
            this.pythonName = pythonName;
        }

        /** The name Python prints, e.g. {@code IndentationError}. */
        public String pythonName() {
            return pythonName;
        }
    }

    private static final long serialVersionUID = 1L;

    private final Kind kind;
    private final String msg;
    private final String filename;
    private final int line;
    private final int column;
    private final int endLine;
    private final int endColumn;
    private final String text;

    /** Creates an error with every attribute given; see the class comment for their meaning. */
    public PySyntaxError(Kind kind, String msg, String filename, int line, int column, int endLine, int endColumn,
                         String text) {
        super(kind.pythonName() + ": " + msg + " (" + filename + ", line " + line + ")");
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.line = line;
        this.column = column;
        this.endLine = endLine;
        this.endColumn = endColumn;
        this.text = text;
    }

    /** The error for a source nested too deeply to compile (CPython raises RecursionError). */
    public static PySyntaxError recursion(String filename) {
        return new PySyntaxError(Kind.RECURSION_ERROR, "maximum recursion depth exceeded during compilation",
                filename, -1, -1, -1, -1, null);
    }

    /** A MemoryError while parsing: a source too large to parse at all. */
    public static PySyntaxError outOfMemory(String filename) {
        return new PySyntaxError(Kind.MEMORY_ERROR, "", filename, -1, -1, -1, -1, null);
    }

    /** The error for a source nested too deeply for the parser's stack (CPython raises a bare MemoryError). */
    public static PySyntaxError parserStackOverflow(String filename) {
        return new PySyntaxError(Kind.MEMORY_ERROR, "", filename, -1, -1, -1, -1, null);
    }

    public Kind kind() {
        return kind;
    }

    /** Python's {@code msg}, e.g. {@code expected ':'}. */
    public String message() {
        return msg;
    }

    public String filename() {
        return filename;
    }

    /** Python's {@code lineno} (1-based), -1 if none. */
    public int line() {
        return line;
    }

    /** Python's {@code offset}: 1-based column of the caret in code points; 0 or -1 mean no caret. */
    public int column() {
        return column;
    }

    /** Python's {@code end_lineno}, -1 if none. */
    public int endLine() {
        return endLine;
    }

    /** Python's {@code end_offset}: 1-based column just past the highlighted range, -1 or 0 if none. */
    public int endColumn() {
        return endColumn;
    }

    /** Python's {@code text}: the source line as CPython reports it (with or without its newline), or null. */
    public String text() {
        return text;
    }

    /** The error as {@code python3 file.py} prints it on stderr, ending with a newline. */
    public String format() {
        StringBuilder out = new StringBuilder();
        if (kind == Kind.RECURSION_ERROR || kind == Kind.MEMORY_ERROR) {
            return kind.pythonName() + (msg.isEmpty() ? "" : ": " + msg) + "\n";
        }
        out.append("  File \"").append(filename).append("\", line ").append(line).append('\n');
        if (text != null) {
            // CPython only reads the end position for SyntaxError itself, not its subclasses.
            boolean exact = kind == Kind.SYNTAX_ERROR;
            int endLineNo = exact ? endLine : line;
            int endOffset = exact ? endColumn : -1;
            int lineSize = utf8Length(text);
            if (endLineNo > line) {
                endOffset = lineSize;
            }
            if (endOffset > lineSize + 1) {
                endOffset = lineSize + 1;
            }
            appendErrorText(out, column, endOffset, text);
        }
        out.append(kind.pythonName());
        if (!msg.isEmpty()) {
            out.append(": ").append(msg);
        }
        return out.append('\n').toString();
    }

    /** CPython's print_error_text: the stripped line and a caret line; lengths mix bytes and characters as it does. */
    private static void appendErrorText(StringBuilder out, int offset, int endOffset, String text) {
        int carets = (endOffset > 0 && endOffset > offset) ? endOffset - offset : 1;
        offset--;
        int start = 0;
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t'
                || text.charAt(start) == '\f')) {
            start++;
            offset--;
        }
        String rest = text.substring(start);
        int len = utf8Length(rest);
        if (len > 0 && rest.endsWith("\n")) {
            len--;
        }
        if (offset > len) {
            offset = len;
        }
        while (true) {
            int nl = rest.indexOf('\n');
            if (nl < 0) {
                break;
            }
            int inl = utf8Length(rest.substring(0, nl));
            if (inl >= offset) {
                break;
            }
            inl += 1;
            rest = rest.substring(nl + 1);
            len -= inl;
            offset -= inl;
        }
        out.append("    ").append(rest);
        if (!rest.endsWith("\n")) {
            out.append('\n');
        }
        if (offset < 0) {
            return;
        }
        out.append("    ").append(" ".repeat(offset)).append("^".repeat(carets)).append('\n');
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
