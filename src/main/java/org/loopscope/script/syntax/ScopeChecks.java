package org.loopscope.script.syntax;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The symbol-table pass of CPython 3.11 (symtable.c), reduced to what it can reject: global and nonlocal
 * declarations in the wrong place, duplicate parameters, {@code import *} inside a function, 'yield' inside a
 * comprehension, and walrus targets a comprehension may not bind. Like CPython it first walks the whole module
 * (errors found on the way come first), then analyses each scope (nonlocal bindings). It also records, per
 * function, whether it is a generator or a coroutine, which {@link CompileChecks} needs.
 */
final class ScopeChecks {

    /** The scopes of functions, lambdas, classes and comprehensions, by node. */
    static final class Result {
        private final Map<Node, SymbolScope> byNode;

        Result(Map<Node, SymbolScope> byNode) {
            this.byNode = byNode;
        }

        SymbolScope of(Node n) {
            return byNode.get(n);
        }
    }

    private final SyntaxChecks.ErrorFactory errors;
    private final Map<Node, SymbolScope> byNode = new IdentityHashMap<>();
    private SymbolScope cur;

    ScopeChecks(SyntaxChecks.ErrorFactory errors) {
        this.errors = errors;
    }

    Result run(Module m) {
        SymbolScope module = new SymbolScope(SymbolScope.Kind.MODULE, null, null);
        cur = module;
        for (Stmt s : m.body()) {
            stmt(s);
        }
        module.analyze(errors, null);
        return new Result(byNode);
    }

    // ---- definitions ---------------------------------------------------------------------------------------------

    private void addDef(String name, int flag, Span at) {
        addDef(cur, name, flag, at);
    }

    private void addDef(SymbolScope scope, String name, int flag, Span at) {
        int val = scope.flags(name);
        if ((flag & SymbolScope.PARAM) != 0 && (val & SymbolScope.PARAM) != 0) {
            throw errors.at("duplicate argument '" + name + "' in function definition", at);
        }
        val |= flag;
        if (scope.compIterTarget) {
            if ((val & (SymbolScope.GLOBAL | SymbolScope.NONLOCAL)) != 0) {
                throw errors.at("comprehension inner loop cannot rebind assignment expression target '" + name + "'",
                        at);
            }
            val |= SymbolScope.COMP_ITER;
        }
        scope.symbols.put(name, val);
    }

    private SymbolScope enter(SymbolScope.Kind kind, String comprehension, Node node) {
        SymbolScope s = new SymbolScope(kind, comprehension, cur);
        byNode.put(node, s);
        cur = s;
        return s;
    }

    // ---- statements ----------------------------------------------------------------------------------------------

    private void stmts(List<Stmt> list) {
        for (Stmt s : list) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        if (s instanceof Stmt.FunctionDef d) {
            addDef(d.name(), SymbolScope.LOCAL, d.span());
            defaults(d.args());
            annotations(d.args(), d.returns());
            exprs(d.decorators());
            SymbolScope outer = cur;
            enter(SymbolScope.Kind.FUNCTION, null, d).coroutine = d.isAsync();
            parameters(d.args());
            stmts(d.body());
            cur = outer;
        } else if (s instanceof Stmt.ClassDef c) {
            addDef(c.name(), SymbolScope.LOCAL, c.span());
            exprs(c.bases());
            for (Keyword k : c.keywords()) {
                expr(k.value());
            }
            exprs(c.decorators());
            SymbolScope outer = cur;
            enter(SymbolScope.Kind.CLASS, null, c);
            stmts(c.body());
            cur = outer;
        } else if (s instanceof Stmt.AnnAssign a) {
            annAssign(a);
        } else if (s instanceof Stmt.Try t) {
            stmts(t.body());
            stmts(t.orelse());
            for (ExceptHandler h : t.handlers()) {
                expr(h.type());
                if (h.name() != null) {
                    addDef(h.name(), SymbolScope.LOCAL, h.span());
                }
                stmts(h.body());
            }
            stmts(t.finalbody());
        } else if (s instanceof Stmt.Import i) {
            aliases(i.names());
        } else if (s instanceof Stmt.ImportFrom i) {
            aliases(i.names());
        } else if (s instanceof Stmt.Global g) {
            declare(g.names(), SymbolScope.GLOBAL, s.span());
        } else if (s instanceof Stmt.Nonlocal n) {
            declare(n.names(), SymbolScope.NONLOCAL, s.span());
        } else {
            for (Node child : Nodes.children(s)) {
                visit(child);
            }
        }
    }

