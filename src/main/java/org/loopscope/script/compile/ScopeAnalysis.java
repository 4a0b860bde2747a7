package org.loopscope.script.compile;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.loopscope.script.syntax.Span;

/**
 * The second pass of the symbol table (CPython's {@code analyze_block}): decides for each name of each block
 * whether it is local, global (explicitly or implicitly), free, or a cell, passing bound names down to nested
 * blocks and free names back up.
 */
final class ScopeAnalysis {

    private final SyntaxErrors errors;

    private ScopeAnalysis(SyntaxErrors errors) {
        this.errors = errors;
    }

    static void analyze(Scope top, SyntaxErrors errors) {
        new ScopeAnalysis(errors).block(top, null, new HashSet<>(), new HashSet<>());
    }

    private void block(Scope ste, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        if (ste.kind == Scope.Kind.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            name(ste, e.getKey(), e.getValue(), bound, local, free, global);
        }
        if (ste.kind != Scope.Kind.CLASS) {
            if (ste.kind == Scope.Kind.FUNCTION) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }
        Set<String> allFree = new HashSet<>();
        for (Scope child : ste.children) {
            Set<String> childFree = new HashSet<>(newFree);
            block(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            allFree.addAll(childFree);
            if (child.hasFree || child.childFree) {
                ste.childFree = true;
            }
        }
        newFree.addAll(allFree);
        if (ste.kind == Scope.Kind.FUNCTION) {
            for (Map.Entry<String, Scope.Binding> e : ste.bindings.entrySet()) {
                if (e.getValue() == Scope.Binding.LOCAL && newFree.remove(e.getKey())) {
                    e.setValue(Scope.Binding.CELL);
                }
            }
        } else if (ste.kind == Scope.Kind.CLASS && newFree.remove("__class__")) {
            ste.needsClassClosure = true;
        }
        updateSymbols(ste, bound, newFree);
        free.addAll(newFree);
    }

    private void name(Scope ste, String name, int flags, Set<String> bound, Set<String> local, Set<String> free,
                      Set<String> global) {
        if ((flags & Scope.DEF_GLOBAL) != 0) {
            if ((flags & Scope.DEF_NONLOCAL) != 0) {
                throw errors.at(directive(ste, name), "name '" + name + "' is nonlocal and global");
            }
            ste.bindings.put(name, Scope.Binding.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & Scope.DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw errors.at(directive(ste, name), "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw errors.at(directive(ste, name), "no binding for nonlocal '" + name + "' found");
            }
            ste.bindings.put(name, Scope.Binding.FREE);
            ste.hasFree = true;
            free.add(name);
            return;
        }
        if ((flags & Scope.DEF_BOUND) != 0) {
            ste.bindings.put(name, Scope.Binding.LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            ste.bindings.put(name, Scope.Binding.FREE);
            ste.hasFree = true;
            free.add(name);
            return;
        }
        if (global.contains(name)) {
            ste.bindings.put(name, Scope.Binding.GLOBAL_IMPLICIT);
            return;
        }
        if (ste.nested) {
            ste.hasFree = true;
        }
        ste.bindings.put(name, Scope.Binding.GLOBAL_IMPLICIT);
    }

    private static Span directive(Scope ste, String name) {
        Span s = ste.directives.get(name);
        return s != null ? s : new Span(ste.line, 0, ste.line, 0);
    }

    private static void updateSymbols(Scope ste, Set<String> bound, Set<String> free) {
        for (String name : free) {
            Integer flags = ste.symbols.get(name);
            if (flags != null) {
                if (ste.kind == Scope.Kind.CLASS && (flags & (Scope.DEF_BOUND | Scope.DEF_GLOBAL)) != 0) {
                    ste.symbols.put(name, flags | Scope.DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            ste.symbols.put(name, 0);
            ste.bindings.put(name, Scope.Binding.FREE);
        }
    }
}
