package org.loopscope.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the parts of a Python line to colour: keywords, soft keywords, builtins, strings (with their prefixes,
 * f-strings and triple quotes), numbers, comments, decorators and the names that {@code def} and {@code class}
 * define.
 *
 * <p>It works one line at a time. A line starts in a {@link State} (inside a triple-quoted string or not) and
 * ends in one, so an editor can re-colour from an edited line down and stop as soon as a line ends in the state it
 * ended in before: that is what makes highlighting incremental. It is a colouring, not a parser: text that is not
 * Python still gets coloured as well as it can, and nothing throws.
 */
public final class PythonHighlighter {

    /** What a token is, for colouring. */
    public enum Kind {
        KEYWORD, SOFT_KEYWORD, BUILTIN, STRING, NUMBER, COMMENT, DECORATOR, DEFINITION;

        /** Returns the CSS style class of this kind, e.g. {@code soft-keyword}. */
        public String styleClass() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** Where a line starts or ends: in code, or inside a triple-quoted string opened on an earlier line. */
    public enum State { CODE, IN_TRIPLE_SINGLE, IN_TRIPLE_DOUBLE }

    /** A coloured range of a line, by column: {@code [start, end)}. */
    public record Token(int start, int end, Kind kind) {
    }

    /** The tokens of one line, in order and not overlapping, and the state the next line starts in. */
    public record Line(List<Token> tokens, State exit) {
    }

    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");

    static final Set<String> BUILTINS = Set.of("abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool",
            "breakpoint", "bytearray", "bytes", "callable", "chr", "classmethod", "compile", "complex", "delattr",
            "dict", "dir", "divmod", "enumerate", "eval", "exec", "filter", "float", "format", "frozenset",
            "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input", "int", "isinstance", "issubclass",
            "iter", "len", "list", "locals", "map", "max", "memoryview", "min", "next", "object", "oct", "open",
            "ord", "pow", "print", "property", "range", "repr", "reversed", "round", "set", "setattr", "slice",
            "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip", "self", "cls",
            "BaseException", "BaseExceptionGroup", "Exception", "ExceptionGroup", "ArithmeticError",
            "AssertionError", "AttributeError", "GeneratorExit", "ImportError", "IndexError", "KeyError",
            "KeyboardInterrupt", "LookupError", "MemoryError", "ModuleNotFoundError", "NameError",
            "NotImplementedError", "OSError", "OverflowError", "RecursionError", "RuntimeError", "StopIteration",
            "StopAsyncIteration", "SyntaxError", "SystemExit", "TimeoutError", "TypeError", "ValueError",
            "ZeroDivisionError", "NotImplemented", "Ellipsis");

    private PythonHighlighter() {
    }

