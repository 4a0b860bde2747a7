package org.loopscope.script.syntax;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives meaning to a run of adjacent STRING tokens, as CPython 3.11 does after parsing them: prefixes, escape
 * sequences (with the same "(unicode error)" messages), bytes, and concatenation into one Constant, or into a
 * JoinedStr when an f-string is among them (f-strings themselves are split by {@link FStringParser}).
 */
final class StringParser {

    private final TokenCursor t;
    private final FStringParser fstrings;

    StringParser(TokenCursor t, FStringParser.ExpressionSource expressions) {
        this.t = t;
        this.fstrings = new FStringParser(t, this, expressions);
    }

    /** One token taken apart: its prefix flags, quote length and body (with where the body starts). */
    record Piece(Token token, boolean bytes, boolean raw, boolean fstring, boolean unicode, String body,
                 int bodyLine, int bodyCol) {
    }

    static Piece piece(Token tok) {
        String text = tok.text();
        int p = 0;
        while (Character.isLetter(text.charAt(p))) {
            p++;
        }
        String prefix = text.substring(0, p).toLowerCase();
        char q = text.charAt(p);
        String triple = String.valueOf(q).repeat(3);
        int quoteLen = text.length() - p >= 6 && text.startsWith(triple, p) ? 3 : 1;
        String body = text.substring(p + quoteLen, text.length() - quoteLen);
        return new Piece(tok, prefix.contains("b"), prefix.contains("r"), prefix.contains("f"),
                prefix.contains("u"), body, tok.line(), tok.col() + p + quoteLen);
    }

    /**
     * strings: the value of adjacent string literals. Like CPython, each literal is decoded in turn and checked
     * against the first for bytes/str mixing before the next is looked at, so the first problem found is reported.
     */
    Expr concatenate(List<Token> tokens) {
        Span span = tokens.get(0).span().to(tokens.get(tokens.size() - 1).span());
        // CPython marks kind 'u' only when the first literal starts with a lowercase u.
        String kind = tokens.get(0).text().startsWith("u") ? "u" : null;
        FStringParser.Builder builder = new FStringParser.Builder(span, kind);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean bytesMode = false;
        for (int i = 0; i < tokens.size(); i++) {
            Piece pc = piece(tokens.get(i));
            byte[] b = pc.bytes() ? decodeBytes(pc) : null;
            String text = !pc.bytes() && !pc.fstring() ? (pc.raw() ? pc.body() : decodeEscapes(pc.body())) : null;
            if (i != 0 && bytesMode != pc.bytes()) {
                throw t.errorAtLastToken("cannot mix bytes and nonbytes literals");
            }
            bytesMode = pc.bytes();
            if (b != null) {
                bytes.write(b, 0, b.length);
            } else if (pc.fstring()) {
                fstrings.parse(pc, builder);
            } else {
                builder.literal(text);
            }
        }
        if (bytesMode) {
            return new Expr.Constant(new Expr.Bytes(bytes.toByteArray()), null, span);
        }
        return builder.finish();
    }

    // ---- str escapes ---------------------------------------------------------------------------------------------

