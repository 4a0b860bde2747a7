package org.loopscope.script.syntax;

import java.util.List;

/**
 * The errors CPython 3.11's code generator (compile.c) raises, visited in the order it compiles: 'return',
 * 'yield' and 'await' outside (async) functions, 'async for'/'async with' outside async functions, asynchronous
 * comprehensions in synchronous code, 'break'/'continue' outside loops, a bare {@code except:} that is not last,
 * starred expressions where they cannot be, repeated keyword arguments, assignments to {@code __debug__} and late
 * {@code __future__} imports.
 */
final class CompileChecks {

    /** The kind of code object being compiled (CPython's u_scope_type). */
    private enum Unit { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION }

    private final SyntaxChecks.ErrorFactory errors;
    private final ScopeChecks.Result scopes;
    private final int futureLine;
    private Unit unit = Unit.MODULE;
    private SymbolScope scope;
    private int loops;

    CompileChecks(SyntaxChecks.ErrorFactory errors, ScopeChecks.Result scopes, int futureLine) {
        this.errors = errors;
        this.scopes = scopes;
        this.futureLine = futureLine;
    }

    void run(Module m) {
        stmts(m.body());
    }

    private boolean inFunction() {
        return unit != Unit.MODULE && unit != Unit.CLASS;
    }

    // ---- statements ----------------------------------------------------------------------------------------------

    private void stmts(List<Stmt> list) {
        for (Stmt s : list) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        if (s instanceof Stmt.FunctionDef d) {
            exprs(d.decorators());
            defaults(d.args());
            for (Arg a : ScopeChecks.allParameters(d.args())) {
                expr(a.annotation());
            }
            expr(d.returns());
            inUnit(d.isAsync() ? Unit.ASYNC_FUNCTION : Unit.FUNCTION, d, () -> stmts(d.body()));
        } else if (s instanceof Stmt.ClassDef c) {
            exprs(c.decorators());
            inUnit(Unit.CLASS, c, () -> stmts(c.body()));
            keywords(c.keywords());
            arguments(c.bases());
            for (Keyword k : c.keywords()) {
                expr(k.value());
            }
        } else if (s instanceof Stmt.Return r) {
            if (!inFunction()) {
                throw errors.at("'return' outside function", s.span());
            }
            if (r.value() != null && scope != null && scope.coroutine && scope.generator) {
                throw errors.at("'return' with value in async generator", s.span());
            }
            expr(r.value());
        } else if (s instanceof Stmt.Assign a) {
            expr(a.value());
            exprs(a.targets());
        } else if (s instanceof Stmt.AnnAssign a) {
            expr(a.value());
            expr(a.target());
            if (!inFunction()) {
                expr(a.annotation());
            }
        } else if (s instanceof Stmt.For f) {
            if (f.isAsync() && unit != Unit.ASYNC_FUNCTION) {
                throw errors.at("'async for' outside async function", s.span());
            }
            expr(f.iter());
            expr(f.target());
            loop(f.body());
            stmts(f.orelse());
        } else if (s instanceof Stmt.While w) {
            expr(w.test());
            loop(w.body());
            stmts(w.orelse());
        } else if (s instanceof Stmt.With w) {
            if (w.isAsync() && unit != Unit.ASYNC_FUNCTION) {
                throw errors.at("'async with' outside async function", s.span());
            }
            for (WithItem item : w.items()) {
                expr(item.contextExpr());
                expr(item.optionalVars());
            }
            stmts(w.body());
        } else if (s instanceof Stmt.Try t) {
            tryStatement(t);
        } else if (s instanceof Stmt.ImportFrom i) {
            if ("__future__".equals(i.module()) && i.level() == 0 && i.span().line() > futureLine) {
                throw errors.at("from __future__ imports must occur at the beginning of the file", s.span());
            }
        } else if (s instanceof Stmt.Break) {
            if (loops == 0) {
                throw errors.at("'break' outside loop", s.span());
            }
        } else if (s instanceof Stmt.Continue) {
            if (loops == 0) {
                throw errors.at("'continue' not properly in loop", s.span());
            }
        } else {
            for (Node child : Nodes.children(s)) {
                visit(child);
            }
        }
    }

    private void tryStatement(Stmt.Try t) {
        stmts(t.body());
        stmts(t.orelse());
        List<ExceptHandler> handlers = t.handlers();
        for (int i = 0; i < handlers.size(); i++) {
            ExceptHandler h = handlers.get(i);
            if (h.type() == null && i < handlers.size() - 1) {
                throw errors.at("default 'except:' must be last", h.span());
            }
            expr(h.type());
            stmts(h.body());
        }
        stmts(t.finalbody());
    }

    private void loop(List<Stmt> body) {
        loops++;
        stmts(body);
        loops--;
    }

    private void inUnit(Unit u, Node node, Runnable body) {
        Unit savedUnit = unit;
        SymbolScope savedScope = scope;
        int savedLoops = loops;
        unit = u;
        scope = scopes.of(node);
        loops = 0;
        body.run();
        unit = savedUnit;
        scope = savedScope;
        loops = savedLoops;
    }

