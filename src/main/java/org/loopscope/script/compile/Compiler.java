package org.loopscope.script.compile;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.loopscope.script.syntax.Arg;
import org.loopscope.script.syntax.Arguments;
import org.loopscope.script.syntax.Expr;
import org.loopscope.script.syntax.Module;
import org.loopscope.script.syntax.Node;
import org.loopscope.script.syntax.PySyntaxError;
import org.loopscope.script.syntax.Span;
import org.loopscope.script.syntax.Stmt;

/**
 * Compiles a parsed module to code objects, following CPython 3.11's compiler: the symbol table first (its
 * SyntaxErrors come first), then one code object per module, class body, function, lambda and comprehension,
 * with the same exception-table layout for try/except/finally/with and the same SyntaxErrors the compiler raises.
 */
public final class Compiler {

    final Module module;
    final SymbolTable table;
    final SyntaxErrors errors;
    final ConstantFactory factory;
    final Deque<Unit> units = new ArrayDeque<>();
    final StatementCompiler statements;
    final ExpressionCompiler expressions;
    final CallCompiler calls;
    final BlockCompiler blocks;
    final TargetCompiler targets;
    final ComprehensionCompiler comprehensions;
    final MatchCompiler matches;
    Unit u;

    private Compiler(Module module, SymbolTable table, ConstantFactory factory) {
        this.module = module;
        this.table = table;
        this.errors = new SyntaxErrors(module);
        this.factory = factory;
        this.statements = new StatementCompiler(this);
        this.expressions = new ExpressionCompiler(this);
        this.calls = new CallCompiler(this);
        this.blocks = new BlockCompiler(this);
        this.targets = new TargetCompiler(this);
        this.comprehensions = new ComprehensionCompiler(this);
        this.matches = new MatchCompiler(this);
        this.stringAnnotations = futureAnnotations(module);
    }

    /** Whether the module starts with {@code from __future__ import annotations} (annotations stay strings). */
    final boolean stringAnnotations;

    private static boolean futureAnnotations(Module module) {
        for (Stmt s : module.body()) {
            if (s instanceof Stmt.ImportFrom i && "__future__".equals(i.module()) && i.level() == 0) {
                if (i.names().stream().anyMatch(a -> a.name().equals("annotations"))) {
                    return true;
                }
            } else if (!(s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant)) {
                return false;
            }
        }
        return false;
    }

    /** Pushes an annotation: its value, or under {@code from __future__ import annotations} its source text. */
    void annotation(Expr e) {
        if (!stringAnnotations) {
            expressions.visit(e);
            return;
        }
        Span s = e.span();
        StringBuilder text = new StringBuilder();
        for (int line = s.line(); line <= s.endLine(); line++) {
            String l = module.sourceLines().get(line - 1);
            int from = line == s.line() ? l.offsetByCodePoints(0, s.col()) : 0;
            int to = line == s.endLine() ? l.offsetByCodePoints(0, s.endCol()) : l.length();
            String part = l.substring(from, to);
            text.append(line == s.line() ? part : " " + part.strip());
        }
        loadConst(text.toString());
    }

    /** Compiles {@code module}; throws {@link PySyntaxError} as CPython's symtable and compiler would. */
    public static CodeObject compile(Module module, ConstantFactory factory) {
        SymbolTable table = SymbolTable.build(module);
        return new Compiler(module, table, factory).compileModule();
    }

    /**
     * Compiles the input of {@code eval} (a module of one expression statement, see {@code Parser.parseEval}): the
     * code returns the expression's value.
     */
    public static CodeObject compileEval(Module module, ConstantFactory factory) {
        SymbolTable table = SymbolTable.build(module);
        return new Compiler(module, table, factory).compileExpression();
    }

    private CodeObject compileExpression() {
        enter(table.top(), Unit.Type.MODULE, "<module>", "<module>", null, 1);
        Stmt.ExprStmt s = (Stmt.ExprStmt) module.body().get(0);
        CodeObject.Position old = u.b.at(s.span());
        expressions.visit(s.value());
        u.b.emit(Op.RETURN_VALUE);
        u.b.restore(old);
        return exit(s.span(), null);
    }

    private CodeObject compileModule() {
        enter(table.top(), Unit.Type.MODULE, "<module>", "<module>", null, 1);
        if (hasSimpleAnnotations(module.body())) {
            u.b.emit(Op.SETUP_ANNOTATIONS);
        }
        statements.body(module.body());
        Span end = new Span(lastLine(module.body()), 0, lastLine(module.body()), 0);
        u.b.setPosition(CodeObject.Position.NONE);
        loadConst(Expr.Singleton.NONE);
        u.b.emit(Op.RETURN_VALUE);
        return exit(end, null);
    }

