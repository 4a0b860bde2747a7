package org.loopscope.script.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the body of an f-string into literal text and replacement fields the way CPython 3.11's string parser
 * does: {@code {{}/{@code }}} escapes, an expression (parsed by a fresh parser, with its true source positions),
 * an optional {@code =} self-documenting marker, a {@code !s}/{@code !r}/{@code !a} conversion and a format spec
 * that may itself hold replacement fields (one level deep). Errors carry 3.11's "f-string: ..." messages.
 */
final class FStringParser {

    /** Parses the text of one replacement-field expression whose '{' is at (line, col). */
    interface ExpressionSource {
        Expr parse(String text, int line, int col);
    }

    private final TokenCursor t;
    private final StringParser strings;
    private final ExpressionSource expressions;

    FStringParser(TokenCursor t, StringParser strings, ExpressionSource expressions) {
        this.t = t;
        this.strings = strings;
        this.expressions = expressions;
    }

    /** Collects the parts of a JoinedStr, merging adjacent literal text as CPython does. */
    static final class Builder {
        private final Span runSpan;
        private final Span finishSpan;
        private final String kind;
        private final StringBuilder pending = new StringBuilder();
        private final List<Expr> parts = new ArrayList<>();
        private boolean hasFields;

        Builder(Span runSpan, String kind) {
            this(runSpan, runSpan, kind);
        }

        private Builder(Span runSpan, Span finishSpan, String kind) {
            this.runSpan = runSpan;
            this.finishSpan = finishSpan;
            this.kind = kind;
        }

        void literal(String s) {
            pending.append(s);
        }

        void field(Expr formatted) {
            flush(runSpan);
            parts.add(formatted);
            hasFields = true;
        }

        private void flush(Span span) {
            if (pending.length() > 0) {
                parts.add(new Expr.Constant(pending.toString(), kind, span));
                pending.setLength(0);
            }
        }

        /** A Constant when no f-string contributed, else the JoinedStr. */
        Expr finish() {
            if (!hasFields && parts.isEmpty() && !forceJoined) {
                return new Expr.Constant(pending.toString(), kind, finishSpan);
            }
            flush(finishSpan);
            return new Expr.JoinedStr(parts, finishSpan);
        }

        private boolean forceJoined;

        /** Marks that an f-string took part, so the result is a JoinedStr even without fields. */
        void fstringSeen() {
            forceJoined = true;
        }
    }

    /** A cursor over an f-string body that knows each character's line and column in the source. */
    private static final class Body {
        final int[] cps;
        final int[] lines;
        final int[] cols;
        int pos;

        Body(String text, int line, int col) {
            cps = text.codePoints().toArray();
            lines = new int[cps.length + 1];
            cols = new int[cps.length + 1];
            int l = line;
            int c = col;
            for (int i = 0; i <= cps.length; i++) {
                lines[i] = l;
                cols[i] = c;
                if (i < cps.length && cps[i] == '\n') {
                    l++;
                    c = 0;
                } else {
                    c++;
                }
            }
        }

        boolean atEnd() {
            return pos >= cps.length;
        }

        int cur() {
            return pos < cps.length ? cps[pos] : -1;
        }

        int at(int i) {
            return i < cps.length ? cps[i] : -1;
        }

        String text(int from, int to) {
            return new String(cps, from, to - from);
        }
    }

    /** Adds the parts of one f-string token to {@code b}. */
    void parse(StringParser.Piece pc, Builder b) {
        b.fstringSeen();
        Body body = new Body(pc.body(), pc.bodyLine(), pc.bodyCol());
        concat(body, pc, 0, b);
        if (!body.atEnd()) {
            throw t.errorAtLastToken("f-string: unexpected end of string");
        }
    }

    /** Literal text and fields up to the end of the body or, in a format spec, to its closing '}'. */
    private void concat(Body s, StringParser.Piece pc, int level, Builder b) {
        while (true) {
            int result = literal(s, pc, level, b);
            if (result == 1) {
                continue;
            }
            if (s.atEnd() || s.cur() == '}') {
                break;
            }
            field(s, pc, level, b);
        }
        if (level != 0 && s.cur() != '}') {
            throw t.errorAtLastToken("f-string: expecting '}'");
        }
    }

