package org.loopscope.script.runtime;

import java.math.BigInteger;

/** {@code format(value, spec)} for ints, floats and strs ({@code __format__}), with CPython's rules and messages. */
public final class Formatter {

    private Formatter() {
    }

    /** {@code format(value, spec)}: the value's {@code __format__}. */
    public static String format(Object value, String spec) {
        if (value instanceof String s) {
            return spec.isEmpty() ? s : formatStr(s, spec);
        }
        if (value instanceof Long || value instanceof BigInteger) {
            return spec.isEmpty() ? Ints.toString(value) : formatInt(value, spec, "int");
        }
        if (value instanceof Double d) {
            return formatFloat(d, spec);
        }
        if (value instanceof Boolean b) {
            return spec.isEmpty() ? Reprs.str(b) : formatInt(Ints.box(b ? 1 : 0), spec, "bool");
        }
        PyType type = Py.type(value);
        if (!type.isBuiltin()) {
            Object method = type.lookup("__format__");
            if (method != null && method != Types.OBJECT_FORMAT) {
                Object result = PyOps.callUnbound(method, value, spec);
                if (!(result instanceof String s)) {
                    throw Errors.typeError("__format__ must return a str, not " + Py.typeName(result));
                }
                return s;
            }
        }
        return objectFormat(value, spec);
    }

    /** {@code object.__format__}: {@code str(self)} for an empty spec, TypeError otherwise. */
    static String objectFormat(Object value, String spec) {
        if (!spec.isEmpty()) {
            throw Errors.typeError("unsupported format string passed to " + Py.typeName(value) + ".__format__");
        }
        return Reprs.str(value);
    }

    /** {@code str.__format__}. */
    static String formatStr(String s, String specText) {
        FormatSpec spec = FormatSpec.parse(specText, "str", '<', 's');
        if (spec.kind() != 's') {
            throw unknownCode(spec.kind(), "str");
        }
        if (spec.sign() != 0) {
            throw Errors.valueError("Sign not allowed in string format specifier");
        }
        if (spec.noNegZero()) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.alternate()) {
            throw Errors.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (spec.align() == '=') {
            throw Errors.valueError("'=' alignment not allowed in string format specifier");
        }
        String text = s;
        if (spec.precision() >= 0 && Strs.length(s) > spec.precision()) {
            text = s.substring(0, s.offsetByCodePoints(0, spec.precision()));
        }
        return pad(text, spec, '<');
    }

    private static PyException unknownCode(char kind, String typeName) {
        String shown = kind >= 32 && kind < 127 ? "'" + kind + "'" : "'\\x" + Integer.toHexString(kind) + "'";
        return Errors.valueError("Unknown format code " + shown + " for object of type '" + typeName + "'");
    }

    /** Pads a complete text to the width with the fill and alignment ({@code =} is treated as right here). */
    static String pad(String text, FormatSpec spec, char defaultAlign) {
        int length = Strs.length(text);
        if (spec.width() <= length) {
            return text;
        }
        Limits.checkStr(spec.width());
        int missing = (int) (spec.width() - length);
        char align = spec.align() == 0 ? defaultAlign : spec.align();
        String fill = Strs.ofCodePoint(spec.fill());
        return switch (align) {
            case '<' -> text + fill.repeat(missing);
            case '^' -> fill.repeat(missing / 2) + text + fill.repeat(missing - missing / 2);
            default -> fill.repeat(missing) + text;
        };
    }

