package org.loopscope.script.interp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.loopscope.script.compile.MatchProgram;
import org.loopscope.script.runtime.Attrs;
import org.loopscope.script.runtime.Builtins;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyList;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PyTuple;
import org.loopscope.script.runtime.PyType;
import org.loopscope.script.runtime.Types;

/**
 * MATCH_PATTERN: whether a subject matches a case's pattern, by PEP 634's rules as CPython 3.11 applies them
 * (sequences are lists, tuples and ranges, never strings; mappings are dicts, read with {@code get}; class
 * patterns use {@code __match_args__}, or the subject itself for the builtin types that match themselves), and
 * what the captures are.
 */
final class Matching {

    /** Builtin classes whose single positional sub-pattern matches the subject itself. */
    private static final PyType[] MATCH_SELF = {Types.BOOL, Types.INT, Types.FLOAT, Types.STR, Types.LIST,
        Types.TUPLE, Types.DICT, Types.SET, Types.FROZENSET};

    private static final Object MISSING = new Object();

    private Matching() {
    }

    /** The captures as a tuple, or None when {@code subject} does not match. */
    static Object match(MatchProgram.Case program, Object subject, Object[] values) {
        Object[] captures = new Object[program.captures().size()];
        return matches(program.root(), subject, values, captures) ? PyTuple.of(captures) : Py.NONE;
    }

    private static boolean matches(MatchProgram p, Object subject, Object[] values, Object[] captures) {
        if (p instanceof MatchProgram.Literal lit) {
            Object value = values[lit.slot()];
            return lit.identity() ? subject == value : PyOps.eqBool(subject, value);
        }
        if (p instanceof MatchProgram.Capture cap) {
            if (cap.pattern() != null && !matches(cap.pattern(), subject, values, captures)) {
                return false;
            }
            if (cap.capture() >= 0) {
                captures[cap.capture()] = subject;
            }
            return true;
        }
        if (p instanceof MatchProgram.Sequence seq) {
            return sequence(seq, subject, values, captures);
        }
        if (p instanceof MatchProgram.Mapping map) {
            return mapping(map, subject, values, captures);
        }
        if (p instanceof MatchProgram.ClassMatch cls) {
            return classMatch(cls, subject, values, captures);
        }
        if (p instanceof MatchProgram.Or or) {
            for (MatchProgram alternative : or.alternatives()) {
                Object[] attempt = captures.clone();
                if (matches(alternative, subject, values, attempt)) {
                    System.arraycopy(attempt, 0, captures, 0, captures.length);
                    return true;
                }
            }
            return false;
        }
        throw new IllegalStateException("pattern " + p);
    }

    private static boolean sequence(MatchProgram.Sequence seq, Object subject, Object[] values, Object[] captures) {
        PyType type = Py.type(subject);
        if (!type.isSubtype(Types.LIST) && !type.isSubtype(Types.TUPLE) && !type.isSubtype(Types.RANGE)) {
            return false;
        }
        Object[] items = PyList.from(subject).toArray();
        int fixed = seq.items().size();
        if (seq.star() < 0 ? items.length != fixed : items.length < fixed) {
            return false;
        }
        int before = seq.star() < 0 ? fixed : seq.star();
        for (int i = 0; i < before; i++) {
            if (!matches(seq.items().get(i), items[i], values, captures)) {
                return false;
            }
        }
        if (seq.star() < 0) {
            return true;
        }
        int after = fixed - before;
        int middleEnd = items.length - after;
        for (int i = 0; i < after; i++) {
            if (!matches(seq.items().get(before + i), items[middleEnd + i], values, captures)) {
                return false;
            }
        }
        if (seq.starCapture() >= 0) {
            PyList middle = new PyList();
            for (int i = before; i < middleEnd; i++) {
                middle.append(items[i]);
            }
            captures[seq.starCapture()] = middle;
        }
        return true;
    }

