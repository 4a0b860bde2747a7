package org.loopscope.script.runtime;

import java.util.Locale;
import java.util.function.IntPredicate;

/** The methods of {@code str}. */
final class StrMethods {

    private StrMethods() {
    }

    private static String s(Object self) {
        return (String) self;
    }

    private static Object arg(Object[] args, int i) {
        return i < args.length ? args[i] : null;
    }

    static void install() {
        PyType t = Types.STR;
        Types.method(t, "join", (self, args, kw) -> StrText.join(s(self), Args.one("str.join", args, kw)));
        Types.method(t, "split", (self, args, kw) -> {
            Object[] a = Args.Spec.of("split", 0, 2, 0, "sep", "maxsplit").parse(args, kw);
            return StrText.split(s(self), a[0], a[1] == null ? -1 : PyOps.asLong(a[1]));
        });
        Types.method(t, "rsplit", (self, args, kw) -> {
            Object[] a = Args.Spec.of("rsplit", 0, 2, 0, "sep", "maxsplit").parse(args, kw);
            return StrText.rsplit(s(self), a[0], a[1] == null ? -1 : PyOps.asLong(a[1]));
        });
        Types.method(t, "splitlines", (self, args, kw) -> {
            Object[] a = Args.Spec.of("splitlines", 0, 1, 0, "keepends").parse(args, kw);
            return StrText.splitlines(s(self), a[0] != null && PyOps.truthy(a[0]));
        });
        strip(t, "strip", true, true);
        strip(t, "lstrip", true, false);
        strip(t, "rstrip", false, true);
        Types.method(t, "startswith", (self, args, kw) -> {
            Args.positional("startswith", args, kw, 1, 3);
            return StrText.startsOrEnds(s(self), args[0], arg(args, 1), arg(args, 2), false);
        });
        Types.method(t, "endswith", (self, args, kw) -> {
            Args.positional("endswith", args, kw, 1, 3);
            return StrText.startsOrEnds(s(self), args[0], arg(args, 1), arg(args, 2), true);
        });
        find(t, "find", false, false);
        find(t, "rfind", true, false);
        find(t, "index", false, true);
        find(t, "rindex", true, true);
        Types.method(t, "count", (self, args, kw) -> {
            Args.positional("count", args, kw, 1, 3);
            return Ints.box(StrText.count(s(self), args[0], arg(args, 1), arg(args, 2)));
        });
        Types.method(t, "replace", (self, args, kw) -> {
            Args.positional("replace", args, kw, 2, 3);
            return StrText.replace(s(self), args[0], args[1], args.length > 2 ? PyOps.asLong(args[2]) : -1);
        });
        Types.method(t, "partition", (self, args, kw) -> StrText.partition(s(self),
                Args.one("str.partition", args, kw), false));
        Types.method(t, "rpartition", (self, args, kw) -> StrText.partition(s(self),
                Args.one("str.rpartition", args, kw), true));
        Types.method0(t, "upper", self -> s(self).toUpperCase(Locale.ROOT));
        Types.method0(t, "lower", self -> s(self).toLowerCase(Locale.ROOT));
        Types.method0(t, "casefold", self -> s(self).toLowerCase(Locale.ROOT).replace("ß", "ss"));
        Types.method0(t, "swapcase", self -> swapcase(s(self)));
        Types.method0(t, "title", self -> title(s(self)));
        Types.method0(t, "capitalize", self -> capitalize(s(self)));
        predicate(t, "isdigit", cp -> Character.isDigit(cp) || Character.getType(cp) == Character.OTHER_NUMBER
                && Character.getNumericValue(cp) >= 0 && Character.getNumericValue(cp) <= 9, false);
        predicate(t, "isdecimal", Character::isDigit, false);
        predicate(t, "isnumeric", cp -> Character.isDigit(cp) || Character.getType(cp) == Character.OTHER_NUMBER
                || Character.getType(cp) == Character.LETTER_NUMBER || Character.getNumericValue(cp) >= 0
                && Character.isIdeographic(cp), false);
        predicate(t, "isalpha", Character::isLetter, false);
        predicate(t, "isalnum", cp -> Character.isLetter(cp) || Character.isDigit(cp)
                || Character.getType(cp) == Character.OTHER_NUMBER || Character.getType(cp) == Character.LETTER_NUMBER,
                false);
        predicate(t, "isspace", Strs::isSpace, false);
        predicate(t, "isprintable", Strs::isPrintable, true);
        predicate(t, "isascii", cp -> cp < 128, true);
        Types.method0(t, "isupper", self -> cased(s(self), true));
        Types.method0(t, "islower", self -> cased(s(self), false));
        Types.method0(t, "istitle", self -> isTitle(s(self)));
        Types.method0(t, "isidentifier", self -> isIdentifier(s(self)));
        Types.method1(t, "zfill", (self, width) -> zfill(s(self), PyOps.asLong(width)));
        pad(t, "center");
        pad(t, "ljust");
        pad(t, "rjust");
        Types.method(t, "expandtabs", (self, args, kw) -> {
            Object[] a = Args.Spec.of("expandtabs", 0, 1, 0, "tabsize").parse(args, kw);
            return StrText.expandtabs(s(self), a[0] == null ? 8 : PyOps.asLong(a[0]));
        });
        Types.method1(t, "removeprefix", (self, prefix) -> {
            String p = StrText.str(prefix, "removeprefix");
            return s(self).startsWith(p) ? s(self).substring(p.length()) : self;
        });
        Types.method1(t, "removesuffix", (self, suffix) -> {
            String p = StrText.str(suffix, "removesuffix");
            return s(self).endsWith(p) && !p.isEmpty() ? s(self).substring(0, s(self).length() - p.length()) : self;
        });
        Types.method(t, "format", (self, args, kw) -> {
            int kwCount = Args.kwCount(kw);
            PyDict keywords = new PyDict();
            for (int k = 0; k < kwCount; k++) {
                keywords.put(kw[k], args[args.length - kwCount + k]);
            }
            return StrFormat.format(s(self), Args.positionalOnly(args, kw), keywords);
        });
        Types.method1(t, "format_map", (self, mapping) -> StrFormat.format(s(self), Args.NONE, mapping));
        Types.method1(t, "translate", StrMethods::translate);
        t.define("maketrans", new PyStaticMethod(new BuiltinFunction("maketrans", StrMethods::maketrans)));
    }