    private static int lastLine(List<Stmt> body) {
        return body.isEmpty() ? 1 : body.get(body.size() - 1).span().endLine();
    }

    static boolean hasSimpleAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.AnnAssign a && a.simple()) {
                return true;
            }
            if (s instanceof Stmt.If i && (hasSimpleAnnotations(i.body()) || hasSimpleAnnotations(i.orelse()))) {
                return true;
            }
            if (s instanceof Stmt.While w && (hasSimpleAnnotations(w.body()) || hasSimpleAnnotations(w.orelse()))) {
                return true;
            }
            if (s instanceof Stmt.For f && (hasSimpleAnnotations(f.body()) || hasSimpleAnnotations(f.orelse()))) {
                return true;
            }
            if (s instanceof Stmt.With w && hasSimpleAnnotations(w.body())) {
                return true;
            }
            if (s instanceof Stmt.Try t && (hasSimpleAnnotations(t.body()) || hasSimpleAnnotations(t.orelse())
                    || hasSimpleAnnotations(t.finalbody())
                    || t.handlers().stream().anyMatch(h -> hasSimpleAnnotations(h.body())))) {
                return true;
            }
        }
        return false;
    }

    // ---- units

    void enter(Scope scope, Unit.Type type, String name, String qualname, String privateName, int firstLine) {
        if (u != null) {
            units.push(u);
        }
        u = new Unit(scope, type, name, qualname, privateName, firstLine);
    }

    /** Finishes the current unit and returns to the enclosing one. */
    CodeObject exit(Span span, Arguments args) {
        CodeObject.Builder cb = new CodeObject.Builder();
        cb.name = u.name;
        cb.qualname = u.qualname;
        cb.filename = module.filename();
        cb.firstLine = u.firstLine;
        cb.localNames = u.localNames.toArray(new String[0]);
        cb.nlocals = u.nlocals;
        cb.ncells = u.cellSlots.size();
        cb.cellSlots = u.cellSlots.stream().mapToInt(Integer::intValue).toArray();
        cb.cellArgs = u.cellArgs.stream().mapToInt(Integer::intValue).toArray();
        cb.freevars = u.freevars.toArray(new String[0]);
        int flags = 0;
        Scope scope = u.scope;
        if (scope.kind == Scope.Kind.FUNCTION) {
            flags |= CodeObject.OPTIMIZED;
            if (scope.nested) {
                flags |= CodeObject.NESTED;
            }
            if (scope.generator && scope.coroutine) {
                flags |= CodeObject.ASYNC_GENERATOR;
            } else if (scope.generator) {
                flags |= CodeObject.GENERATOR;
            } else if (scope.coroutine) {
                flags |= CodeObject.COROUTINE;
            }
        }
        if (args != null) {
            cb.posonlyargcount = args.posonlyargs().size();
            cb.argcount = args.posonlyargs().size() + args.args().size();
            cb.kwonlyargcount = args.kwonlyargs().size();
            if (args.vararg() != null) {
                flags |= CodeObject.VARARGS;
            }
            if (args.kwarg() != null) {
                flags |= CodeObject.VARKEYWORDS;
            }
        } else if (u.type == Unit.Type.COMPREHENSION) {
            cb.argcount = 1;
        }
        cb.flags = flags;
        u.b.finish(cb);
        cb.doc = docOf;
        docOf = null;
        CodeObject code = cb.build();
        u = units.isEmpty() ? null : units.pop();
        return code;
    }

    /** Set by the statement compiler when a body starts with a docstring; consumed by {@link #exit}. */
    String docOf;

    // ---- helpers shared by the statement and expression compilers

    PySyntaxError error(Span span, String message) {
        return errors.at(span, message);
    }

    PySyntaxError errorHere(String message) {
        CodeObject.Position p = u.b.position();
        return errors.at(new Span(p.line(), p.col(), p.endLine(), p.endCol()), message);
    }

    void loadConst(Object literal) {
        u.b.emit(Op.LOAD_CONST, u.b.constant(literal, factory.constant(literal)));
    }

    void loadNone() {
        loadConst(Expr.Singleton.NONE);
    }

    String mangle(String name) {
        return SyntaxErrors.mangle(u.privateName, name);
    }

    /** Load, store or delete a variable, choosing the instruction from the name's scope (compiler_nameop). */
    void nameOp(String rawName, org.loopscope.script.syntax.Ctx ctx) {
        String name = mangle(rawName);
        Scope.Binding binding = u.scope.binding(name);
        boolean function = u.isFunctionBlock();
        int op;
        int arg;
        switch (binding) {
            case FREE, CELL -> {
                arg = u.slot(name);
                op = switch (ctx) {
                    case LOAD -> u.scope.kind == Scope.Kind.CLASS ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF;
                    case STORE -> Op.STORE_DEREF;
                    case DEL -> Op.DELETE_DEREF;
                };
            }
            case LOCAL -> {
                if (function) {
                    arg = u.slot(name);
                    op = switch (ctx) {
                        case LOAD -> Op.LOAD_FAST;
                        case STORE -> Op.STORE_FAST;
                        case DEL -> Op.DELETE_FAST;
                    };
                } else {
                    arg = u.b.name(name);
                    op = nameOpcode(ctx);
                }
            }
            case GLOBAL_IMPLICIT -> {
                arg = u.b.name(name);
                op = function ? globalOpcode(ctx) : nameOpcode(ctx);
            }
            default -> {
                arg = u.b.name(name);
                op = globalOpcode(ctx);
            }
        }
        u.b.emit(op, arg);
    }

    private static int nameOpcode(org.loopscope.script.syntax.Ctx ctx) {
        return switch (ctx) {
            case LOAD -> Op.LOAD_NAME;
            case STORE -> Op.STORE_NAME;
            case DEL -> Op.DELETE_NAME;
        };
    }

    private static int globalOpcode(org.loopscope.script.syntax.Ctx ctx) {
        return switch (ctx) {
            case LOAD -> Op.LOAD_GLOBAL;
            case STORE -> Op.STORE_GLOBAL;
            case DEL -> Op.DELETE_GLOBAL;
        };
    }

    /** The qualified name of a function or class defined now (compiler_set_qualname). */
    String qualnameFor(String name) {
        if (u.type == Unit.Type.MODULE) {
            return name;
        }
        String mangled = SyntaxErrors.mangle(u.privateName, name);
        if (u.type != Unit.Type.CLASS && u.scope.binding(mangled) == Scope.Binding.GLOBAL_EXPLICIT) {
            return name;
        }
        if (u.type == Unit.Type.CLASS && u.scope.binding(mangled) == Scope.Binding.GLOBAL_EXPLICIT) {
            return name;
        }
        boolean function = u.type == Unit.Type.FUNCTION || u.type == Unit.Type.ASYNC_FUNCTION
                || u.type == Unit.Type.LAMBDA;
        return u.qualname + (function ? ".<locals>." : ".") + name;
    }

    /**
     * Emits what MAKE_FUNCTION needs for {@code code} made in the current unit: the closure tuple (the cells of
     * the names free in {@code code}), then the code itself, then MAKE_FUNCTION with {@code flags}.
     */
    void makeFunction(CodeObject code, int flags) {
        if (code.freeCount() > 0) {
            for (String free : code.freevars()) {
                Integer slot = u.slot(free);
                if (slot == null) {
                    throw new IllegalStateException("no cell for free variable " + free + " in " + u.name);
                }
                u.b.emit(Op.LOAD_CLOSURE, slot);
            }
            u.b.emit(Op.BUILD_TUPLE, code.freeCount());
            flags |= 8;
        }
        u.b.emit(Op.LOAD_CONST, u.b.identityConstant(code));
        u.b.emit(Op.MAKE_FUNCTION, flags);
    }

    /** Pushes defaults and keyword-only defaults of {@code args}; returns the MAKE_FUNCTION flags for them. */
    int argumentDefaults(Arguments args) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            for (Expr d : args.defaults()) {
                expressions.visit(d);
            }
            u.b.emit(Op.BUILD_TUPLE, args.defaults().size());
            flags |= 1;
        }
        int kw = 0;
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Expr d = args.kwDefaults().get(i);
            if (d != null) {
                loadConst(mangle(args.kwonlyargs().get(i).arg()));
                expressions.visit(d);
                kw++;
            }
        }
        if (kw > 0) {
            u.b.emit(Op.BUILD_MAP, kw);
            flags |= 2;
        }
        return flags;
    }

    /** Pushes the annotations dict of a def (see {@link #annotation}). */
    int annotations(Arguments args, Expr returns) {
        int n = 0;
        for (Arg a : allArgs(args)) {
            if (a.annotation() != null) {
                loadConst(mangle(a.arg()));
                annotation(a.annotation());
                n++;
            }
        }
        if (returns != null) {
            loadConst("return");
            annotation(returns);
            n++;
        }
        if (n == 0) {
            return 0;
        }
        u.b.emit(Op.BUILD_MAP, n);
        return 4;
    }

    private static List<Arg> allArgs(Arguments a) {
        List<Arg> all = new java.util.ArrayList<>(a.posonlyargs());
        all.addAll(a.args());
        if (a.vararg() != null) {
            all.add(a.vararg());
        }
        all.addAll(a.kwonlyargs());
        if (a.kwarg() != null) {
            all.add(a.kwarg());
        }
        return all;
    }

    void tryStar(Stmt.Try s) {
        new TryStarCompiler(this).compile(s);
    }

    Scope scopeOf(Node node) {
        return table.scopeOf(node);
    }
}
