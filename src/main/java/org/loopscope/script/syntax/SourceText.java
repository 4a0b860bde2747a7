package org.loopscope.script.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * A script's text prepared the way CPython reads a file: a leading byte-order mark dropped, {@code \r\n} and lone
 * {@code \r} turned into {@code \n}. Keeps the physical lines for error messages and the code points for the lexer.
 */
final class SourceText {

    private final String text;
    private final List<String> lines = new ArrayList<>();
    private final int firstLine;

    SourceText(String raw) {
        this(raw, 1);
    }

    /** A text whose first line is line {@code firstLine} of some file (f-string expressions). */
    SourceText(String raw, int firstLine) {
        this.firstLine = firstLine;
        String s = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        this.text = s.replace("\r\n", "\n").replace('\r', '\n');
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            lines.add(text.substring(start, end));
            start = end;
        }
    }

    /** The normalised text. */
    String text() {
        return text;
    }

    /** The physical lines, each with its {@code \n} except perhaps the last. */
    List<String> lines() {
        return lines;
    }

    int lineCount() {
        return lines.size();
    }

    /** The number of the first line. */
    int firstLine() {
        return firstLine;
    }

    /**
     * Line {@code n} (1-based) as CPython re-reads it from the file for an error message: with its newline, cut at
     * a null byte; null when the file has no such line.
     */
    String fileLine(int n) {
        int i = n - firstLine;
        if (i < 0 || i >= lines.size()) {
            return null;
        }
        String l = lines.get(i);
        int nul = l.indexOf('\0');
        return nul >= 0 ? l.substring(0, nul) : l;
    }

    /**
     * The UTF-8 byte offset of code-point column {@code col} on line {@code n}: CPython's parser and compiler
     * report columns in bytes (a column past the line's end counts one byte per position).
     */
    int byteColumn(int n, int col) {
        if (col <= 0) {
            return col;
        }
        int i = n - firstLine;
        String l = i >= 0 && i < lines.size() ? lines.get(i) : "";
        int bytes = 0;
        int k = 0;
        int cps = 0;
        while (k < l.length() && cps < col) {
            int c = l.codePointAt(k);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            k += Character.charCount(c);
            cps++;
        }
        return bytes + (col - cps);
    }

    /** Line {@code n} without its newline, as the tokenizer reports it; empty when there is no such line. */
    String lineWithoutNewline(int n) {
        int i = n - firstLine;
        if (i < 0 || i >= lines.size()) {
            return "";
        }
        String l = lines.get(i);
        return l.endsWith("\n") ? l.substring(0, l.length() - 1) : l;
    }
}