    /** Decodes Python's escape sequences in a (non-raw) str literal body. */
    String decodeEscapes(String body) {
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        int[] cps = body.codePoints().toArray();
        int i = 0;
        while (i < cps.length) {
            int c = cps[i++];
            if (c != '\\') {
                out.appendCodePoint(c);
                continue;
            }
            int escStart = i - 1;
            if (i >= cps.length) {
                out.append('\\');
                break;
            }
            int e = cps[i++];
            switch (e) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.appendCodePoint(e);
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < cps.length && cps[i] >= '0' && cps[i] <= '7'; k++) {
                        v = v * 8 + (cps[i++] - '0');
                    }
                    out.appendCodePoint(v);
                }
                case 'x', 'u', 'U' -> {
                    int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    String what = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
                            : "truncated \\UXXXXXXXX escape";
                    int v = 0;
                    for (int k = 0; k < count; k++) {
                        int d = i < cps.length ? Character.digit(cps[i], 16) : -1;
                        if (d < 0 || cps[i] > 127) {
                            throw unicodeError(cps, escStart, i, what);
                        }
                        v = v * 16 + d;
                        i++;
                    }
                    if (v < 0 || v > 0x10FFFF) {
                        throw unicodeError(cps, escStart, i, "illegal Unicode character");
                    }
                    out.appendCodePoint(v);
                }
                case 'N' -> i = namedEscape(cps, escStart, i, out);
                default -> out.append('\\').appendCodePoint(e);
            }
        }
        return out.toString();
    }

    /** {@code \N{NAME}}: looked up in Java's Unicode name table. */
    private int namedEscape(int[] cps, int escStart, int i, StringBuilder out) {
        if (i >= cps.length || cps[i] != '{') {
            throw unicodeError(cps, escStart, i, "malformed \\N character escape");
        }
        int close = i + 1;
        while (close < cps.length && cps[close] != '}') {
            close++;
        }
        if (close >= cps.length || close == i + 1) {
            throw unicodeError(cps, escStart, close, "malformed \\N character escape");
        }
        String name = new String(cps, i + 1, close - i - 1);
        int cp;
        try {
            cp = Character.codePointOf(name);
        } catch (IllegalArgumentException ex) {
            throw unicodeError(cps, escStart, close + 1, "unknown Unicode character name");
        }
        out.appendCodePoint(cp);
        return close + 1;
    }

    /**
     * CPython's message, with positions counted in the buffer it decodes: each non-ASCII character there is a
     * ten-byte {@code \UXXXXXXXX} escape (and a backslash before one becomes {@code \u005c}).
     */
    private PySyntaxError unicodeError(int[] cps, int start, int end, String reason) {
        int from = bufferOffset(cps, start);
        int to = bufferOffset(cps, end);
        return t.errorAtLastToken("(unicode error) 'unicodeescape' codec can't decode bytes in position " + from
                + "-" + (to - 1) + ": " + reason);
    }

    private static int bufferOffset(int[] cps, int index) {
        int n = 0;
        for (int k = 0; k < index && k < cps.length; k++) {
            if (cps[k] >= 128) {
                n += 10;
            } else if (cps[k] == '\\' && k + 1 < cps.length && cps[k + 1] >= 128) {
                n += 6;
            } else {
                n += 1;
            }
        }
        return n;
    }

    // ---- bytes ---------------------------------------------------------------------------------------------------

    private byte[] decodeBytes(Piece pc) {
        String body = pc.body();
        for (int k = 0; k < body.length(); k++) {
            if (body.charAt(k) >= 128) {
                Span s = pc.token().span();
                throw t.errorRange("bytes can only contain ASCII literal characters", s, s);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i++);
            if (c != '\\' || pc.raw()) {
                out.write(c);
                continue;
            }
            if (i >= body.length()) {
                out.write('\\');
                break;
            }
            char e = body.charAt(i++);
            switch (e) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.write(e);
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 't' -> out.write(9);
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < body.length() && body.charAt(i) >= '0' && body.charAt(i) <= '7'; k++) {
                        v = v * 8 + (body.charAt(i++) - '0');
                    }
                    out.write(v & 0xFF);
                }
                case 'x' -> {
                    int d1 = i < body.length() ? Character.digit(body.charAt(i), 16) : -1;
                    int d2 = i + 1 < body.length() ? Character.digit(body.charAt(i + 1), 16) : -1;
                    if (d1 < 0 || d2 < 0) {
                        throw t.errorAtLastToken("(value error) invalid \\x escape at position " + (i - 2));
                    }
                    out.write(d1 * 16 + d2);
                    i += 2;
                }
                default -> {
                    out.write('\\');
                    out.write(e);
                }
            }
        }
        return out.toByteArray();
    }
}