    private void visit(Node n) {
        if (n instanceof Stmt s) {
            stmt(s);
        } else if (n instanceof Expr e) {
            expr(e);
        } else if (n instanceof WithItem w) {
            expr(w.contextExpr());
            expr(w.optionalVars());
        } else if (n != null) {
            for (Node child : Nodes.children(n)) {
                visit(child);
            }
        }
    }

    private void annAssign(Stmt.AnnAssign a) {
        if (a.target() instanceof Expr.Name name) {
            int flags = cur.flags(name.id());
            boolean declared = (flags & (SymbolScope.GLOBAL | SymbolScope.NONLOCAL)) != 0;
            if (declared && cur.kind != SymbolScope.Kind.MODULE && a.simple()) {
                String what = (flags & SymbolScope.GLOBAL) != 0 ? "global" : "nonlocal";
                throw errors.at("annotated name '" + name.id() + "' can't be " + what, a.span());
            }
            if (a.simple()) {
                addDef(name.id(), SymbolScope.ANNOT | SymbolScope.LOCAL, name.span());
            } else if (a.value() != null) {
                addDef(name.id(), SymbolScope.LOCAL, name.span());
            }
        } else {
            expr(a.target());
        }
        expr(a.annotation());
        expr(a.value());
    }

    private void aliases(List<Alias> names) {
        for (Alias a : names) {
            if (a.name().equals("*")) {
                if (cur.kind != SymbolScope.Kind.MODULE) {
                    throw errors.at("import * only allowed at module level", a.span());
                }
                continue;
            }
            String stored = a.asname() != null ? a.asname() : a.name().split("\\.", 2)[0];
            addDef(stored, SymbolScope.IMPORT, a.span());
        }
    }

    /** A global or nonlocal statement: the name must not be used, bound or a parameter before it. */
    private void declare(List<String> names, int flag, Span at) {
        String what = flag == SymbolScope.GLOBAL ? "global" : "nonlocal";
        for (String name : names) {
            int flags = cur.flags(name);
            if ((flags & (SymbolScope.PARAM | SymbolScope.LOCAL | SymbolScope.USE | SymbolScope.ANNOT)) != 0) {
                String msg;
                if ((flags & SymbolScope.PARAM) != 0) {
                    msg = "name '" + name + "' is parameter and " + what;
                } else if ((flags & SymbolScope.USE) != 0) {
                    msg = "name '" + name + "' is used prior to " + what + " declaration";
                } else if ((flags & SymbolScope.ANNOT) != 0) {
                    msg = "annotated name '" + name + "' can't be " + what;
                } else {
                    msg = "name '" + name + "' is assigned to before " + what + " declaration";
                }
                throw errors.at(msg, at);
            }
            addDef(name, flag, at);
            cur.directives.putIfAbsent(name, at);
        }
    }

    private void defaults(Arguments args) {
        exprs(args.defaults());
        for (Expr e : args.kwDefaults()) {
            expr(e);
        }
    }

    private void annotations(Arguments args, Expr returns) {
        for (Arg a : allParameters(args)) {
            expr(a.annotation());
        }
        expr(returns);
    }

    private void parameters(Arguments args) {
        for (Arg a : allParameters(args)) {
            addDef(a.arg(), SymbolScope.PARAM, a.span());
        }
    }

    /** Parameters in CPython's visiting order: positional-only, ordinary, keyword-only, *args, **kwargs. */
    static List<Arg> allParameters(Arguments args) {
        List<Arg> all = new ArrayList<>(args.posonlyargs());
        all.addAll(args.args());
        all.addAll(args.kwonlyargs());
        if (args.vararg() != null) {
            all.add(args.vararg());
        }
        if (args.kwarg() != null) {
            all.add(args.kwarg());
        }
        return all;
    }

    // ---- expressions ---------------------------------------------------------------------------------------------

    private void exprs(List<Expr> list) {
        for (Expr e : list) {
            expr(e);
        }
    }