    /** {@code int.__format__}. */
    static String formatInt(Object value, String specText, String typeName) {
        FormatSpec spec = FormatSpec.parse(specText, typeName, '>', 'd');
        char kind = spec.kind();
        switch (kind) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                return formatFloat(Ints.toDouble(value), spec);
            }
            case 'd', 'n', 'b', 'o', 'x', 'X', 'c' -> {
            }
            default -> throw unknownCode(kind, typeName);
        }
        if (spec.precision() >= 0) {
            throw Errors.valueError("Precision not allowed in integer format specifier");
        }
        if (spec.noNegZero()) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (kind == 'c') {
            if (spec.sign() != 0) {
                throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (spec.alternate()) {
                throw Errors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            BigInteger cp = Ints.big(value);
            if (cp.signum() < 0 || cp.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                throw Errors.overflowError("%c arg not in range(0x110000)");
            }
            return pad(Strs.ofCodePoint(cp.intValue()), spec, '>');
        }
        BigInteger big = Ints.big(value);
        boolean negative = big.signum() < 0;
        BigInteger abs = big.abs();
        String digits;
        String prefix = "";
        switch (kind) {
            case 'b' -> {
                digits = abs.toString(2);
                prefix = spec.alternate() ? "0b" : "";
            }
            case 'o' -> {
                digits = abs.toString(8);
                prefix = spec.alternate() ? "0o" : "";
            }
            case 'x' -> {
                digits = abs.toString(16);
                prefix = spec.alternate() ? "0x" : "";
            }
            case 'X' -> {
                digits = abs.toString(16).toUpperCase(java.util.Locale.ROOT);
                prefix = spec.alternate() ? "0X" : "";
            }
            default -> digits = Ints.toString(Ints.normalize(abs));
        }
        int groupSize = kind == 'b' || kind == 'o' || kind == 'x' || kind == 'X' ? 4 : 3;
        return number(spec, negative, prefix, digits, "", groupSize);
    }

    /**
     * Lays out a number: sign, prefix, integer digits (grouped), the rest (fraction, exponent, %), padded to the
     * width; zero padding with {@code =} alignment inserts group separators too, as CPython does.
     */
    static String number(FormatSpec spec, boolean negative, String prefix, String intDigits, String rest,
                         int groupSize) {
        return number(spec, negative, prefix, intDigits, rest, groupSize, true);
    }

    private static String number(FormatSpec spec, boolean negative, String prefix, String intDigits, String rest,
                                 int groupSize, boolean groupable) {
        String sign = negative ? "-" : spec.sign() == '+' ? "+" : spec.sign() == ' ' ? " " : "";
        char align = spec.align() == 0 ? '>' : spec.align();
        String intPart = intDigits;
        if (spec.grouping() != 0 && groupable) {
            long minWidth = spec.fill() == '0' && align == '='
                    ? spec.width() - sign.length() - prefix.length() - Strs.length(rest) : 0;
            intPart = group(intDigits, spec.grouping(), groupSize, minWidth);
        }
        String body = prefix + intPart + rest;
        long length = sign.length() + Strs.length(body);
        if (spec.width() <= length) {
            return sign + body;
        }
        Limits.checkStr(spec.width());
        int missing = (int) (spec.width() - length);
        String fill = Strs.ofCodePoint(spec.fill()).repeat(missing);
        return switch (align) {
            case '<' -> sign + body + fill;
            case '^' -> {
                String left = Strs.ofCodePoint(spec.fill()).repeat(missing / 2);
                String right = Strs.ofCodePoint(spec.fill()).repeat(missing - missing / 2);
                yield left + sign + body + right;
            }
            case '=' -> sign + prefix + fill + intPart + rest;
            default -> fill + sign + body;
        };
    }

    /** Inserts {@code separator} every {@code size} digits from the right, padding with zeros to {@code min}. */
    static String group(String digits, char separator, int size, long min) {
        StringBuilder reversed = new StringBuilder(digits.length() + digits.length() / size + 1);
        int count = 0;
        for (int i = digits.length() - 1; i >= 0 || reversed.length() < min; i--) {
            if (count == size) {
                reversed.append(separator);
                count = 0;
            }
            reversed.append(i >= 0 ? digits.charAt(i) : '0');
            count++;
        }
        return reversed.reverse().toString();
    }

    /** {@code float.__format__}. */
    static String formatFloat(double value, String specText) {
        if (specText.isEmpty()) {
            return Floats.repr(value);
        }
        return formatFloat(value, FormatSpec.parse(specText, "float", '>'));
    }

    static String formatFloat(double value, FormatSpec spec) {
        char kind = spec.kind();
        switch (kind) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> {
            }
            default -> throw unknownCode(kind, "float");
        }
        boolean negative = value < 0 || (value == 0 && 1 / value < 0);
        double abs = Math.abs(value);
        if (kind == '%') {
            value *= 100;
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            String word = Double.isNaN(value) ? "nan" : "inf";
            if (kind == 'E' || kind == 'F' || kind == 'G') {
                word = word.toUpperCase(java.util.Locale.ROOT);
            }
            String suffix = kind == '%' ? "%" : "";
            return number(spec, negative && !Double.isNaN(value), "", word + suffix, "", 3, false);
        }
        if (kind == '%') {
            abs *= 100;
        }
        String text = floatBody(abs, kind, spec.precision(), spec.alternate());
        if (negative && spec.noNegZero() && isZero(text)) {
            negative = false;
        }
        int cut = 0;
        while (cut < text.length() && Character.isDigit(text.charAt(cut))) {
            cut++;
        }
        return number(spec, negative, "", text.substring(0, cut), text.substring(cut), 3);
    }

    private static boolean isZero(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'e' || c == 'E' || c == '%') {
                break;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The digits of a finite, non-negative float for a presentation type (0 for the default), without sign or
     * padding: {@code 3.14}, {@code 1.000000e+30}, {@code 50.000000%}.
     */
    static String floatBody(double abs, char kind, int precision, boolean alternate) {
        switch (kind) {
            case 'f', 'F', '%' -> {
                String text = FloatDigits.fixed(abs, precision < 0 ? 6 : precision);
                if (alternate && text.indexOf('.') < 0) {
                    text += ".";
                }
                return kind == '%' ? text + "%" : text;
            }
            case 'e', 'E' -> {
                int p = precision < 0 ? 6 : precision;
                FloatDigits d = FloatDigits.significant(abs, p + 1);
                int exponent = abs == 0 ? 0 : d.decpt() - 1;
                return Floats.exponential(d.padded(p + 1), exponent, kind == 'E', alternate && p == 0);
            }
            case 'g', 'G', 'n' -> {
                return general(abs, precision < 0 ? 6 : Math.max(precision, 1), alternate, kind == 'G', false);
            }
            default -> {
                if (precision < 0) {
                    return Floats.repr(abs);
                }
                return general(abs, Math.max(precision, 1), alternate, false, true);
            }
        }
    }

    /** The {@code g} presentation; {@code addDotZero} for the default type (at least one fraction digit). */
    private static String general(double abs, int p, boolean alternate, boolean upper, boolean addDotZero) {
        FloatDigits d = FloatDigits.significant(abs, p);
        int decpt = abs == 0 ? 1 : d.decpt();
        String digits = alternate ? d.padded(p) : d.digits();
        if (decpt <= -4 || decpt > (addDotZero ? p - 1 : p)) {
            boolean dot = alternate && digits.length() == 1;
            return Floats.exponential(digits, decpt - 1, upper, dot);
        }
        if (alternate && digits.length() < decpt) {
            digits = d.padded(decpt);
        }
        String text = Floats.fixedPoint(digits, decpt, addDotZero);
        if (alternate && text.indexOf('.') < 0) {
            text += ".";
        }
        return text;
    }
}
