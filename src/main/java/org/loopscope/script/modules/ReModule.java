package org.loopscope.script.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.loopscope.script.interp.Native;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.ExcTypes;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyList;
import org.loopscope.script.runtime.PyModule;
import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PyTuple;
import org.loopscope.script.runtime.PyType;

/**
 * The {@code re} module on Java's regular expressions ({@link RePattern} translates the syntax): compile, match,
 * fullmatch, search, findall, finditer, sub, subn, split, escape, the flags, and Pattern and Match objects that
 * print as CPython's. Java's engine and Python's agree on the common syntax; exotic constructs may differ.
 */
final class ReModule {

    static final PyType ERROR = PyType.create("error", new PyType[] {ExcTypes.EXCEPTION},
            new java.util.HashMap<>(Map.of("__module__", "re", "__qualname__", "error")));

    private static final Signature COMPILE = Signature.of("compile(pattern, flags=0)");
    private static final Signature SEARCH = Signature.of("search(pattern, string, flags=0)");
    private static final Signature SUB = Signature.of("sub(pattern, repl, string, count=0, flags=0)");
    private static final Signature SPLIT = Signature.of("split(pattern, string, maxsplit=0, flags=0)");
    private static final Signature P_SEARCH = Signature.of("search(string, pos=0, endpos=None)");
    private static final Signature P_SUB = Signature.of("sub(repl, string, count=0)");
    private static final Signature P_SPLIT = Signature.of("split(string, maxsplit=0)");
    private static final Signature DEFAULT = Signature.of("groups(default=None)");

    private ReModule() {
    }

    /** A compiled pattern ({@code re.Pattern}). */
    static final class PatternObject extends PyObject {
        static final PyType TYPE = Native.newType("Pattern", "re", null, ReModule::patternMethods);
        final RePattern p;

        PatternObject(RePattern p) {
            this.p = p;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public String toString() {
            StringBuilder flags = new StringBuilder();
            String[] names = {"re.IGNORECASE", "re.MULTILINE", "re.DOTALL", "re.VERBOSE", "re.ASCII"};
            int[] bits = {RePattern.IGNORECASE, RePattern.MULTILINE, RePattern.DOTALL, RePattern.VERBOSE,
                RePattern.ASCII};
            for (int i = 0; i < bits.length; i++) {
                if ((p.flags & bits[i]) != 0) {
                    flags.append(flags.length() == 0 ? "" : "|").append(names[i]);
                }
            }
            return "re.compile(" + PyOps.repr(p.source) + (flags.length() == 0 ? "" : ", " + flags) + ")";
        }
    }

    /** A successful match ({@code re.Match}). */
    static final class MatchObject extends PyObject {
        static final PyType TYPE = Native.newType("Match", "re", null, ReModule::matchMethods);
        final PatternObject re;
        final String string;
        final int[] starts;
        final int[] ends;
        final int pos;
        final int endpos;

        MatchObject(PatternObject re, String string, Matcher m, int pos, int endpos) {
            this.re = re;
            this.string = string;
            this.pos = pos;
            this.endpos = endpos;
            int n = m.groupCount() + 1;
            starts = new int[n];
            ends = new int[n];
            for (int g = 0; g < n; g++) {
                starts[g] = m.start(g);
                ends[g] = m.end(g);
            }
        }

        Object group(int g) {
            return starts[g] < 0 ? Py.NONE : string.substring(starts[g], ends[g]);
        }

        int index(Object g) {
            if (g instanceof String name) {
                Integer i = re.p.groupIndex.get(name);
                if (i == null) {
                    throw Errors.of(ExcTypes.INDEX_ERROR, "no such group");
                }
                return i;
            }
            if (g instanceof Long || g instanceof Boolean) {
                long i = ModuleSupport.integer(g instanceof Boolean b ? (Object) (b ? 1L : 0L) : g);
                if (i < 0 || i >= starts.length) {
                    throw Errors.of(ExcTypes.INDEX_ERROR, "no such group");
                }
                return (int) i;
            }
            throw Errors.of(ExcTypes.INDEX_ERROR, "no such group");
        }

        int cp(int index) {
            return index < 0 ? -1 : string.codePointCount(0, index);
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public String toString() {
            return "<re.Match object; span=(" + cp(starts[0]) + ", " + cp(ends[0]) + "), match="
                    + PyOps.repr(group(0)) + ">";
        }
    }