    private void expr(Expr e) {
        if (e == null) {
            return;
        }
        if (e instanceof Expr.Name n) {
            addDef(n.id(), n.ctx() == Ctx.LOAD ? SymbolScope.USE : SymbolScope.LOCAL, n.span());
        } else if (e instanceof Expr.NamedExpr n) {
            namedExpr(n);
        } else if (e instanceof Expr.Lambda l) {
            defaults(l.args());
            SymbolScope outer = cur;
            enter(SymbolScope.Kind.FUNCTION, null, l);
            parameters(l.args());
            expr(l.body());
            cur = outer;
        } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            for (Node c : Nodes.children(e)) {
                visit(c);
            }
            cur.generator = true;
            if (cur.comprehension != null) {
                throw errors.at("'yield' inside " + cur.comprehension, e.span());
            }
        } else if (e instanceof Expr.Await a) {
            expr(a.value());
            cur.coroutine = true;
        } else if (e instanceof Expr.ListComp c) {
            comprehension(e, "list comprehension", c.generators(), c.elt(), null);
        } else if (e instanceof Expr.SetComp c) {
            comprehension(e, "set comprehension", c.generators(), c.elt(), null);
        } else if (e instanceof Expr.DictComp c) {
            comprehension(e, "dict comprehension", c.generators(), c.key(), c.value());
        } else if (e instanceof Expr.GeneratorExp g) {
            comprehension(e, "generator expression", g.generators(), g.elt(), null);
        } else if (e instanceof Expr.Dict d) {
            for (Expr k : d.keys()) {
                expr(k);
            }
            exprs(d.values());
        } else {
            for (Node c : Nodes.children(e)) {
                visit(c);
            }
        }
    }

    /** symtable_handle_comprehension: the first iterable belongs to the enclosing scope. */
    private void comprehension(Expr e, String what, List<Comprehension> gens, Expr elt, Expr value) {
        Comprehension first = gens.get(0);
        cur.compIterExpr++;
        expr(first.iter());
        cur.compIterExpr--;
        SymbolScope outer = cur;
        SymbolScope scope = enter(SymbolScope.Kind.FUNCTION, what, e);
        if (first.isAsync()) {
            scope.coroutine = true;
        }
        scope.symbols.put(".0", SymbolScope.PARAM);
        scope.compIterTarget = true;
        expr(first.target());
        scope.compIterTarget = false;
        exprs(first.ifs());
        for (int i = 1; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            scope.compIterExpr++;
            expr(g.iter());
            scope.compIterExpr--;
            scope.compIterTarget = true;
            expr(g.target());
            scope.compIterTarget = false;
            exprs(g.ifs());
            if (g.isAsync()) {
                scope.coroutine = true;
            }
        }
        expr(value);
        expr(elt);
        boolean isGenerator = e instanceof Expr.GeneratorExp;
        scope.generator = isGenerator;
        cur = outer;
        if (scope.coroutine && !isGenerator) {
            cur.coroutine = true;
        }
    }

    private void namedExpr(Expr.NamedExpr n) {
        if (cur.compIterExpr > 0) {
            throw errors.at("assignment expression cannot be used in a comprehension iterable expression",
                    n.span());
        }
        if (cur.comprehension != null) {
            extendNamedExprScope((Expr.Name) n.target());
        }
        expr(n.value());
        expr(n.target());
    }

    /** A walrus inside a comprehension binds in the nearest enclosing function or module. */
    private void extendNamedExprScope(Expr.Name target) {
        String name = target.id();
        for (SymbolScope s = cur; s != null; s = s.parent) {
            if (s.comprehension != null) {
                if ((s.flags(name) & SymbolScope.COMP_ITER) != 0) {
                    throw errors.at("assignment expression cannot rebind comprehension iteration variable '" + name
                            + "'", target.span());
                }
                continue;
            }
            if (s.kind == SymbolScope.Kind.FUNCTION) {
                int flag = (s.flags(name) & SymbolScope.GLOBAL) != 0 ? SymbolScope.GLOBAL : SymbolScope.NONLOCAL;
                addDef(name, flag, target.span());
                cur.directives.putIfAbsent(name, target.span());
                addDef(s, name, SymbolScope.LOCAL, target.span());
                return;
            }
            if (s.kind == SymbolScope.Kind.MODULE) {
                addDef(name, SymbolScope.GLOBAL, target.span());
                cur.directives.putIfAbsent(name, target.span());
                addDef(s, name, SymbolScope.GLOBAL, target.span());
                return;
            }
            throw errors.at("assignment expression within a comprehension cannot be used in a class body",
                    target.span());
        }
    }
}