    private static boolean mapping(MatchProgram.Mapping map, Object subject, Object[] values, Object[] captures) {
        if (!Py.type(subject).isSubtype(Types.DICT)) {
            return false;
        }
        int n = map.keySlots().length;
        if (PyOps.len(subject) < n) {
            return false;
        }
        PyDict seen = new PyDict();
        Object get = PyOps.getattr(subject, "get");
        Object[] found = new Object[n];
        for (int i = 0; i < n; i++) {
            Object key = values[map.keySlots()[i]];
            if (seen.get(key) != null) {
                throw Errors.valueError("mapping pattern checks duplicate key (" + PyOps.repr(key) + ")");
            }
            seen.put(key, Py.NONE);
            Object value = PyOps.call(get, key, MISSING);
            if (value == MISSING) {
                return false;
            }
            found[i] = value;
        }
        for (int i = 0; i < n; i++) {
            if (!matches(map.values().get(i), found[i], values, captures)) {
                return false;
            }
        }
        if (map.restCapture() >= 0) {
            PyDict rest = new PyDict();
            rest.putAll(subject instanceof PyDict d ? d : (PyDict) PyOps.call(Types.DICT, subject));
            for (int i = 0; i < n; i++) {
                rest.remove(values[map.keySlots()[i]]);
            }
            captures[map.restCapture()] = rest;
        }
        return true;
    }

    private static boolean classMatch(MatchProgram.ClassMatch cm, Object subject, Object[] values,
                                      Object[] captures) {
        if (!(values[cm.clsSlot()] instanceof PyType cls)) {
            throw Errors.typeError("called match pattern must be a type");
        }
        if (!Builtins.isInstance(subject, cls)) {
            return false;
        }
        List<Object> attrs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int nargs = cm.positional().size();
        if (nargs > 0) {
            Object matchArgs = Attrs.getattrOrNull(cls, "__match_args__");
            boolean matchSelf = false;
            if (matchArgs == null) {
                matchArgs = PyTuple.of();
                for (PyType t : MATCH_SELF) {
                    matchSelf |= cls.isSubtype(t);
                }
            } else if (!(matchArgs instanceof PyTuple)) {
                throw Errors.typeError(cls.cName() + ".__match_args__ must be a tuple (got " + Py.typeName(matchArgs)
                        + ")");
            }
            int allowed = matchSelf ? 1 : ((PyTuple) matchArgs).size();
            if (allowed < nargs) {
                throw Errors.typeError(cls.cName() + "() accepts " + allowed + " positional sub-pattern"
                        + (allowed == 1 ? "" : "s") + " (" + nargs + " given)");
            }
            if (matchSelf) {
                attrs.add(subject);
            } else {
                for (int i = 0; i < nargs; i++) {
                    Object name = ((PyTuple) matchArgs).get(i);
                    if (!(name instanceof String s)) {
                        throw Errors.typeError("__match_args__ elements must be strings (got " + Py.typeName(name)
                                + ")");
                    }
                    Object attr = attribute(cls, subject, s, seen);
                    if (attr == MISSING) {
                        return false;
                    }
                    attrs.add(attr);
                }
            }
        }
        for (String name : cm.keywords()) {
            Object attr = attribute(cls, subject, name, seen);
            if (attr == MISSING) {
                return false;
            }
            attrs.add(attr);
        }
        for (int i = 0; i < nargs; i++) {
            if (!matches(cm.positional().get(i), attrs.get(i), values, captures)) {
                return false;
            }
        }
        for (int i = 0; i < cm.keywordPatterns().size(); i++) {
            if (!matches(cm.keywordPatterns().get(i), attrs.get(nargs + i), values, captures)) {
                return false;
            }
        }
        return true;
    }

    private static Object attribute(PyType cls, Object subject, String name, Set<String> seen) {
        if (!seen.add(name)) {
            throw Errors.typeError(cls.cName() + "() got multiple sub-patterns for attribute '" + name + "'");
        }
        Object value = Attrs.getattrOrNull(subject, name);
        return value == null ? MISSING : value;
    }
}
