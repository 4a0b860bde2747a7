package org.loopscope.script.compile;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.loopscope.script.syntax.Alias;
import org.loopscope.script.syntax.Arg;
import org.loopscope.script.syntax.Arguments;
import org.loopscope.script.syntax.ExceptHandler;
import org.loopscope.script.syntax.Expr;
import org.loopscope.script.syntax.Keyword;
import org.loopscope.script.syntax.Module;
import org.loopscope.script.syntax.Node;
import org.loopscope.script.syntax.Span;
import org.loopscope.script.syntax.Stmt;
import org.loopscope.script.syntax.WithItem;

/**
 * The symbol table of a module, built as CPython's {@code symtable.c} builds it: one pass records what each block
 * does with each name (binds, uses, declares global/nonlocal), raising the same SyntaxErrors in the same order;
 * then {@link ScopeAnalysis} decides for every name whether it is local, global, free or a cell.
 */
public final class SymbolTable {

    private final Map<Node, Scope> scopes = new IdentityHashMap<>();
    private final Scope top;

    private SymbolTable(Scope top) {
        this.top = top;
    }

    /** Builds and analyses the table of {@code module}; throws PySyntaxError as CPython's symtable does. */
    public static SymbolTable build(Module module) {
        Builder builder = new Builder(module);
        SymbolTable table = builder.run();
        ScopeAnalysis.analyze(table.top, new SyntaxErrors(module));
        return table;
    }

    /** The module's block. */
    public Scope top() {
        return top;
    }

    /** The block a function, lambda, class or comprehension node opens. */
    public Scope scopeOf(Node node) {
        Scope s = scopes.get(node);
        if (s == null) {
            throw new IllegalStateException("no scope for " + node);
        }
        return s;
    }

    /** Walks the tree once, recording names per block. */
    static final class Builder implements Stmt.Visitor<Void> {
        final SyntaxErrors errors;
        private final Module module;
        final List<Scope> stack = new ArrayList<>();
        Scope cur;
        String privateName;
        SymbolTable table;
        final SymbolExpressions exprs = new SymbolExpressions(this);

        Builder(Module module) {
            this.module = module;
            this.errors = new SyntaxErrors(module);
        }

        SymbolTable run() {
            Scope top = new Scope("top", Scope.Kind.MODULE, null, 0);
            table = new SymbolTable(top);
            cur = top;
            stack.add(top);
            for (Stmt s : module.body()) {
                s.accept(this);
            }
            return table;
        }

        void enter(String name, Scope.Kind kind, Node node, int line) {
            Scope scope = new Scope(name, kind, cur, line);
            cur.children.add(scope);
            table.scopes.put(node, scope);
            stack.add(scope);
            cur = scope;
        }

        void exit() {
            stack.remove(stack.size() - 1);
            cur = stack.get(stack.size() - 1);
        }

        void addDef(String name, int flag, Span where) {
            addDef(name, flag, cur, where);
        }