    private static void strip(PyType t, String name, boolean left, boolean right) {
        Types.method(t, name, (self, args, kw) -> {
            Args.positional(name, args, kw, 0, 1);
            return StrText.strip(s(self), arg(args, 0), left, right, name);
        });
    }

    private static void find(PyType t, String name, boolean reverse, boolean raise) {
        Types.method(t, name, (self, args, kw) -> {
            Args.positional(name, args, kw, 1, 3);
            long found = StrText.find(s(self), args[0], arg(args, 1), arg(args, 2), reverse);
            if (found < 0 && raise) {
                throw Errors.valueError("substring not found");
            }
            return Ints.box(found);
        });
    }

    private static void predicate(PyType t, String name, IntPredicate test, boolean emptyValue) {
        Types.method0(t, name, self -> {
            String text = s(self);
            if (text.isEmpty()) {
                return emptyValue;
            }
            return text.codePoints().allMatch(test);
        });
    }

    private static void pad(PyType t, String name) {
        Types.method(t, name, (self, args, kw) -> {
            Args.positional(name, args, kw, 1, 2);
            long width = PyOps.asLong(args[0]);
            int fill = ' ';
            if (args.length > 1) {
                if (!(args[1] instanceof String f)) {
                    throw Errors.typeError("The fill character must be a unicode character, not "
                            + Py.typeName(args[1]));
                }
                if (Strs.length(f) != 1) {
                    throw Errors.typeError("The fill character must be exactly one character long");
                }
                fill = f.codePointAt(0);
            }
            String text = s(self);
            long length = Strs.length(text);
            if (width <= length) {
                return text;
            }
            Limits.checkStr(width);
            long margin = width - length;
            long left = switch (name) {
                case "ljust" -> 0;
                case "rjust" -> margin;
                default -> margin / 2 + (margin & width & 1);
            };
            String fillText = Strs.ofCodePoint(fill);
            return fillText.repeat((int) left) + text + fillText.repeat((int) (margin - left));
        });
    }

