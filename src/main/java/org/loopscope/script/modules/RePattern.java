package org.loopscope.script.modules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.loopscope.script.runtime.Errors;

/**
 * A Python regular expression translated to a {@link Pattern}: named groups become numbered ones (Java's group
 * names are narrower than Python's), {@code (?P=name)} a numbered back-reference, {@code \Z} Java's {@code \z};
 * the flags map to Java's with Unicode character classes and Unix lines, as Python's str patterns behave.
 */
final class RePattern {

    static final int IGNORECASE = 2;
    static final int MULTILINE = 8;
    static final int DOTALL = 16;
    static final int VERBOSE = 64;
    static final int ASCII = 256;
    static final int UNICODE = 32;

    final String source;
    final int flags;
    final Pattern pattern;
    final int groups;
    final Map<String, Integer> groupIndex;

    private RePattern(String source, int flags, Pattern pattern, int groups, Map<String, Integer> groupIndex) {
        this.source = source;
        this.flags = flags;
        this.pattern = pattern;
        this.groups = groups;
        this.groupIndex = groupIndex;
    }

    /** Compiles {@code source}; {@code re.error} where the pattern is not valid. */
    static RePattern compile(String source, int flags, org.loopscope.script.runtime.PyType error) {
        StringBuilder out = new StringBuilder(source.length() + 8);
        Map<String, Integer> names = new LinkedHashMap<>();
        int groups = 0;
        int n = source.length();
        boolean inClass = false;
        for (int i = 0; i < n; i++) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char next = source.charAt(i + 1);
                if (next == 'Z' && !inClass) {
                    out.append("\\z");
                } else {
                    out.append(c).append(next);
                }
                i++;
                continue;
            }
            if (inClass) {
                if (c == ']') {
                    inClass = false;
                } else if (c == '[') {
                    out.append('\\');
                }
                out.append(c);
                continue;
            }
            if (c == '[') {
                inClass = true;
                out.append(c);
                if (i + 1 < n && source.charAt(i + 1) == '^') {
                    out.append('^');
                    i++;
                }
                if (i + 1 < n && source.charAt(i + 1) == ']') {
                    out.append("\\]");
                    i++;
                }
                continue;
            }
            if (c == '(' && i + 1 < n && source.charAt(i + 1) == '?') {
                if (source.startsWith("(?P<", i)) {
                    int close = source.indexOf('>', i);
                    if (close < 0) {
                        throw Errors.of(error, "missing >, unterminated name at position " + (i + 4));
                    }
                    String name = source.substring(i + 4, close);
                    if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                        throw Errors.of(error, "bad character in group name '" + name + "' at position " + (i + 4));
                    }
                    if (names.containsKey(name)) {
                        throw Errors.of(error, "redefinition of group name '" + name + "' as group " + (groups + 1)
                                + "; was group " + names.get(name) + " at position " + (i + 4));
                    }
                    names.put(name, ++groups);
                    out.append('(');
                    i = close;
                    continue;
                }
                if (source.startsWith("(?P=", i)) {
                    int close = source.indexOf(')', i);
                    String name = close < 0 ? "" : source.substring(i + 4, close);
                    Integer index = names.get(name);
                    if (index == null) {
                        throw Errors.of(error, "unknown group name '" + name + "' at position " + (i + 4));
                    }
                    out.append("(?:\\").append(index).append(')');
                    i = close;
                    continue;
                }
                out.append(c);
                continue;
            }
            if (c == '(') {
                groups++;
            }
            out.append(c);
        }
        int javaFlags = Pattern.UNIX_LINES;
        if ((flags & ASCII) == 0) {
            javaFlags |= Pattern.UNICODE_CHARACTER_CLASS;
        }
        if ((flags & IGNORECASE) != 0) {
            javaFlags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        }
        if ((flags & MULTILINE) != 0) {
            javaFlags |= Pattern.MULTILINE;
        }
        if ((flags & DOTALL) != 0) {
            javaFlags |= Pattern.DOTALL;
        }
        if ((flags & VERBOSE) != 0) {
            javaFlags |= Pattern.COMMENTS;
        }
        try {
            return new RePattern(source, flags, Pattern.compile(out.toString(), javaFlags), groups, names);
        } catch (PatternSyntaxException e) {
            throw Errors.of(error, e.getDescription() + " at position " + Math.max(e.getIndex(), 0));
        }
    }
}