        void addDef(String name, int flag, Scope scope, Span where) {
            String mangled = SyntaxErrors.mangle(privateName, name);
            Integer old = scope.symbols.get(mangled);
            int val;
            if (old != null) {
                if ((flag & Scope.DEF_PARAM) != 0 && (old & Scope.DEF_PARAM) != 0) {
                    throw errors.at(where, "duplicate argument '" + name + "' in function definition");
                }
                val = old | flag;
            } else {
                val = flag;
            }
            if (scope.compIterTarget > 0) {
                if ((val & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0) {
                    throw errors.at(where, "comprehension inner loop cannot rebind assignment expression target '"
                            + name + "'");
                }
                val |= Scope.DEF_COMP_ITER;
            }
            scope.symbols.put(mangled, val);
            if ((flag & Scope.DEF_PARAM) != 0) {
                scope.params.add(mangled);
            }
        }

        private void visitAll(List<? extends Stmt> body) {
            for (Stmt s : body) {
                s.accept(this);
            }
        }

        void visitExprs(List<Expr> list) {
            for (Expr e : list) {
                if (e != null) {
                    e.accept(this.exprs);
                }
            }
        }

        void visitArgumentDefaults(Arguments a) {
            visitExprs(a.defaults());
            visitExprs(a.kwDefaults());
        }

        private void visitAnnotations(Arguments a, Expr returns) {
            for (Arg arg : allArgs(a)) {
                if (arg.annotation() != null) {
                    arg.annotation().accept(exprs);
                }
            }
            if (returns != null) {
                returns.accept(exprs);
            }
        }

        private static List<Arg> allArgs(Arguments a) {
            List<Arg> all = new ArrayList<>(a.posonlyargs());
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

        void visitParams(Arguments a) {
            for (Arg arg : a.posonlyargs()) {
                addDef(arg.arg(), Scope.DEF_PARAM, arg.span());
            }
            for (Arg arg : a.args()) {
                addDef(arg.arg(), Scope.DEF_PARAM, arg.span());
            }
            for (Arg arg : a.kwonlyargs()) {
                addDef(arg.arg(), Scope.DEF_PARAM, arg.span());
            }
            if (a.vararg() != null) {
                addDef(a.vararg().arg(), Scope.DEF_PARAM, a.vararg().span());
            }
            if (a.kwarg() != null) {
                addDef(a.kwarg().arg(), Scope.DEF_PARAM, a.kwarg().span());
            }
        }

        // ---- statements

        @Override
        public Void visitFunctionDef(Stmt.FunctionDef s) {
            addDef(s.name(), Scope.DEF_LOCAL, s.span());
            visitArgumentDefaults(s.args());
            visitAnnotations(s.args(), s.returns());
            visitExprs(s.decorators());
            enter(s.name(), Scope.Kind.FUNCTION, s, s.span().line());
            cur.asyncDef = s.isAsync();
            if (s.isAsync()) {
                cur.coroutine = true;
            }
            visitParams(s.args());
            visitAll(s.body());
            exit();
            return null;
        }

        @Override
        public Void visitClassDef(Stmt.ClassDef s) {
            addDef(s.name(), Scope.DEF_LOCAL, s.span());
            visitExprs(s.bases());
            for (Keyword k : s.keywords()) {
                k.value().accept(exprs);
            }
            visitExprs(s.decorators());
            enter(s.name(), Scope.Kind.CLASS, s, s.span().line());
            String saved = privateName;
            privateName = s.name();
            visitAll(s.body());
            privateName = saved;
            exit();
            return null;
        }

        @Override
        public Void visitReturn(Stmt.Return s) {
            if (s.value() != null) {
                s.value().accept(exprs);
                cur.returnsValue = true;
                if (cur.returnSpan == null) {
                    cur.returnSpan = s.span();
                }
            }
            return null;
        }

        @Override
        public Void visitDelete(Stmt.Delete s) {
            visitExprs(s.targets());
            return null;
        }

        @Override
        public Void visitAssign(Stmt.Assign s) {
            visitExprs(s.targets());
            s.value().accept(exprs);
            return null;
        }

        @Override
        public Void visitAugAssign(Stmt.AugAssign s) {
            s.target().accept(exprs);
            s.value().accept(exprs);
            return null;
        }

        @Override
        public Void visitAnnAssign(Stmt.AnnAssign s) {
            if (s.target() instanceof Expr.Name n) {
                int flags = cur.flags(SyntaxErrors.mangle(privateName, n.id()));
                if ((flags & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0 && cur != table.top) {
                    String kind = (flags & Scope.DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                    throw errors.at(s.span(), "annotated name '" + n.id() + "' can't be " + kind);
                }
                if (s.simple()) {
                    addDef(n.id(), Scope.DEF_ANNOT | Scope.DEF_LOCAL, n.span());
                } else if (s.value() != null) {
                    addDef(n.id(), Scope.DEF_LOCAL, n.span());
                }
            } else {
                s.target().accept(exprs);
            }
            s.annotation().accept(exprs);
            if (s.value() != null) {
                s.value().accept(exprs);
            }
            return null;
        }

        @Override
        public Void visitFor(Stmt.For s) {
            s.target().accept(exprs);
            s.iter().accept(exprs);
            visitAll(s.body());
            visitAll(s.orelse());
            return null;
        }

        @Override
        public Void visitWhile(Stmt.While s) {
            s.test().accept(exprs);
            visitAll(s.body());
            visitAll(s.orelse());
            return null;
        }

        @Override
        public Void visitIf(Stmt.If s) {
            s.test().accept(exprs);
            visitAll(s.body());
            visitAll(s.orelse());
            return null;
        }

        @Override
        public Void visitWith(Stmt.With s) {
            for (WithItem item : s.items()) {
                item.contextExpr().accept(exprs);
                if (item.optionalVars() != null) {
                    item.optionalVars().accept(exprs);
                }
            }
            visitAll(s.body());
            return null;
        }

        @Override
        public Void visitRaise(Stmt.Raise s) {
            if (s.exc() != null) {
                s.exc().accept(exprs);
                if (s.cause() != null) {
                    s.cause().accept(exprs);
                }
            }
            return null;
        }

        @Override
        public Void visitTry(Stmt.Try s) {
            visitAll(s.body());
            visitAll(s.orelse());
            for (ExceptHandler h : s.handlers()) {
                if (h.type() != null) {
                    h.type().accept(exprs);
                }
                if (h.name() != null) {
                    addDef(h.name(), Scope.DEF_LOCAL, h.span());
                }
                visitAll(h.body());
            }
            visitAll(s.finalbody());
            return null;
        }

        @Override
        public Void visitAssert(Stmt.Assert s) {
            s.test().accept(exprs);
            if (s.msg() != null) {
                s.msg().accept(exprs);
            }
            return null;
        }

        @Override
        public Void visitImport(Stmt.Import s) {
            for (Alias a : s.names()) {
                visitAlias(a, s.span());
            }
            return null;
        }

        @Override
        public Void visitImportFrom(Stmt.ImportFrom s) {
            for (Alias a : s.names()) {
                visitAlias(a, s.span());
            }
            return null;
        }

        private void visitAlias(Alias a, Span stmtSpan) {
            String stored = a.asname() != null ? a.asname() : a.name();
            int dot = stored.indexOf('.');
            if (dot >= 0) {
                stored = stored.substring(0, dot);
            }
            if (stored.equals("*")) {
                if (cur.kind != Scope.Kind.MODULE) {
                    throw errors.at(stmtSpan, "import * only allowed at module level");
                }
                return;
            }
            addDef(stored, Scope.DEF_IMPORT, a.span());
        }

        @Override
        public Void visitGlobal(Stmt.Global s) {
            declare(s.names(), s.span(), true);
            return null;
        }

        @Override
        public Void visitNonlocal(Stmt.Nonlocal s) {
            declare(s.names(), s.span(), false);
            return null;
        }

        private void declare(List<String> names, Span span, boolean global) {
            String what = global ? "global" : "nonlocal";
            for (String name : names) {
                int cur = this.cur.flags(SyntaxErrors.mangle(privateName, name));
                if ((cur & (Scope.DEF_PARAM | Scope.DEF_LOCAL | Scope.USE | Scope.DEF_ANNOT)) != 0) {
                    String msg;
                    if ((cur & Scope.DEF_PARAM) != 0) {
                        msg = "name '" + name + "' is parameter and " + what;
                    } else if ((cur & Scope.USE) != 0) {
                        msg = "name '" + name + "' is used prior to " + what + " declaration";
                    } else if ((cur & Scope.DEF_ANNOT) != 0) {
                        msg = "annotated name '" + name + "' can't be " + what;
                    } else {
                        msg = "name '" + name + "' is assigned to before " + what + " declaration";
                    }
                    throw errors.at(span, msg);
                }
                addDef(name, global ? Scope.DEF_GLOBAL : Scope.DEF_NONLOCAL, span);
                this.cur.directives.putIfAbsent(SyntaxErrors.mangle(privateName, name), span);
            }
        }

        @Override
        public Void visitExprStmt(Stmt.ExprStmt s) {
            s.value().accept(exprs);
            return null;
        }

        @Override
        public Void visitPass(Stmt.Pass s) {
            return null;
        }

        @Override
        public Void visitBreak(Stmt.Break s) {
            return null;
        }

        @Override
        public Void visitContinue(Stmt.Continue s) {
            return null;
        }

    }
}
