package org.loopscope.script.runtime;

/**
 * Python str semantics on Java strings. Python indexes strings by code point and Java by UTF-16 unit; the two agree
 * for strings without surrogate pairs (all of the Basic Multilingual Plane), which take the fast paths here. Strings
 * holding astral characters (most emoji) are indexed by code point at O(n) per operation.
 */
public final class Strs {

    private static final String[] SINGLE = new String[256];

    static {
        for (int i = 0; i < SINGLE.length; i++) {
            SINGLE[i] = String.valueOf((char) i);
        }
    }

    private Strs() {
    }

    /** Whether {@code s} has no surrogate units, so code point indexes equal char indexes. */
    static boolean isBmp(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code len(s)}: the number of code points. */
    public static int length(String s) {
        return isBmp(s) ? s.length() : s.codePointCount(0, s.length());
    }

    /** The str of one code point (shared for Latin-1). */
    public static String ofCodePoint(int cp) {
        if (cp < SINGLE.length) {
            return SINGLE[cp];
        }
        return new String(Character.toChars(cp));
    }

    /** The char index of code point index {@code index} ({@code 0 <= index <= length}). */
    static int offset(String s, int index, boolean bmp) {
        return bmp ? index : s.offsetByCodePoints(0, index);
    }

    /** {@code s[index]}: negative indexes count from the end; IndexError when out of range. */
    public static String charAt(String s, long index) {
        boolean bmp = isBmp(s);
        int n = bmp ? s.length() : s.codePointCount(0, s.length());
        if (index < 0) {
            index += n;
        }
        if (index < 0 || index >= n) {
            throw Errors.indexError("string index out of range");
        }
        if (bmp) {
            char c = s.charAt((int) index);
            return c < SINGLE.length ? SINGLE[c] : String.valueOf(c);
        }
        return ofCodePoint(s.codePointAt(s.offsetByCodePoints(0, (int) index)));
    }

    /** {@code s[start:stop:step]} for bounds already adjusted to the length. */
    static String slice(String s, PySlice.Bounds b) {
        boolean bmp = isBmp(s);
        if (b.count() == 0) {
            return "";
        }
        if (b.step() == 1) {
            return s.substring(offset(s, (int) b.start(), bmp), offset(s, (int) b.stop(), bmp));
        }
        int[] cps = bmp ? null : s.codePoints().toArray();
        StringBuilder out = new StringBuilder((int) b.count());
        long i = b.start();
        for (long k = 0; k < b.count(); k++, i += b.step()) {
            if (bmp) {
                out.append(s.charAt((int) i));
            } else {
                out.appendCodePoint(cps[(int) i]);
            }
        }
        return out.toString();
    }

    /** {@code a + b}, within the size limit. */
    static String concat(String a, String b) {
        Limits.checkStr((long) a.length() + b.length());
        return a.concat(b);
    }

    /** {@code s * n}. */
    static String repeat(String s, long n) {
        if (n <= 0 || s.isEmpty()) {
            return "";
        }
        Limits.checkStrRepeat(s.length(), n);
        return s.repeat((int) n);
    }

    /** The hash of a str; CPython's is randomised per process, so any stable function will do. */
    public static long hash(String s) {
        long h = s.hashCode();
        return h == -1 ? -2 : h;
    }

    /** Compares by code point, as Python does (Java's compareTo compares UTF-16 units). */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return fixup(x) - fixup(y);
            }
        }
        return a.length() - b.length();
    }

    /** Moves surrogates above the rest of the BMP so UTF-16 order becomes code point order. */
    private static int fixup(char c) {
        if (c >= 0xD800) {
            return c <= 0xDFFF ? c + 0x2000 : c - 0x800;
        }
        return c;
    }

    /** Python's {@code str.isspace} for one code point (what {@code split()} and {@code strip()} remove). */
    public static boolean isSpace(int cp) {
        if (cp < 128) {
            return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x1f);
        }
        return cp == 0x85 || cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028
                || cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000;
    }

    /** {@code s.strip()} with Python's whitespace. */
    static String stripWhitespace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Python's {@code str.isprintable} for one code point: what repr shows unescaped. */
    static boolean isPrintable(int cp) {
        if (cp < 128) {
            return cp >= 0x20 && cp < 0x7f;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** {@code repr(s)}: quoted with ' unless the text has ' and no ", escapes as CPython's. */
    public static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2);
        out.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                out.append('\\').append((char) cp);
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (isPrintable(cp)) {
                out.appendCodePoint(cp);
            } else if (cp < 0x100) {
                out.append("\\x").append(hex(cp, 2));
            } else if (cp < 0x10000) {
                out.append("\\u").append(hex(cp, 4));
            } else {
                out.append("\\U").append(hex(cp, 8));
            }
        }
        return out.append(quote).toString();
    }

    /** {@code ascii(s)}: the repr with every non-ASCII character escaped. */
    static String ascii(String repr) {
        StringBuilder out = new StringBuilder(repr.length());
        for (int i = 0; i < repr.length(); ) {
            int cp = repr.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                out.append((char) cp);
            } else if (cp < 0x100) {
                out.append("\\x").append(hex(cp, 2));
            } else if (cp < 0x10000) {
                out.append("\\u").append(hex(cp, 4));
            } else {
                out.append("\\U").append(hex(cp, 8));
            }
        }
        return out.toString();
    }

    private static String hex(int value, int width) {
        String digits = Integer.toHexString(value);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    /** The code points of {@code s}. */
    static int[] codePoints(String s) {
        return s.codePoints().toArray();
    }
}
