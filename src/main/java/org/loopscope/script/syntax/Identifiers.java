package org.loopscope.script.syntax;

/** Unicode character classes as Python uses them for identifiers and for "invalid character" messages. */
final class Identifiers {

    private Identifiers() {
    }

    /** May start an identifier (XID_Start or underscore). */
    static boolean isStart(int c) {
        return c == '_' || (Character.isUnicodeIdentifierStart(c) && !Character.isIdentifierIgnorable(c));
    }

    /** May continue an identifier (XID_Continue). */
    static boolean isContinue(int c) {
        return isStart(c) || (Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }

    /** Python's str.isprintable for one character: not a control, format, separator or unassigned character. */
    static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
