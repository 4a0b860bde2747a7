package org.loopscope.script.syntax;

/**
 * Scans numeric literals for {@link Lexer} with CPython 3.11's exact rules and error positions: hex/octal/binary
 * prefixes, single underscores between digits, fractions, exponents, the {@code j} suffix, the ban on leading zeros,
 * and "invalid decimal literal" for a number running into a name ({@code 1a}), except before a keyword that may
 * legally follow a number ({@code 1if x else y}).
 */
final class NumberLexer {

    private NumberLexer() {
    }

    /** Scans a number whose first digit {@code c} was just read. */
    static Token number(Lexer lx, int first) {
        int c = first;
        if (c == '0') {
            c = lx.nextChar();
            if (c == 'x' || c == 'X') {
                return radix(lx, 16, "hexadecimal");
            }
            if (c == 'o' || c == 'O') {
                return radix(lx, 8, "octal");
            }
            if (c == 'b' || c == 'B') {
                return radix(lx, 2, "binary");
            }
            boolean nonZero = false;
            while (true) {
                if (c == '_') {
                    c = lx.nextChar();
                    if (!Lexer.isDigit(c)) {
                        lx.pushBack(c);
                        throw lx.error("invalid decimal literal");
                    }
                }
                if (c != '0') {
                    break;
                }
                c = lx.nextChar();
            }
            int zerosEnd = lx.cursorColumn();
            if (Lexer.isDigit(c)) {
                nonZero = true;
                c = decimalTail(lx);
            }
            if (c == '.') {
                return fraction(lx, lx.nextChar());
            } else if (c == 'e' || c == 'E') {
                return exponent(lx, c);
            } else if (c == 'j' || c == 'J') {
                return imaginary(lx);
            } else if (nonZero) {
                lx.pushBack(c);
                throw lx.errorRange("leading zeros in decimal integer literals are not permitted; "
                        + "use an 0o prefix for octal integers", lx.tokenStartColumn(), zerosEnd);
            }
            verifyEnd(lx, c, "decimal");
            lx.pushBack(c);
            return lx.numberToken();
        }
        c = decimalTail(lx);
        if (c == '.') {
            return fraction(lx, lx.nextChar());
        }
        return afterFraction(lx, c);
    }

    /** Continues after a decimal point; {@code c} is the character following it. */
    static Token fraction(Lexer lx, int c) {
        if (Lexer.isDigit(c)) {
            c = decimalTail(lx);
        }
        return afterFraction(lx, c);
    }

    private static Token afterFraction(Lexer lx, int c) {
        if (c == 'e' || c == 'E') {
            return exponent(lx, c);
        }
        if (c == 'j' || c == 'J') {
            return imaginary(lx);
        }
        verifyEnd(lx, c, "decimal");
        lx.pushBack(c);
        return lx.numberToken();
    }

    private static Token exponent(Lexer lx, int e) {
        int c = lx.nextChar();
        if (c == '+' || c == '-') {
            c = lx.nextChar();
            if (!Lexer.isDigit(c)) {
                lx.pushBack(c);
                throw lx.error("invalid decimal literal");
            }
        } else if (!Lexer.isDigit(c)) {
            // "1else": the 'e' starts the next token.
            lx.pushBack(c);
            verifyEnd(lx, e, "decimal");
            lx.pushBack(e);
            return lx.numberToken();
        }
        c = decimalTail(lx);
        if (c == 'j' || c == 'J') {
            return imaginary(lx);
        }
        verifyEnd(lx, c, "decimal");
        lx.pushBack(c);
        return lx.numberToken();
    }

    private static Token imaginary(Lexer lx) {
        int c = lx.nextChar();
        verifyEnd(lx, c, "imaginary");
        lx.pushBack(c);
        return lx.numberToken();
    }

    private static Token radix(Lexer lx, int base, String kind) {
        int c = lx.nextChar();
        do {
            if (c == '_') {
                c = lx.nextChar();
            }
            if (!isDigitOf(c, base)) {
                if (base != 16 && Lexer.isDigit(c)) {
                    throw lx.error("invalid digit '" + (char) c + "' in " + kind + " literal");
                }
                lx.pushBack(c);
                throw lx.error("invalid " + kind + " literal");
            }
            do {
                c = lx.nextChar();
            } while (isDigitOf(c, base));
        } while (c == '_');
        if (base != 16 && Lexer.isDigit(c)) {
            throw lx.error("invalid digit '" + (char) c + "' in " + kind + " literal");
        }
        verifyEnd(lx, c, kind);
        lx.pushBack(c);
        return lx.numberToken();
    }

    private static boolean isDigitOf(int c, int base) {
        return switch (base) {
            case 16 -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            case 8 -> c >= '0' && c <= '7';
            default -> c == '0' || c == '1';
        };
    }

    /** Reads digits and single underscores after a digit; returns the first other character (consumed). */
    private static int decimalTail(Lexer lx) {
        int c;
        while (true) {
            do {
                c = lx.nextChar();
            } while (Lexer.isDigit(c));
            if (c != '_') {
                return c;
            }
            c = lx.nextChar();
            if (!Lexer.isDigit(c)) {
                lx.pushBack(c);
                throw lx.error("invalid decimal literal");
            }
        }
    }

    /** A number may not run into a name, unless the name is a keyword that can follow a number. */
    private static void verifyEnd(Lexer lx, int c, String kind) {
        boolean keyword = switch (c) {
            case 'a' -> lookahead(lx, "nd");
            case 'e' -> lookahead(lx, "lse");
            case 'f' -> lookahead(lx, "or");
            case 'i' -> {
                int c2 = lx.peekChar();
                yield c2 == 'f' || c2 == 'n' || c2 == 's';
            }
            case 'o' -> lookahead(lx, "r");
            case 'n' -> lookahead(lx, "ot");
            default -> false;
        };
        if (!keyword && Lexer.isIdentifierChar(c)) {
            lx.pushBack(c);
            throw lx.error("invalid " + kind + " literal");
        }
    }

    private static boolean lookahead(Lexer lx, String rest) {
        int read = 0;
        boolean result = false;
        int c;
        while (true) {
            c = lx.nextChar();
            if (read == rest.length()) {
                result = !Lexer.isIdentifierChar(c);
                break;
            }
            if (c != rest.charAt(read)) {
                break;
            }
            read++;
        }
        lx.pushBack(c);
        for (int i = read - 1; i >= 0; i--) {
            lx.pushBack(rest.charAt(i));
        }
        return result;
    }
}