    static PyModule create() {
        PyModule module = new PyModule("re", SourceModules.LIB + "/re/__init__.py");
        PyDict d = module.dict();
        d.put("error", ERROR);
        d.put("Pattern", PatternObject.TYPE);
        d.put("Match", MatchObject.TYPE);
        for (String[] flag : new String[][] {{"I", "IGNORECASE", "2"}, {"M", "MULTILINE", "8"}, {"S", "DOTALL", "16"},
            {"X", "VERBOSE", "64"}, {"A", "ASCII", "256"}, {"U", "UNICODE", "32"}}) {
            d.put(flag[0], Long.parseLong(flag[2]));
            d.put(flag[1], Long.parseLong(flag[2]));
        }
        ModuleSupport.function(d, "compile", (a, k) -> {
            Object[] v = COMPILE.bind(a, k);
            return compile(v[0], v[1]);
        });
        for (String name : new String[] {"match", "fullmatch", "search", "findall", "finditer"}) {
            ModuleSupport.function(d, name, (a, k) -> {
                Object[] v = SEARCH.bind(a, k);
                PatternObject p = compile(v[0], v[2]);
                return PyOps.callMethod(p, name, v[1]);
            });
        }
        for (String name : new String[] {"sub", "subn"}) {
            ModuleSupport.function(d, name, (a, k) -> {
                Object[] v = SUB.bind(a, k);
                PatternObject p = compile(v[0], v[4]);
                return substitute(p, v[1], str(v[2]), count(v[3]), name.equals("subn"));
            });
        }
        ModuleSupport.function(d, "split", (a, k) -> {
            Object[] v = SPLIT.bind(a, k);
            return split(compile(v[0], v[3]), str(v[1]), count(v[2]));
        });
        ModuleSupport.function(d, "escape", (a, k) -> {
            String s = str(Native.oneArg("escape", a, k));
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if ("()[]{}?*+-|^$\\.&~# \t\n\r\u000b\f".indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
            return out.toString();
        });
        ModuleSupport.function(d, "purge", (a, k) -> Py.NONE);
        return module;
    }

    private static PatternObject compile(Object pattern, Object flags) {
        if (pattern instanceof PatternObject p) {
            if (flags != null && PyOps.truthy(flags)) {
                throw Errors.valueError("cannot process flags argument with a compiled pattern");
            }
            return p;
        }
        if (!(pattern instanceof String s)) {
            throw Errors.typeError("first argument must be string or compiled pattern");
        }
        int f = flags == null ? 0 : (int) ModuleSupport.integer(flags);
        return new PatternObject(RePattern.compile(s, f | RePattern.UNICODE, ERROR));
    }

    private static String str(Object value) {
        if (value instanceof String s) {
            return s;
        }
        throw Errors.typeError("expected string or bytes-like object, got '" + Py.typeName(value) + "'");
    }

    private static int count(Object value) {
        return value == null ? 0 : (int) ModuleSupport.integer(value);
    }

    private static int offset(String s, Object cp, int fallback) {
        if (cp == null || Py.isNone(cp)) {
            return fallback;
        }
        long i = ModuleSupport.integer(cp);
        int n = s.codePointCount(0, s.length());
        i = Math.max(0, Math.min(i < 0 ? 0 : i, n));
        return s.offsetByCodePoints(0, (int) i);
    }

    /** What one match contributes to findall: the whole match, the one group, or the tuple of groups. */
    private static Object found(MatchObject m) {
        int groups = m.starts.length - 1;
        if (groups == 0) {
            return m.group(0);
        }
        if (groups == 1) {
            Object g = m.group(1);
            return Py.isNone(g) ? "" : g;
        }
        Object[] items = new Object[groups];
        for (int i = 1; i <= groups; i++) {
            Object g = m.group(i);
            items[i - 1] = Py.isNone(g) ? "" : g;
        }
        return PyTuple.of(items);
    }

    private static List<MatchObject> all(PatternObject p, String s, int pos, int endpos) {
        Matcher m = p.p.pattern.matcher(s).region(pos, endpos);
        m.useTransparentBounds(true).useAnchoringBounds(false);
        List<MatchObject> out = new ArrayList<>();
        while (m.find()) {
            out.add(new MatchObject(p, s, m, pos, endpos));
        }
        return out;
    }

    private static void patternMethods(Map<String, Object> ns) {
        for (String name : new String[] {"match", "fullmatch", "search"}) {
            Native.method(ns, "Pattern", name, (self, a, k) -> {
                PatternObject p = (PatternObject) self;
                Object[] v = P_SEARCH.bind(a, k);
                String s = str(v[0]);
                int pos = offset(s, v[1], 0);
                int end = Math.max(pos, offset(s, v[2], s.length()));
                Matcher m = p.p.pattern.matcher(s).region(pos, end);
                m.useTransparentBounds(true).useAnchoringBounds(false);
                boolean ok = switch (name) {
                    case "match" -> m.lookingAt();
                    case "fullmatch" -> m.matches();
                    default -> m.find();
                };
                return ok ? new MatchObject(p, s, m, pos, end) : Py.NONE;
            });
        }
        Native.method(ns, "Pattern", "findall", (self, a, k) -> {
            Object[] v = P_SEARCH.bind(a, k);
            String s = str(v[0]);
            int pos = offset(s, v[1], 0);
            List<MatchObject> ms = all((PatternObject) self, s, pos, Math.max(pos, offset(s, v[2], s.length())));
            PyList out = new PyList();
            for (MatchObject m : ms) {
                out.append(found(m));
            }
            return out;
        });
        Native.method(ns, "Pattern", "finditer", (self, a, k) -> {
            Object[] v = P_SEARCH.bind(a, k);
            String s = str(v[0]);
            int pos = offset(s, v[1], 0);
            List<MatchObject> ms = all((PatternObject) self, s, pos, Math.max(pos, offset(s, v[2], s.length())));
            return PyOps.iter(PyList.of(ms.toArray()));
        });
        Native.method(ns, "Pattern", "sub", (self, a, k) -> {
            Object[] v = P_SUB.bind(a, k);
            return substitute((PatternObject) self, v[0], str(v[1]), count(v[2]), false);
        });
        Native.method(ns, "Pattern", "subn", (self, a, k) -> {
            Object[] v = P_SUB.bind(a, k);
            return substitute((PatternObject) self, v[0], str(v[1]), count(v[2]), true);
        });
        Native.method(ns, "Pattern", "split", (self, a, k) -> {
            Object[] v = P_SPLIT.bind(a, k);
            return split((PatternObject) self, str(v[0]), count(v[1]));
        });
        Native.attribute(ns, "Pattern", "pattern", s -> ((PatternObject) s).p.source, null);
        Native.attribute(ns, "Pattern", "flags", s -> (long) ((PatternObject) s).p.flags, null);
        Native.attribute(ns, "Pattern", "groups", s -> (long) ((PatternObject) s).p.groups, null);
        Native.attribute(ns, "Pattern", "groupindex", s -> {
            PyDict out = new PyDict();
            ((PatternObject) s).p.groupIndex.forEach((name, i) -> out.put(name, (long) i));
            return out;
        }, null);
    }

    private static Object substitute(PatternObject p, Object repl, String s, int count, boolean withCount) {
        List<MatchObject> ms = all(p, s, 0, s.length());
        StringBuilder out = new StringBuilder();
        int last = 0;
        int done = 0;
        for (MatchObject m : ms) {
            if (count > 0 && done == count) {
                break;
            }
            out.append(s, last, m.starts[0]);
            if (repl instanceof String template) {
                out.append(expand(m, template));
            } else {
                out.append(str(PyOps.call(repl, m)));
            }
            last = m.ends[0];
            done++;
        }
        out.append(s.substring(last));
        return withCount ? PyTuple.of(out.toString(), (long) done) : out.toString();
    }

    /** A replacement template: {@code \1}, {@code \g<name>}, {@code \g<1>} and the string escapes. */
    private static String expand(MatchObject m, String template) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '\\' || i + 1 == template.length()) {
                out.append(c);
                continue;
            }
            char n = template.charAt(++i);
            if (Character.isDigit(n)) {
                int j = i + 1;
                if (j < template.length() && Character.isDigit(template.charAt(j)) && n != '0') {
                    j++;
                }
                int g = Integer.parseInt(template.substring(i, j));
                if (g >= m.starts.length) {
                    throw Errors.of(ERROR, "invalid group reference " + g + " at position " + i);
                }
                Object v = m.group(g);
                out.append(Py.isNone(v) ? "" : (String) v);
                i = j - 1;
            } else if (n == 'g' && i + 1 < template.length() && template.charAt(i + 1) == '<') {
                int close = template.indexOf('>', i);
                String ref = template.substring(i + 2, close);
                int g = ref.matches("\\d+") ? Integer.parseInt(ref) : m.index(ref);
                Object v = m.group(g);
                out.append(Py.isNone(v) ? "" : (String) v);
                i = close;
            } else {
                switch (n) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case '\\' -> out.append('\\');
                    default -> {
                        if (Character.isLetter(n)) {
                            throw Errors.of(ERROR, "bad escape \\" + n + " at position " + (i - 1));
                        }
                        out.append('\\').append(n);
                    }
                }
            }
        }
        return out.toString();
    }

    private static PyList split(PatternObject p, String s, int maxsplit) {
        PyList out = new PyList();
        int last = 0;
        int done = 0;
        for (MatchObject m : all(p, s, 0, s.length())) {
            if (maxsplit > 0 && done == maxsplit) {
                break;
            }
            out.append(s.substring(last, m.starts[0]));
            for (int g = 1; g < m.starts.length; g++) {
                out.append(m.group(g));
            }
            last = m.ends[0];
            done++;
        }
        out.append(s.substring(last));
        return out;
    }

    private static void matchMethods(Map<String, Object> ns) {
        Native.method(ns, "Match", "group", (self, a, k) -> {
            MatchObject m = (MatchObject) self;
            if (a.length == 0) {
                return m.group(0);
            }
            if (a.length == 1) {
                return m.group(m.index(a[0]));
            }
            Object[] items = new Object[a.length];
            for (int i = 0; i < a.length; i++) {
                items[i] = m.group(m.index(a[i]));
            }
            return PyTuple.of(items);
        });
        Native.method(ns, "Match", "__getitem__", (self, a, k) -> {
            MatchObject m = (MatchObject) self;
            return m.group(m.index(Native.oneArg("__getitem__", a, k)));
        });
        Native.method(ns, "Match", "groups", (self, a, k) -> {
            MatchObject m = (MatchObject) self;
            Object dflt = DEFAULT.bind(a, k)[0];
            Object[] items = new Object[m.starts.length - 1];
            for (int i = 1; i < m.starts.length; i++) {
                Object g = m.group(i);
                items[i - 1] = Py.isNone(g) && dflt != null ? dflt : g;
            }
            return PyTuple.of(items);
        });
        Native.method(ns, "Match", "groupdict", (self, a, k) -> {
            MatchObject m = (MatchObject) self;
            Object dflt = DEFAULT.bind(a, k)[0];
            PyDict out = new PyDict();
            m.re.p.groupIndex.forEach((name, i) -> {
                Object g = m.group(i);
                out.put(name, Py.isNone(g) && dflt != null ? dflt : g);
            });
            return out;
        });
        Native.method(ns, "Match", "start", (self, a, k) -> {
            MatchObject m = (MatchObject) self;
            return (long) m.cp(m.starts[a.length == 0 ? 0 : m.index(a[0])]);
        });
        Native.method(ns, "Match", "end", (self, a, k) -> {
            MatchObject m = (MatchObject) self;
            return (long) m.cp(m.ends[a.length == 0 ? 0 : m.index(a[0])]);
        });
        Native.method(ns, "Match", "span", (self, a, k) -> {
            MatchObject m = (MatchObject) self;
            int g = a.length == 0 ? 0 : m.index(a[0]);
            return PyTuple.of((long) m.cp(m.starts[g]), (long) m.cp(m.ends[g]));
        });
        Native.method(ns, "Match", "expand", (self, a, k) ->
                expand((MatchObject) self, str(Native.oneArg("expand", a, k))));
        Native.attribute(ns, "Match", "string", s -> ((MatchObject) s).string, null);
        Native.attribute(ns, "Match", "re", s -> ((MatchObject) s).re, null);
        Native.attribute(ns, "Match", "pos", s -> (long) ((MatchObject) s).cp(((MatchObject) s).pos), null);
        Native.attribute(ns, "Match", "endpos", s -> (long) ((MatchObject) s).cp(((MatchObject) s).endpos), null);
        Native.attribute(ns, "Match", "lastindex", s -> {
            MatchObject m = (MatchObject) s;
            int best = -1;
            int bestEnd = -1;
            for (int g = 1; g < m.starts.length; g++) {
                if (m.starts[g] >= 0 && m.ends[g] >= bestEnd) {
                    best = g;
                    bestEnd = m.ends[g];
                }
            }
            return best < 0 ? Py.NONE : (Object) (long) best;
        }, null);
    }
}
