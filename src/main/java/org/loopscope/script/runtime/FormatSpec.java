package org.loopscope.script.runtime;

/**
 * A parsed format specification, {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}, as
 * {@code format()}, f-strings and {@code str.format} read it.
 *
 * @param fill      the fill character (a code point)
 * @param align     {@code <}, {@code >}, {@code ^}, {@code =}, or 0 when not given
 * @param sign      {@code +}, {@code -}, space, or 0 when not given
 * @param noNegZero the {@code z} option (3.11): negative zero after rounding prints as zero
 * @param alternate the {@code #} option
 * @param width     the minimum width, or -1
 * @param grouping  {@code ,} or {@code _}, or 0
 * @param precision the precision, or -1
 * @param kind      the presentation type, or 0
 */
record FormatSpec(int fill, char align, char sign, boolean noNegZero, boolean alternate, long width, char grouping,
                  int precision, char kind) {

    /** Parses {@code spec} for a value of {@code typeName} whose default alignment is {@code defaultAlign}. */
    static FormatSpec parse(String spec, String typeName, char defaultAlign) {
        return parse(spec, typeName, defaultAlign, (char) 0);
    }

    /** As {@link #parse(String, String, char)}, with the type used when the spec names none. */
    static FormatSpec parse(String spec, String typeName, char defaultAlign, char defaultKind) {
        int[] cps = spec.codePoints().toArray();
        int n = cps.length;
        int i = 0;
        int fill = ' ';
        char align = 0;
        boolean fillGiven = false;
        if (n >= 2 && isAlign(cps[1])) {
            fill = cps[0];
            align = (char) cps[1];
            fillGiven = true;
            i = 2;
        } else if (n >= 1 && isAlign(cps[0])) {
            align = (char) cps[0];
            i = 1;
        }
        char sign = 0;
        if (i < n && (cps[i] == '+' || cps[i] == '-' || cps[i] == ' ')) {
            sign = (char) cps[i++];
        }
        boolean noNegZero = false;
        if (i < n && cps[i] == 'z') {
            noNegZero = true;
            i++;
        }
        boolean alternate = false;
        if (i < n && cps[i] == '#') {
            alternate = true;
            i++;
        }
        if (!fillGiven && i < n && cps[i] == '0') {
            fill = '0';
            if (align == 0 && defaultAlign == '>') {
                align = '=';
            }
            i++;
        }
        long width = -1;
        int start = i;
        while (i < n && cps[i] >= '0' && cps[i] <= '9') {
            width = (width < 0 ? 0 : width) * 10 + (cps[i++] - '0');
            if (width > Long.MAX_VALUE / 10) {
                throw Errors.valueError("Too many decimal digits in format string");
            }
        }
        if (i == start) {
            width = -1;
        }
        char grouping = 0;
        if (i < n && (cps[i] == ',' || cps[i] == '_')) {
            grouping = (char) cps[i++];
            if (i < n && (cps[i] == ',' || cps[i] == '_')) {
                throw Errors.valueError("Cannot specify both ',' and '_'.");
            }
        }
        int precision = -1;
        if (i < n && cps[i] == '.') {
            i++;
            int digitsStart = i;
            long p = 0;
            while (i < n && cps[i] >= '0' && cps[i] <= '9') {
                p = p * 10 + (cps[i++] - '0');
                if (p > Integer.MAX_VALUE) {
                    throw Errors.valueError("Too many decimal digits in format string");
                }
            }
            if (i == digitsStart) {
                throw Errors.valueError("Format specifier missing precision");
            }
            precision = (int) p;
        }
        if (n - i > 1) {
            throw Errors.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        char kind = i < n ? (char) cps[i] : defaultKind;
        if (grouping != 0) {
            boolean allowed = switch (kind) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0 -> true;
                case 'b', 'o', 'x', 'X' -> grouping == '_';
                default -> false;
            };
            if (!allowed) {
                throw Errors.valueError("Cannot specify '" + grouping + "' with '" + kind + "'.");
            }
        }
        return new FormatSpec(fill, align, sign, noNegZero, alternate, width, grouping, precision, kind);
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '^' || c == '=';
    }
}
