package org.loopscope.script.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loopscope.script.syntax.Span;

/**
 * One block of the symbol table (CPython's {@code symtable} entry): a module, a class body, or a function-like
 * block (function, lambda, comprehension). Holds the names used in the block with what the block does with
 * them, and after analysis how each name is reached ({@link Binding}).
 */
public final class Scope {

    /** The kinds of block. */
    public enum Kind { MODULE, CLASS, FUNCTION }

    /** How a name is reached from code in this block. */
    public enum Binding {
        /** A local variable (a fast local in functions, the namespace dict in modules and classes). */
        LOCAL,
        /** Declared {@code global}. */
        GLOBAL_EXPLICIT,
        /** Not bound anywhere enclosing: globals, then builtins. */
        GLOBAL_IMPLICIT,
        /** Bound in an enclosing function: read through a cell of the closure. */
        FREE,
        /** A local that inner blocks use: kept in a cell. */
        CELL
    }

    static final int DEF_GLOBAL = 1;
    static final int DEF_LOCAL = 2;
    static final int DEF_PARAM = 4;
    static final int DEF_NONLOCAL = 8;
    static final int USE = 16;
    static final int DEF_FREE_CLASS = 64;
    static final int DEF_IMPORT = 128;
    static final int DEF_ANNOT = 256;
    static final int DEF_COMP_ITER = 512;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    final String name;
    final Kind kind;
    final Scope parent;
    final int line;
    final Map<String, Integer> symbols = new LinkedHashMap<>();
    final Map<String, Binding> bindings = new HashMap<>();
    final Map<String, Span> directives = new HashMap<>();
    final List<String> params = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    boolean generator;
    boolean coroutine;
    /** For comprehensions: "list", "set", "dict" or "generator"; null otherwise. */
    String comprehension;
    boolean lambda;
    boolean asyncDef;
    boolean nested;
    boolean hasFree;
    boolean childFree;
    boolean needsClassClosure;
    boolean returnsValue;
    Span returnSpan;
    int compIterTarget;
    int compIterExpr;

    Scope(String name, Kind kind, Scope parent, int line) {
        this.name = name;
        this.kind = kind;
        this.parent = parent;
        this.line = line;
        this.nested = parent != null && (parent.nested || parent.kind == Kind.FUNCTION);
    }

    /** The block's name ({@code top}, the class or function name, {@code lambda}, {@code listcomp}...). */
    public String name() {
        return name;
    }

    /** The kind of block. */
    public Kind kind() {
        return kind;
    }

    /** How {@code name} is reached here; names the block never mentions are implicit globals. */
    public Binding binding(String name) {
        Binding b = bindings.get(name);
        return b == null ? Binding.GLOBAL_IMPLICIT : b;
    }

    /** Whether the block is a function-like block (function, lambda, comprehension). */
    public boolean isFunction() {
        return kind == Kind.FUNCTION;
    }

    /** Whether the block contains {@code yield} (a generator or, with {@link #isCoroutine}, an async generator). */
    public boolean isGenerator() {
        return generator;
    }

    /** Whether the block is an {@code async def} or an asynchronous comprehension. */
    public boolean isCoroutine() {
        return coroutine;
    }

    /** Whether this is a comprehension or generator expression block. */
    public boolean isComprehension() {
        return comprehension != null;
    }

    /** Whether this class body needs the implicit {@code __class__} cell (a method uses super() or __class__). */
    public boolean needsClassClosure() {
        return needsClassClosure;
    }

    /** Whether a name used free in a method is also bound in this class body (read it with LOAD_CLASSDEREF). */
    boolean isFreeClass(String name) {
        Integer flags = symbols.get(name);
        return flags != null && (flags & DEF_FREE_CLASS) != 0;
    }

    /** The names in the block with the given binding, in the order they were first seen. */
    List<String> namesWith(Binding wanted) {
        List<String> out = new ArrayList<>();
        for (String n : symbols.keySet()) {
            if (bindings.get(n) == wanted) {
                out.add(n);
            }
        }
        return out;
    }

    int flags(String name) {
        Integer f = symbols.get(name);
        return f == null ? 0 : f;
    }

    @Override
    public String toString() {
        return kind + " " + name + " " + bindings;
    }
}
