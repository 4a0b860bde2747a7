package org.loopscope.script.runtime;

import java.math.BigInteger;

/** {@code format % args}: printf-style formatting with CPython's conversions, flags and messages. */
final class PercentFormat {

    private final String format;
    private final Object args;
    private final PyTuple tuple;
    private final PyDict mapping;
    private int argIndex;
    private Object single;
    private boolean singleUsed;

    private PercentFormat(String format, Object args) {
        this.format = format;
        this.args = args;
        this.tuple = args instanceof PyTuple t ? t : null;
        this.mapping = args instanceof PyDict d ? d : null;
        this.single = args;
    }

    /** {@code format % args}. */
    static String format(String format, Object args) {
        return new PercentFormat(format, args).run();
    }

    private Object nextArg() {
        if (tuple != null) {
            if (argIndex >= tuple.size()) {
                throw Errors.typeError("not enough arguments for format string");
            }
            return tuple.get(argIndex++);
        }
        if (singleUsed) {
            throw Errors.typeError("not enough arguments for format string");
        }
        singleUsed = true;
        return single;
    }

    private String run() {
        StringBuilder out = new StringBuilder(format.length() + 16);
        int n = format.length();
        int i = 0;
        while (i < n) {
            char c = format.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= n) {
                throw Errors.valueError("incomplete format");
            }
            if (format.charAt(i) == '(') {
                if (mapping == null && (args instanceof PyTuple || args instanceof String || !isMapping(args))) {
                    throw Errors.typeError("format requires a mapping");
                }
                int depth = 1;
                int keyStart = ++i;
                while (i < n && depth > 0) {
                    if (format.charAt(i) == '(') {
                        depth++;
                    } else if (format.charAt(i) == ')') {
                        depth--;
                    }
                    i++;
                }
                if (depth > 0) {
                    throw Errors.valueError("incomplete format key");
                }
                String key = format.substring(keyStart, i - 1);
                single = PyOps.getitem(args, key);
                singleUsed = false;
            }
            boolean left = false;
            boolean plus = false;
            boolean space = false;
            boolean alternate = false;
            boolean zero = false;
            for (; i < n; i++) {
                char flag = format.charAt(i);
                if (flag == '-') {
                    left = true;
                } else if (flag == '+') {
                    plus = true;
                } else if (flag == ' ') {
                    space = true;
                } else if (flag == '#') {
                    alternate = true;
                } else if (flag == '0') {
                    zero = true;
                } else {
                    break;
                }
            }
            long width = -1;
            if (i < n && format.charAt(i) == '*') {
                Object w = nextArg();
                if (!Ints.isInt(w)) {
                    throw Errors.typeError("* wants int");
                }
                width = Ints.toLong(w, "width too big");
                if (width < 0) {
                    left = true;
                    width = -width;
                }
                i++;
            } else {
                while (i < n && Character.isDigit(format.charAt(i)) && format.charAt(i) < 128) {
                    width = Math.max(width, 0) * 10 + (format.charAt(i++) - '0');
                    if (width > Limits.MAX_STR) {
                        throw Errors.valueError("width too big");
                    }
                }
            }
            int precision = -1;
            if (i < n && format.charAt(i) == '.') {
                i++;
                precision = 0;
                if (i < n && format.charAt(i) == '*') {
                    Object p = nextArg();
                    if (!Ints.isInt(p)) {
                        throw Errors.typeError("* wants int");
                    }
                    precision = (int) Math.max(0, Math.min(Ints.toLong(p, "precision too big"), Integer.MAX_VALUE));
                    i++;
                } else {
                    while (i < n && Character.isDigit(format.charAt(i)) && format.charAt(i) < 128) {
                        precision = precision * 10 + (format.charAt(i++) - '0');
                        if (precision > 100_000_000) {
                            throw Errors.valueError("precision too big");
                        }
                    }
                }
            }
            while (i < n && (format.charAt(i) == 'h' || format.charAt(i) == 'l' || format.charAt(i) == 'L')) {
                i++;
            }
            if (i >= n) {
                throw Errors.valueError("incomplete format");
            }
            char kind = format.charAt(i++);
            if (kind == '%' && i - start == 2) {
                out.append('%');
                continue;
            }
            String piece = convert(kind, i - 1, left, plus, space, alternate, zero, precision);
            int length = Strs.length(piece);
            if (width > length) {
                int missing = (int) (width - length);
                if (left) {
                    piece = piece + " ".repeat(missing);
                } else if (zero && isNumeric(kind)) {
                    int signEnd = piece.startsWith("-") || piece.startsWith("+") || piece.startsWith(" ") ? 1 : 0;
                    if (alternate && (kind == 'x' || kind == 'X' || kind == 'o')
                            && piece.length() > signEnd + 1 && piece.charAt(signEnd) == '0') {
                        signEnd += 2;
                    }
                    boolean special = piece.endsWith("inf") || piece.endsWith("nan");
                    piece = special ? " ".repeat(missing) + piece
                            : piece.substring(0, signEnd) + "0".repeat(missing) + piece.substring(signEnd);
                } else {
                    piece = " ".repeat(missing) + piece;
                }
            }
            Limits.checkStr((long) out.length() + piece.length());
            out.append(piece);
        }
        boolean leftover = tuple != null ? argIndex < tuple.size() : !singleUsed && mapping == null
                && !isMapping(args);
        if (leftover) {
            throw Errors.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static boolean isMapping(Object value) {
        if (value instanceof PyDict) {
            return true;
        }
        if (value instanceof PyTuple || value instanceof String || value instanceof PyList) {
            return false;
        }
        PyType type = Py.type(value);
        return !type.isBuiltin() && type.lookup("__getitem__") != null;
    }

    private static boolean isNumeric(char kind) {
        return "diuoxXeEfFgG".indexOf(kind) >= 0;
    }

    private String convert(char kind, int at, boolean left, boolean plus, boolean space, boolean alternate,
                           boolean zero, int precision) {
        switch (kind) {
            case 's', 'r', 'a' -> {
                Object value = nextArg();
                String text = kind == 's' ? Reprs.str(value) : kind == 'r' ? Reprs.repr(value) : Reprs.ascii(value);
                if (precision >= 0 && Strs.length(text) > precision) {
                    text = text.substring(0, text.offsetByCodePoints(0, precision));
                }
                return text;
            }
            case 'd', 'i', 'u' -> {
                Object value = nextArg();
                Object integer;
                if (Ints.isInt(value)) {
                    integer = value;
                } else if (value instanceof Double d) {
                    integer = Floats.toInt(d);
                } else {
                    integer = PyOps.indexOrNull(value);
                    if (integer == null) {
                        throw Errors.typeError("%" + kind + " format: a real number is required, not "
                                + Py.typeName(value));
                    }
                }
                return integer(Ints.big(integer), 10, false, "", plus, space, precision);
            }
            case 'o', 'x', 'X' -> {
                Object value = nextArg();
                Object integer = PyOps.indexOrNull(value);
                if (integer == null) {
                    throw Errors.typeError("%" + kind + " format: an integer is required, not " + Py.typeName(value));
                }
                int radix = kind == 'o' ? 8 : 16;
                String prefix = alternate ? (kind == 'o' ? "0o" : kind == 'x' ? "0x" : "0X") : "";
                return integer(Ints.big(integer), radix, kind == 'X', prefix, plus, space, precision);
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                Object value = nextArg();
                double d;
                if (value instanceof Double x) {
                    d = x;
                } else if (Ints.isInt(value)) {
                    d = Ints.toDouble(value);
                } else {
                    Object converted = Constructors.toFloatOrNull(value);
                    if (converted == null) {
                        throw Errors.typeError("must be real number, not " + Py.typeName(value));
                    }
                    d = (Double) converted;
                }
                boolean negative = d < 0 || (d == 0 && 1 / d < 0);
                String body;
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    body = Double.isNaN(d) ? "nan" : "inf";
                    if (Character.isUpperCase(kind)) {
                        body = body.toUpperCase(java.util.Locale.ROOT);
                    }
                    negative = d < 0;
                } else {
                    body = Formatter.floatBody(Math.abs(d), kind, precision < 0 ? 6 : precision, alternate);
                }
                return (negative ? "-" : plus ? "+" : space ? " " : "") + body;
            }
            case 'c' -> {
                Object value = nextArg();
                if (value instanceof String s && Strs.length(s) == 1) {
                    return s;
                }
                if (!Ints.isInt(value)) {
                    throw Errors.typeError("%c requires int or char");
                }
                BigInteger cp = Ints.big(value);
                if (cp.signum() < 0 || cp.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                    throw Errors.overflowError("%c arg not in range(0x110000)");
                }
                return Strs.ofCodePoint(cp.intValue());
            }
            case '%' -> {
                nextArg();
                return "%";
            }
            default -> {
                String shown = kind < 128 ? String.valueOf(kind) : "?";
                throw Errors.valueError("unsupported format character '" + shown + "' (0x"
                        + Integer.toHexString(kind) + ") at index " + at);
            }
        }
    }

    private static String integer(BigInteger value, int radix, boolean upper, String prefix, boolean plus,
                                  boolean space, int precision) {
        String digits = value.abs().toString(radix);
        if (radix == 10 && digits.length() > Limits.MAX_STR_DIGITS) {
            Ints.toString(Ints.normalize(value));
        }
        if (upper) {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        if (precision > digits.length()) {
            digits = "0".repeat(precision - digits.length()) + digits;
        }
        String sign = value.signum() < 0 ? "-" : plus ? "+" : space ? " " : "";
        return sign + prefix + digits;
    }
}