    /** Scans literal text; returns 1 after a doubled brace (the caller goes on scanning literal text). */
    private int literal(Body s, StringParser.Piece pc, int level, Builder b) {
        int start = s.pos;
        while (!s.atEnd()) {
            int ch = s.cps[s.pos++];
            if (!pc.raw() && ch == '\\' && !s.atEnd()) {
                ch = s.cps[s.pos++];
                if (ch == 'N') {
                    if (!s.atEnd() && s.cps[s.pos++] == '{') {
                        while (!s.atEnd() && s.cps[s.pos++] != '}') {
                            // skip the character name
                        }
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (level == 0) {
                    if (!s.atEnd() && s.cur() == ch) {
                        addLiteral(s.text(start, s.pos), pc, b);
                        s.pos++;
                        return 1;
                    }
                    if (ch == '}') {
                        s.pos--;
                        throw t.errorAtLastToken("f-string: single '}' is not allowed");
                    }
                }
                s.pos--;
                break;
            }
        }
        addLiteral(s.text(start, s.pos), pc, b);
        return 0;
    }

    private void addLiteral(String raw, StringParser.Piece pc, Builder b) {
        if (!raw.isEmpty()) {
            b.literal(pc.raw() ? raw : strings.decodeEscapes(raw));
        }
    }

    /** A replacement field starting at '{'. */
    private void field(Body s, StringParser.Piece pc, int level, Builder b) {
        if (level >= 2) {
            throw t.errorAtLastToken("f-string: expressions nested too deeply");
        }
        int brace = s.pos++;
        int exprStart = s.pos;
        int quote = 0;
        int stringType = 0;
        List<Integer> parens = new ArrayList<>();
        for (; !s.atEnd(); s.pos++) {
            int ch = s.cur();
            if (ch == '\\') {
                throw t.errorAtLastToken("f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (ch == quote) {
                    if (stringType == 3) {
                        if (s.at(s.pos + 1) == ch && s.at(s.pos + 2) == ch && s.pos + 2 < s.cps.length) {
                            s.pos += 2;
                            quote = 0;
                            stringType = 0;
                        }
                    } else {
                        quote = 0;
                        stringType = 0;
                    }
                }
            } else if (ch == '\'' || ch == '"') {
                if (s.pos + 2 < s.cps.length && s.at(s.pos + 1) == ch && s.at(s.pos + 2) == ch) {
                    stringType = 3;
                    s.pos += 2;
                } else {
                    stringType = 1;
                }
                quote = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (parens.size() >= Lexer.MAX_LEVEL) {
                    throw t.errorAtLastToken("f-string: too many nested parenthesis");
                }
                parens.add(ch);
            } else if (ch == '#') {
                throw t.errorAtLastToken("f-string expression part cannot include '#'");
            } else if (parens.isEmpty() && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>'
                    || ch == '<')) {
                int next = s.at(s.pos + 1);
                if (s.pos + 1 < s.cps.length && next == '=' && ch != ':' && ch != '}') {
                    s.pos++;
                    continue;
                }
                if (ch == '>' || ch == '<') {
                    continue;
                }
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (parens.isEmpty()) {
                    throw t.errorAtLastToken("f-string: unmatched '" + (char) ch + "'");
                }
                int opening = parens.remove(parens.size() - 1);
                boolean matches = (opening == '(' && ch == ')') || (opening == '[' && ch == ']')
                        || (opening == '{' && ch == '}');
                if (!matches) {
                    throw t.errorAtLastToken("f-string: closing parenthesis '" + (char) ch
                            + "' does not match opening parenthesis '" + (char) opening + "'");
                }
            }
        }
        int exprEnd = s.pos;
        if (quote != 0) {
            throw t.errorAtLastToken("f-string: unterminated string");
        }
        if (!parens.isEmpty()) {
            throw t.errorAtLastToken("f-string: unmatched '" + (char) (int) parens.get(parens.size() - 1) + "'");
        }
        if (s.atEnd()) {
            throw t.errorAtLastToken("f-string: expecting '}'");
        }
        Expr value = compile(s, brace, exprStart, exprEnd);
        String debugText = null;
        if (s.cur() == '=') {
            s.pos++;
            while (!s.atEnd() && isSpace(s.cur())) {
                s.pos++;
            }
            if (s.atEnd()) {
                throw t.errorAtLastToken("f-string: expecting '}'");
            }
            debugText = s.text(exprStart, s.pos);
        }
        int conversion = -1;
        if (s.cur() == '!') {
            s.pos++;
            if (s.atEnd()) {
                throw t.errorAtLastToken("f-string: expecting '}'");
            }
            conversion = s.cps[s.pos++];
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                throw t.errorAtLastToken("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        Expr spec = null;
        if (!s.atEnd() && s.cur() == ':') {
            s.pos++;
            if (s.atEnd()) {
                throw t.errorAtLastToken("f-string: expecting '}'");
            }
            Builder specBuilder = new Builder(b.runSpan, pc.token().span(), b.kind);
            specBuilder.fstringSeen();
            concat(s, pc, level + 1, specBuilder);
            spec = specBuilder.finish();
        }
        if (s.atEnd() || s.cur() != '}') {
            throw t.errorAtLastToken("f-string: expecting '}'");
        }
        s.pos++;
        if (debugText != null) {
            b.literal(debugText);
            if (spec == null && conversion == -1) {
                conversion = 'r';
            }
        }
        b.field(new Expr.FormattedValue(value, conversion, spec, b.runSpan));
    }

    /** Parses the expression text; an all-blank expression is an error. */
    private Expr compile(Body s, int brace, int from, int to) {
        boolean blank = true;
        for (int i = from; i < to; i++) {
            int c = s.cps[i];
            if (!(c == ' ' || c == '\t' || c == '\n' || c == '\f')) {
                blank = false;
                break;
            }
        }
        if (blank) {
            int end = s.cps[to];
            if (end == '!' || end == ':' || end == '=') {
                throw t.errorAtLastToken("f-string: expression required before '" + (char) end + "'");
            }
            throw t.errorAtLastToken("f-string: empty expression not allowed");
        }
        return expressions.parse(s.text(from, to), s.lines[brace], s.cols[brace]);
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f';
    }
}