    static String zfill(String s, long width) {
        long length = Strs.length(s);
        if (width <= length) {
            return s;
        }
        Limits.checkStr(width);
        String zeros = "0".repeat((int) (width - length));
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return s.charAt(0) + zeros + s.substring(1);
        }
        return zeros + s;
    }

    private static boolean isCased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    private static String title(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isCased(cp)) {
                out.appendCodePoint(previousCased ? Character.toLowerCase(cp) : Character.toTitleCase(cp));
                previousCased = true;
            } else {
                out.appendCodePoint(cp);
                previousCased = false;
            }
        }
        return out.toString();
    }

    private static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        String rest = s.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
        String head = Character.isTitleCase(first) || !isCased(first) ? Strs.ofCodePoint(first)
                : Strs.ofCodePoint(first).toUpperCase(Locale.ROOT).length() > 1
                ? Strs.ofCodePoint(Character.toTitleCase(first)) : Strs.ofCodePoint(first).toUpperCase(Locale.ROOT);
        return head + rest;
    }

    private static String swapcase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isUpperCase(cp)) {
                out.append(Strs.ofCodePoint(cp).toLowerCase(Locale.ROOT));
            } else if (Character.isLowerCase(cp)) {
                out.append(Strs.ofCodePoint(cp).toUpperCase(Locale.ROOT));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static boolean cased(String s, boolean upper) {
        boolean any = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (upper ? Character.isLowerCase(cp) || Character.isTitleCase(cp)
                    : Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                return false;
            }
            any |= isCased(cp);
        }
        return any;
    }

    private static boolean isTitle(String s) {
        boolean any = false;
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                any = true;
            } else if (Character.isLowerCase(cp)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                any = true;
            } else {
                previousCased = false;
            }
        }
        return any;
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
            return false;
        }
        for (int i = Character.charCount(first); i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp)) {
                return false;
            }
        }
        return true;
    }

    private static Object translate(Object self, Object table) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s(self).length(); ) {
            int cp = s(self).codePointAt(i);
            i += Character.charCount(cp);
            Object mapped;
            try {
                mapped = PyOps.getitem(table, Ints.box(cp));
            } catch (PyException missing) {
                if (!missing.type().isSubtype(ExcTypes.LOOKUP_ERROR)) {
                    throw missing;
                }
                out.appendCodePoint(cp);
                continue;
            }
            if (Py.isNone(mapped)) {
                continue;
            }
            if (mapped instanceof String text) {
                out.append(text);
            } else if (Ints.isInt(mapped)) {
                long value = PyOps.asLong(mapped);
                if (value < 0 || value > 0x10FFFF) {
                    throw Errors.valueError("character mapping must be in range(0x110000)");
                }
                out.appendCodePoint((int) value);
            } else {
                throw Errors.typeError("character mapping must return integer, None or str");
            }
            Limits.checkStr(out.length());
        }
        return out.toString();
    }

    private static Object maketrans(Object[] args, String[] kw) {
        Args.positional("maketrans", args, kw, 1, 3);
        PyDict table = new PyDict();
        if (args.length == 1) {
            if (!(args[0] instanceof PyDict dict)) {
                throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (int e = dict.next(0); e >= 0; e = dict.next(e + 1)) {
                Object key = dict.keyAt(e);
                if (key instanceof String k && Strs.length(k) == 1) {
                    table.put(Ints.box(k.codePointAt(0)), dict.valueAt(e));
                } else if (Ints.isInt(key)) {
                    table.put(key, dict.valueAt(e));
                } else {
                    throw Errors.typeError("keys in translate table must be strings or integers");
                }
            }
            return table;
        }
        if (!(args[0] instanceof String from) || !(args[1] instanceof String to)) {
            throw Errors.typeError("maketrans() argument must be str");
        }
        int[] x = Strs.codePoints(from);
        int[] y = Strs.codePoints(to);
        if (x.length != y.length) {
            throw Errors.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < x.length; i++) {
            table.put(Ints.box(x[i]), Ints.box(y[i]));
        }
        if (args.length == 3) {
            if (!(args[2] instanceof String delete)) {
                throw Errors.typeError("maketrans() argument 3 must be str");
            }
            for (int cp : Strs.codePoints(delete)) {
                table.put(Ints.box(cp), Types.NONE);
            }
        }
        return table;
    }
}