    /** Colours one line (without its line break) that starts in the given state. */
    public static Line line(String text, State entry) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        State state = entry;
        if (state != State.CODE) {
            int end = closingTriple(text, 0, state == State.IN_TRIPLE_SINGLE ? '\'' : '"');
            if (end < 0) {
                add(tokens, 0, text.length(), Kind.STRING);
                return new Line(tokens, state);
            }
            add(tokens, 0, end, Kind.STRING);
            i = end;
            state = State.CODE;
        }
        int firstWord = -1;
        String previousWord = null;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '#') {
                add(tokens, i, n, Kind.COMMENT);
                break;
            }
            int quote = stringStart(text, i);
            if (quote >= 0) {
                char q = text.charAt(quote);
                boolean triple = quote + 2 < n && text.charAt(quote + 1) == q && text.charAt(quote + 2) == q;
                if (triple) {
                    int end = closingTriple(text, quote + 3, q);
                    if (end < 0) {
                        add(tokens, i, n, Kind.STRING);
                        return new Line(tokens, q == '\'' ? State.IN_TRIPLE_SINGLE : State.IN_TRIPLE_DOUBLE);
                    }
                    add(tokens, i, end, Kind.STRING);
                    i = end;
                } else {
                    int end = closingSingle(text, quote + 1, q);
                    add(tokens, i, end, Kind.STRING);
                    i = end;
                }
                previousWord = null;
                continue;
            }
            if (c == '@' && text.substring(0, i).isBlank()) {
                int end = i + 1;
                while (end < n && (Character.isJavaIdentifierPart(text.charAt(end)) || text.charAt(end) == '.')) {
                    end++;
                }
                add(tokens, i, end, Kind.DECORATOR);
                i = end;
                continue;
            }
            if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                int end = numberEnd(text, i);
                add(tokens, i, end, Kind.NUMBER);
                i = end;
                previousWord = null;
                continue;
            }
            if (Character.isJavaIdentifierStart(c)) {
                int end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(i, end);
                boolean first = firstWord < 0;
                if (first) {
                    firstWord = i;
                }
                Kind kind = wordKind(word, text, i, end, first, previousWord);
                if (kind != null) {
                    add(tokens, i, end, kind);
                }
                previousWord = attributeAccess(text, i) ? null : word;
                i = end;
                continue;
            }
            if (!Character.isWhitespace(c)) {
                firstWord = Math.max(firstWord, i);
                previousWord = null;
            }
            i++;
        }
        return new Line(tokens, state);
    }

    private static Kind wordKind(String word, String text, int start, int end, boolean first, String previous) {
        if (attributeAccess(text, start)) {
            return null;
        }
        if ("def".equals(previous) || "class".equals(previous)) {
            return Kind.DEFINITION;
        }
        if (KEYWORDS.contains(word)) {
            return Kind.KEYWORD;
        }
        if (isSoftKeyword(word, text, end, first, previous)) {
            return Kind.SOFT_KEYWORD;
        }
        if (BUILTINS.contains(word) && !followedBy(text, end, '=')) {
            return Kind.BUILTIN;
        }
        return null;
    }

    /** {@code match} and {@code case} open a statement ending in a colon; {@code _} is the wildcard of a case. */
    private static boolean isSoftKeyword(String word, String text, int end, boolean first, String previous) {
        if (first && ("match".equals(word) || "case".equals(word))) {
            String rest = text.substring(end);
            int comment = rest.indexOf('#');
            String code = (comment >= 0 ? rest.substring(0, comment) : rest).strip();
            return code.endsWith(":") && !code.startsWith("=") && !code.startsWith(".") && code.length() > 1;
        }
        return "_".equals(word) && "case".equals(previous);
    }

    private static boolean attributeAccess(String text, int start) {
        int j = start - 1;
        while (j >= 0 && text.charAt(j) == ' ') {
            j--;
        }
        return j >= 0 && text.charAt(j) == '.' && (j == 0 || text.charAt(j - 1) != '.');
    }

    private static boolean followedBy(String text, int end, char c) {
        int j = end;
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        return j < text.length() && text.charAt(j) == c && (j + 1 >= text.length() || text.charAt(j + 1) != '=');
    }

    /** Returns the index of the opening quote if a string (with an optional prefix) starts at {@code i}, else -1. */
    private static int stringStart(String text, int i) {
        char c = text.charAt(i);
        if (c == '\'' || c == '"') {
            return i;
        }
        if (i > 0 && Character.isJavaIdentifierPart(text.charAt(i - 1))) {
            return -1;
        }
        int j = i;
        while (j < text.length() && j - i < 2 && "rRbBuUfF".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        if (j == i || j >= text.length() || text.charAt(j) != '\'' && text.charAt(j) != '"') {
            return -1;
        }
        String prefix = text.substring(i, j).toLowerCase(java.util.Locale.ROOT);
        return Set.of("r", "b", "u", "f", "rb", "br", "fr", "rf").contains(prefix) ? j : -1;
    }

    /** Returns the index just past the closing triple quote at or after {@code from}, or -1 if the line has none. */
    private static int closingTriple(String text, int from, char q) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == q && i + 2 < text.length() && text.charAt(i + 1) == q && text.charAt(i + 2) == q) {
                return i + 3;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** Returns the index just past the closing quote, or the line's end for an unterminated string. */
    private static int closingSingle(String text, int from, char q) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == q) {
                return i + 1;
            } else {
                i++;
            }
        }
        return text.length();
    }

    private static int numberEnd(String text, int start) {
        int i = start;
        int n = text.length();
        if (text.charAt(i) == '0' && i + 1 < n && "xXoObB".indexOf(text.charAt(i + 1)) >= 0) {
            i += 2;
            while (i < n && (Character.digit(text.charAt(i), 16) >= 0 || text.charAt(i) == '_')) {
                i++;
            }
            return i;
        }
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || c == '_' || c == '.') {
                i++;
            } else if ((c == 'e' || c == 'E') && i + 1 < n && (Character.isDigit(text.charAt(i + 1))
                    || (text.charAt(i + 1) == '+' || text.charAt(i + 1) == '-') && i + 2 < n
                    && Character.isDigit(text.charAt(i + 2)))) {
                i += 2;
            } else {
                break;
            }
        }
        if (i < n && (text.charAt(i) == 'j' || text.charAt(i) == 'J')) {
            i++;
        }
        return i;
    }

    private static void add(List<Token> tokens, int start, int end, Kind kind) {
        if (end > start) {
            tokens.add(new Token(start, end, kind));
        }
    }
}
