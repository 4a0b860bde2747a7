package org.loopscope.script.runtime;

/**
 * The searching and splitting methods of {@code str} ({@code find}, {@code split}, {@code strip},
 * {@code replace}, {@code join}...), all indexing by code point.
 */
final class StrText {

    private StrText() {
    }

    /** A code point range of a string, clamped as CPython's {@code ADJUST_INDICES}, with char offsets. */
    record Range(int start, int end, int startOffset, int endOffset, boolean beyond) {
    }

    private static long bound(Object value, long length, long absent) {
        return Math.min(unclamped(value, length, absent), length);
    }

    private static long unclamped(Object value, long length, long absent) {
        if (value == null || Py.isNone(value)) {
            return absent;
        }
        Object index = PyOps.indexOrNull(value);
        if (index == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        long i = index instanceof java.math.BigInteger big ? (big.signum() < 0 ? Long.MIN_VALUE / 2
                : Long.MAX_VALUE / 2) : (Long) index;
        if (i < 0) {
            i = Math.max(0, i + length);
        }
        return i;
    }

    static Range range(String s, Object start, Object end) {
        boolean bmp = Strs.isBmp(s);
        int length = bmp ? s.length() : s.codePointCount(0, s.length());
        long rawFrom = unclamped(start, length, 0);
        int from = (int) Math.min(rawFrom, length);
        int to = (int) bound(end, length, length);
        int fromOffset = bmp ? from : s.offsetByCodePoints(0, from);
        int toOffset = to < from ? fromOffset : bmp ? to : s.offsetByCodePoints(0, to);
        return new Range(from, Math.max(from, to), fromOffset, toOffset, rawFrom > length || to < from);
    }

    private static int toIndex(String s, int offset) {
        return s.codePointCount(0, offset);
    }

    static String str(Object value, String method) {
        if (value instanceof String s) {
            return s;
        }
        throw Errors.typeError("must be str, not " + Py.typeName(value));
    }

    /** {@code find}/{@code index} ({@code reverse} for {@code rfind}/{@code rindex}): a code point index or -1. */
    static long find(String s, Object subValue, Object start, Object end, boolean reverse) {
        String sub = str(subValue, "find");
        Range r = range(s, start, end);
        if (r.beyond()) {
            return -1;
        }
        int found;
        if (reverse) {
            found = s.lastIndexOf(sub, r.endOffset() - sub.length());
            if (found < r.startOffset()) {
                return -1;
            }
        } else {
            found = s.indexOf(sub, r.startOffset());
            if (found < 0 || found + sub.length() > r.endOffset()) {
                return -1;
            }
        }
        return toIndex(s, found);
    }

    static long count(String s, Object subValue, Object start, Object end) {
        String sub = str(subValue, "count");
        Range r = range(s, start, end);
        if (r.beyond()) {
            return 0;
        }
        if (sub.isEmpty()) {
            return r.end() - r.start() + 1L;
        }
        long n = 0;
        int i = r.startOffset();
        while (true) {
            int found = s.indexOf(sub, i);
            if (found < 0 || found + sub.length() > r.endOffset()) {
                return n;
            }
            n++;
            i = found + sub.length();
        }
    }

    static boolean startsOrEnds(String s, Object affix, Object start, Object end, boolean ends) {
        Range r = range(s, start, end);
        if (r.beyond()) {
            return false;
        }
        String window = s.substring(r.startOffset(), r.endOffset());
        if (affix instanceof String text) {
            return ends ? window.endsWith(text) : window.startsWith(text);
        }
        if (affix instanceof PyTuple tuple) {
            for (Object item : tuple.items()) {
                if (!(item instanceof String text)) {
                    throw Errors.typeError("tuple for " + (ends ? "endswith" : "startswith")
                            + " must only contain str, not " + Py.typeName(item));
                }
                if (ends ? window.endsWith(text) : window.startsWith(text)) {
                    return true;
                }
            }
            return false;
        }
        throw Errors.typeError((ends ? "endswith" : "startswith") + " first arg must be str or a tuple of str, not "
                + Py.typeName(affix));
    }

    static String replace(String s, Object oldValue, Object newValue, long count) {
        String old = str(oldValue, "replace");
        String replacement = str(newValue, "replace");
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        StringBuilder out = new StringBuilder();
        if (old.isEmpty()) {
            long done = 0;
            for (int i = 0; i < s.length(); ) {
                if (done < count) {
                    out.append(replacement);
                    done++;
                }
                int cp = s.codePointAt(i);
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
                Limits.checkStr(out.length());
            }
            if (done < count) {
                out.append(replacement);
            }
            return out.toString();
        }
        int i = 0;
        long done = 0;
        while (done < count) {
            int found = s.indexOf(old, i);
            if (found < 0) {
                break;
            }
            out.append(s, i, found).append(replacement);
            Limits.checkStr(out.length());
            i = found + old.length();
            done++;
        }
        return out.append(s, i, s.length()).toString();
    }

    /** {@code sep.join(iterable)}. */
    static String join(String sep, Object iterable) {
        if (Iterators.isNotIterable(iterable)) {
            throw Errors.typeError("can only join an iterable");
        }
        StringBuilder out = new StringBuilder();
        Object iterator = PyOps.iter(iterable);
        int index = 0;
        for (Object item = PyOps.next(iterator); item != PyIterator.STOP; item = PyOps.next(iterator)) {
            if (!(item instanceof String text)) {
                throw Errors.typeError("sequence item " + index + ": expected str instance, " + Py.typeName(item)
                        + " found");
            }
            if (index > 0) {
                out.append(sep);
            }
            out.append(text);
            Limits.checkStr(out.length());
            index++;
        }
        return out.toString();
    }

    private static boolean inChars(String chars, int cp) {
        return chars == null ? Strs.isSpace(cp) : chars.indexOf(Character.toString(cp)) >= 0;
    }

    /** {@code strip}: {@code left}/{@code right} choose the sides; {@code chars} null means whitespace. */
    static String strip(String s, Object charsValue, boolean left, boolean right, String method) {
        String chars = null;
        if (charsValue != null && !Py.isNone(charsValue)) {
            if (!(charsValue instanceof String c)) {
                throw Errors.typeError(method + " arg must be None or str");
            }
            chars = c;
        }
        int start = 0;
        int end = s.length();
        while (left && start < end && inChars(chars, s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (right && end > start && inChars(chars, s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    private static String separator(Object sep) {
        if (sep == null || Py.isNone(sep)) {
            return null;
        }
        if (!(sep instanceof String text)) {
            throw Errors.typeError("must be str or None, not " + Py.typeName(sep));
        }
        if (text.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        return text;
    }

    static PyList split(String s, Object sepValue, long maxsplit) {
        String sep = separator(sepValue);
        PyList out = new PyList();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        if (sep != null) {
            int i = 0;
            while (maxsplit-- > 0) {
                int found = s.indexOf(sep, i);
                if (found < 0) {
                    break;
                }
                out.append(s.substring(i, found));
                i = found + sep.length();
            }
            out.append(s.substring(i));
            return out;
        }
        int i = 0;
        int n = s.length();
        while (true) {
            while (i < n && Strs.isSpace(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return out;
            }
            if (maxsplit-- <= 0) {
                out.append(s.substring(i));
                return out;
            }
            int j = i;
            while (j < n && !Strs.isSpace(s.charAt(j))) {
                j++;
            }
            out.append(s.substring(i, j));
            i = j;
        }
    }

    static PyList rsplit(String s, Object sepValue, long maxsplit) {
        String sep = separator(sepValue);
        java.util.ArrayList<String> parts = new java.util.ArrayList<>();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        if (sep != null) {
            int end = s.length();
            while (maxsplit-- > 0) {
                int found = s.lastIndexOf(sep, end - sep.length());
                if (found < 0) {
                    break;
                }
                parts.add(s.substring(found + sep.length(), end));
                end = found;
            }
            parts.add(s.substring(0, end));
        } else {
            int j = s.length();
            while (true) {
                while (j > 0 && Strs.isSpace(s.charAt(j - 1))) {
                    j--;
                }
                if (j <= 0) {
                    break;
                }
                if (maxsplit-- <= 0) {
                    parts.add(s.substring(0, j));
                    break;
                }
                int i = j;
                while (i > 0 && !Strs.isSpace(s.charAt(i - 1))) {
                    i--;
                }
                parts.add(s.substring(i, j));
                j = i;
            }
        }
        PyList out = new PyList(parts.size());
        for (int k = parts.size() - 1; k >= 0; k--) {
            out.append(parts.get(k));
        }
        return out;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    static PyList splitlines(String s, boolean keepends) {
        PyList out = new PyList();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(s.charAt(j))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                j += s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n' ? 2 : 1;
            }
            out.append(s.substring(i, keepends ? j : eol));
            i = j;
        }
        return out;
    }

    static PyTuple partition(String s, Object sepValue, boolean reverse) {
        String sep = str(sepValue, "partition");
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        int found = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (found < 0) {
            return reverse ? PyTuple.of("", "", s) : PyTuple.of(s, "", "");
        }
        return PyTuple.of(s.substring(0, found), sep, s.substring(found + sep.length()));
    }

    static String expandtabs(String s, long tabsize) {
        StringBuilder out = new StringBuilder();
        long column = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    long spaces = tabsize - column % tabsize;
                    Limits.checkStr(out.length() + spaces);
                    out.append(" ".repeat((int) spaces));
                    column += spaces;
                }
            } else {
                out.append(c);
                column = c == '\n' || c == '\r' ? 0 : column + 1;
            }
        }
        return out.toString();
    }
}
