package org.loopscope.script.syntax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One scope of {@link ScopeChecks}: a module, a function or lambda, a class body, or a comprehension (a function
 * in CPython), with its names and what it declares and binds, as CPython's symtable entries.
 */
final class SymbolScope {

    /** Symbol flags, as CPython's DEF_* bits. */
    static final int GLOBAL = 1;
    static final int LOCAL = 2;
    static final int PARAM = 4;
    static final int NONLOCAL = 8;
    static final int USE = 16;
    static final int IMPORT = 32;
    static final int ANNOT = 64;
    static final int COMP_ITER = 128;
    static final int BOUND = LOCAL | PARAM | IMPORT;

    enum Kind { MODULE, FUNCTION, CLASS }

    final Kind kind;
    final String comprehension;
    final SymbolScope parent;
    final Map<String, Integer> symbols = new LinkedHashMap<>();
    final Map<String, Span> directives = new HashMap<>();
    final List<SymbolScope> children = new ArrayList<>();
    boolean generator;
    boolean coroutine;
    int compIterExpr;
    boolean compIterTarget;

    SymbolScope(Kind kind, String comprehension, SymbolScope parent) {
        this.kind = kind;
        this.comprehension = comprehension;
        this.parent = parent;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    int flags(String name) {
        return symbols.getOrDefault(name, 0);
    }

    /** analyze_block: names of a scope first, then its children; {@code bound} is null at module level. */
    void analyze(SyntaxChecks.ErrorFactory errors, Set<String> bound) {
        Set<String> local = new HashSet<>();
        for (Map.Entry<String, Integer> entry : symbols.entrySet()) {
            String name = entry.getKey();
            int flags = entry.getValue();
            if ((flags & GLOBAL) != 0) {
                if ((flags & NONLOCAL) != 0) {
                    throw errors.at("name '" + name + "' is nonlocal and global", directives.get(name));
                }
            } else if ((flags & NONLOCAL) != 0) {
                if (bound == null) {
                    throw errors.at("nonlocal declaration not allowed at module level", directives.get(name));
                }
                if (!bound.contains(name)) {
                    throw errors.at("no binding for nonlocal '" + name + "' found", directives.get(name));
                }
            } else if ((flags & BOUND) != 0) {
                local.add(name);
            }
        }
        Set<String> newBound = new HashSet<>();
        if (kind != Kind.CLASS) {
            if (kind == Kind.FUNCTION) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
        } else {
            newBound = bound == null ? new HashSet<>() : bound;
        }
        for (SymbolScope child : children) {
            child.analyze(errors, Collections.unmodifiableSet(newBound));
        }
    }
}