    private void defaults(Arguments args) {
        exprs(args.defaults());
        for (Expr e : args.kwDefaults()) {
            expr(e);
        }
    }

    private void visit(Node n) {
        if (n instanceof Stmt s) {
            stmt(s);
        } else if (n instanceof Expr e) {
            expr(e);
        } else if (n != null) {
            for (Node child : Nodes.children(n)) {
                visit(child);
            }
        }
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
        if (e instanceof Expr.Starred s) {
            throw errors.at(s.ctx() == Ctx.STORE ? "starred assignment target must be in a list or tuple"
                    : "can't use starred expression here", s.span());
        } else if (e instanceof Expr.ListExpr l) {
            sequence(e, l.elts(), l.ctx());
        } else if (e instanceof Expr.Tuple t) {
            sequence(e, t.elts(), t.ctx());
        } else if (e instanceof Expr.SetExpr s) {
            sequence(e, s.elts(), Ctx.LOAD);
        } else if (e instanceof Expr.Call c) {
            expr(c.func());
            keywords(c.keywords());
            arguments(c.args());
            for (Keyword k : c.keywords()) {
                expr(k.value());
            }
        } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            if (!inFunction()) {
                throw errors.at("'yield' outside function", e.span());
            }
            if (e instanceof Expr.YieldFrom && unit == Unit.ASYNC_FUNCTION) {
                throw errors.at("'yield from' inside async function", e.span());
            }
            childrenOf(e);
        } else if (e instanceof Expr.Await a) {
            if (!inFunction()) {
                throw errors.at("'await' outside function", e.span());
            }
            if (unit != Unit.ASYNC_FUNCTION && unit != Unit.COMPREHENSION) {
                throw errors.at("'await' outside async function", e.span());
            }
            expr(a.value());
        } else if (e instanceof Expr.Lambda l) {
            defaults(l.args());
            inUnit(Unit.LAMBDA, l, () -> expr(l.body()));
        } else if (e instanceof Expr.ListComp c) {
            comprehension(e, c.generators(), c.elt(), null);
        } else if (e instanceof Expr.SetComp c) {
            comprehension(e, c.generators(), c.elt(), null);
        } else if (e instanceof Expr.DictComp c) {
            comprehension(e, c.generators(), c.key(), c.value());
        } else if (e instanceof Expr.GeneratorExp g) {
            comprehension(e, g.generators(), g.elt(), null);
        } else if (e instanceof Expr.NamedExpr n) {
            expr(n.value());
            expr(n.target());
        } else if (e instanceof Expr.Name n) {
            if (n.id().equals("__debug__") && n.ctx() != Ctx.LOAD) {
                throw errors.at(n.ctx() == Ctx.STORE ? "cannot assign to __debug__" : "cannot delete __debug__",
                        n.span());
            }
        } else {
            childrenOf(e);
        }
    }

    private void childrenOf(Expr e) {
        for (Node child : Nodes.children(e)) {
            visit(child);
        }
    }

    /** List, tuple and set displays may hold starred items; a target may hold at most one. */
    private void sequence(Expr e, List<Expr> elts, Ctx ctx) {
        if (ctx == Ctx.STORE) {
            long stars = elts.stream().filter(x -> x instanceof Expr.Starred).count();
            if (stars > 1) {
                throw errors.at("multiple starred expressions in assignment", e.span());
            }
        }
        arguments(elts);
    }

    /** Items where a starred expression is allowed (call arguments, display elements). */
    private void arguments(List<Expr> items) {
        for (Expr x : items) {
            expr(x instanceof Expr.Starred s ? s.value() : x);
        }
    }

    /** validate_keywords: no {@code __debug__=} and no keyword given twice. */
    private void keywords(List<Keyword> keywords) {
        for (int i = 0; i < keywords.size(); i++) {
            String name = keywords.get(i).arg();
            if (name == null) {
                continue;
            }
            for (int j = i + 1; j < keywords.size(); j++) {
                if (name.equals(keywords.get(j).arg())) {
                    throw errors.at("keyword argument repeated: " + name, keywords.get(j).span());
                }
            }
        }
    }

    /** A comprehension is compiled as its own function; async ones need an async function around them. */
    private void comprehension(Expr e, List<Comprehension> gens, Expr elt, Expr value) {
        SymbolScope own = scopes.of(e);
        boolean isGenerator = e instanceof Expr.GeneratorExp;
        if (own != null && own.coroutine && !isGenerator && unit != Unit.ASYNC_FUNCTION
                && unit != Unit.COMPREHENSION) {
            throw errors.at("asynchronous comprehension outside of an asynchronous function", e.span());
        }
        inUnit(Unit.COMPREHENSION, e, () -> {
            for (int i = 0; i < gens.size(); i++) {
                Comprehension g = gens.get(i);
                if (i > 0) {
                    expr(g.iter());
                }
                expr(g.target());
                exprs(g.ifs());
            }
            expr(elt);
            expr(value);
        });
        expr(gens.get(0).iter());
    }
}
