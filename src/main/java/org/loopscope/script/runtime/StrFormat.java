package org.loopscope.script.runtime;

/** {@code str.format(*args, **kwargs)} and {@code str.format_map(mapping)}: replacement fields, conversions and
 * nested format specs, with CPython's messages. */
final class StrFormat {

    private final String format;
    private final Object[] positional;
    private final Object keywords;
    private int autoIndex;
    private boolean manual;
    private boolean automatic;

    private StrFormat(String format, Object[] positional, Object keywords) {
        this.format = format;
        this.positional = positional;
        this.keywords = keywords;
    }

    /** {@code format.format(*positional, **keywords)}; {@code keywords} is any mapping, or null. */
    static String format(String format, Object[] positional, Object keywords) {
        return new StrFormat(format, positional, keywords).render(format, 2);
    }

    private String render(String text, int depth) {
        if (depth <= 0) {
            throw Errors.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '}') {
                if (i + 1 < n && text.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw Errors.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && text.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            int level = 1;
            int j = i + 1;
            while (j < n && level > 0) {
                char d = text.charAt(j);
                if (d == '{') {
                    level++;
                } else if (d == '}') {
                    level--;
                }
                j++;
            }
            if (level > 0) {
                throw Errors.valueError(j >= n && text.indexOf('}', i) < 0 && i + 1 >= n
                        ? "Single '{' encountered in format string" : "expected '}' before end of string");
            }
            String field = text.substring(i + 1, j - 1);
            out.append(replace(field, depth));
            Limits.checkStr(out.length());
            i = j;
        }
        return out.toString();
    }

    private String replace(String field, int depth) {
        int n = field.length();
        int k = 0;
        while (k < n && field.charAt(k) != '!' && field.charAt(k) != ':') {
            if (field.charAt(k) == '[') {
                while (k < n && field.charAt(k) != ']') {
                    k++;
                }
            }
            if (k < n) {
                k++;
            }
        }
        k = Math.min(k, n);
        String name = field.substring(0, k);
        char conversion = 0;
        if (k < n && field.charAt(k) == '!') {
            if (k + 1 >= n) {
                throw Errors.valueError("end of string while looking for conversion specifier");
            }
            conversion = field.charAt(k + 1);
            k += 2;
            if (k < n && field.charAt(k) != ':') {
                throw Errors.valueError("expected ':' after conversion specifier");
            }
        }
        String spec = k < n && field.charAt(k) == ':' ? field.substring(k + 1) : "";
        Object value = lookup(name);
        switch (conversion) {
            case 0 -> {
            }
            case 'r' -> value = Reprs.repr(value);
            case 's' -> value = Reprs.str(value);
            case 'a' -> value = Reprs.ascii(value);
            default -> throw Errors.valueError("Unknown conversion specifier " + conversion);
        }
        if (spec.indexOf('{') >= 0) {
            spec = render(spec, depth - 1);
        }
        return Formatter.format(value, spec);
    }

    private Object lookup(String name) {
        int n = name.length();
        int k = 0;
        while (k < n && name.charAt(k) != '.' && name.charAt(k) != '[') {
            k++;
        }
        String first = name.substring(0, k);
        Object value;
        if (first.isEmpty()) {
            if (manual) {
                throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            automatic = true;
            value = positional(autoIndex++);
        } else if (first.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            if (automatic) {
                throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            manual = true;
            value = positional(Integer.parseInt(first));
        } else {
            if (keywords == null) {
                throw Errors.keyError(first);
            }
            try {
                value = PyOps.getitem(keywords, first);
            } catch (PyException missing) {
                if (missing.type().isSubtype(ExcTypes.KEY_ERROR)) {
                    throw Errors.keyError(first);
                }
                throw missing;
            }
        }
        while (k < n) {
            char c = name.charAt(k);
            if (c == '.') {
                int end = k + 1;
                while (end < n && name.charAt(end) != '.' && name.charAt(end) != '[') {
                    end++;
                }
                String attr = name.substring(k + 1, end);
                if (attr.isEmpty()) {
                    throw Errors.valueError("Empty attribute in format string");
                }
                value = Attrs.getattr(value, attr);
                k = end;
            } else if (c == '[') {
                int end = name.indexOf(']', k);
                if (end < 0) {
                    throw Errors.valueError("Missing ']' in format string");
                }
                String key = name.substring(k + 1, end);
                if (key.isEmpty()) {
                    throw Errors.valueError("Empty attribute in format string");
                }
                Object index = key.chars().allMatch(ch -> ch >= '0' && ch <= '9') ? Ints.parse(key, 10) : key;
                value = PyOps.getitem(value, index);
                k = end + 1;
                if (k < n && name.charAt(k) != '.' && name.charAt(k) != '[') {
                    throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return value;
    }

    private Object positional(int index) {
        if (index >= positional.length) {
            throw Errors.indexError("Replacement index " + index + " out of range for positional args tuple");
        }
        return positional[index];
    }
}
