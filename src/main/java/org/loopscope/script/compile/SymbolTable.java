package org.loopscope.script.compile;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.loopscope.script.syntax.Alias;
import org.loopscope.script.syntax.Arg;
import org.loopscope.script.syntax.Arguments;
import org.loopscope.script.syntax.Comprehension;
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
    private static final class Builder implements Stmt.Visitor<Void>, Expr.Visitor<Void> {
        private final SyntaxErrors errors;
        private final Module module;
        private final List<Scope> stack = new ArrayList<>();
        private Scope cur;
        private String privateName;
        private SymbolTable table;

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

        private void enter(String name, Scope.Kind kind, Node node, int line) {
            Scope scope = new Scope(name, kind, cur, line);
            cur.children.add(scope);
            table.scopes.put(node, scope);
            stack.add(scope);
            cur = scope;
        }

        private void exit() {
            stack.remove(stack.size() - 1);
            cur = stack.get(stack.size() - 1);
        }

        private void addDef(String name, int flag, Span where) {
            addDef(name, flag, cur, where);
        }

        private void addDef(String name, int flag, Scope scope, Span where) {
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

        private void visitExprs(List<Expr> exprs) {
            for (Expr e : exprs) {
                if (e != null) {
                    e.accept(this);
                }
            }
        }

        private void visitArgumentDefaults(Arguments a) {
            visitExprs(a.defaults());
            visitExprs(a.kwDefaults());
        }

        private void visitAnnotations(Arguments a, Expr returns) {
            for (Arg arg : allArgs(a)) {
                if (arg.annotation() != null) {
                    arg.annotation().accept(this);
                }
            }
            if (returns != null) {
                returns.accept(this);
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

        private void visitParams(Arguments a) {
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
                k.value().accept(this);
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
                s.value().accept(this);
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
            s.value().accept(this);
            return null;
        }

        @Override
        public Void visitAugAssign(Stmt.AugAssign s) {
            s.target().accept(this);
            s.value().accept(this);
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
                s.target().accept(this);
            }
            s.annotation().accept(this);
            if (s.value() != null) {
                s.value().accept(this);
            }
            return null;
        }

        @Override
        public Void visitFor(Stmt.For s) {
            s.target().accept(this);
            s.iter().accept(this);
            visitAll(s.body());
            visitAll(s.orelse());
            return null;
        }

        @Override
        public Void visitWhile(Stmt.While s) {
            s.test().accept(this);
            visitAll(s.body());
            visitAll(s.orelse());
            return null;
        }

        @Override
        public Void visitIf(Stmt.If s) {
            s.test().accept(this);
            visitAll(s.body());
            visitAll(s.orelse());
            return null;
        }

        @Override
        public Void visitWith(Stmt.With s) {
            for (WithItem item : s.items()) {
                item.contextExpr().accept(this);
                if (item.optionalVars() != null) {
                    item.optionalVars().accept(this);
                }
            }
            visitAll(s.body());
            return null;
        }

        @Override
        public Void visitRaise(Stmt.Raise s) {
            if (s.exc() != null) {
                s.exc().accept(this);
                if (s.cause() != null) {
                    s.cause().accept(this);
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
                    h.type().accept(this);
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
            s.test().accept(this);
            if (s.msg() != null) {
                s.msg().accept(this);
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
            s.value().accept(this);
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

        // ---- expressions

        @Override
        public Void visitBoolOp(Expr.BoolOp e) {
            visitExprs(e.values());
            return null;
        }

        @Override
        public Void visitNamedExpr(Expr.NamedExpr e) {
            if (cur.compIterExpr > 0) {
                throw errors.at(e.span(), "assignment expression cannot be used in a comprehension iterable"
                        + " expression");
            }
            if (cur.comprehension != null) {
                extendNamedExprScope((Expr.Name) e.target());
            }
            e.value().accept(this);
            e.target().accept(this);
            return null;
        }

        private void extendNamedExprScope(Expr.Name target) {
            String name = target.id();
            for (int i = stack.size() - 1; i >= 0; i--) {
                Scope ste = stack.get(i);
                if (ste.comprehension != null) {
                    if ((ste.flags(name) & Scope.DEF_COMP_ITER) != 0) {
                        throw errors.at(target.span(), "assignment expression cannot rebind comprehension iteration"
                                + " variable '" + name + "'");
                    }
                    continue;
                }
                if (ste.kind == Scope.Kind.FUNCTION) {
                    if ((ste.flags(name) & Scope.DEF_GLOBAL) != 0) {
                        addDef(name, Scope.DEF_GLOBAL, target.span());
                    } else {
                        addDef(name, Scope.DEF_NONLOCAL, target.span());
                    }
                    cur.directives.putIfAbsent(name, target.span());
                    addDef(name, Scope.DEF_LOCAL, ste, target.span());
                    return;
                }
                if (ste.kind == Scope.Kind.MODULE) {
                    addDef(name, Scope.DEF_GLOBAL, target.span());
                    cur.directives.putIfAbsent(name, target.span());
                    addDef(name, Scope.DEF_GLOBAL, ste, target.span());
                    return;
                }
                throw errors.at(target.span(), "assignment expression within a comprehension cannot be used in a"
                        + " class body");
            }
        }

        @Override
        public Void visitBinOp(Expr.BinOp e) {
            e.left().accept(this);
            e.right().accept(this);
            return null;
        }

        @Override
        public Void visitUnaryOp(Expr.UnaryOp e) {
            e.operand().accept(this);
            return null;
        }

        @Override
        public Void visitLambda(Expr.Lambda e) {
            visitArgumentDefaults(e.args());
            enter("lambda", Scope.Kind.FUNCTION, e, e.span().line());
            cur.lambda = true;
            visitParams(e.args());
            e.body().accept(this);
            exit();
            return null;
        }

        @Override
        public Void visitIfExp(Expr.IfExp e) {
            e.test().accept(this);
            e.body().accept(this);
            e.orelse().accept(this);
            return null;
        }

        @Override
        public Void visitDict(Expr.Dict e) {
            for (int i = 0; i < e.values().size(); i++) {
                if (e.keys().get(i) != null) {
                    e.keys().get(i).accept(this);
                }
                e.values().get(i).accept(this);
            }
            return null;
        }

        @Override
        public Void visitSet(Expr.SetExpr e) {
            visitExprs(e.elts());
            return null;
        }

        @Override
        public Void visitListComp(Expr.ListComp e) {
            comprehension(e, "listcomp", "list", e.generators(), e.elt(), null);
            return null;
        }

        @Override
        public Void visitSetComp(Expr.SetComp e) {
            comprehension(e, "setcomp", "set", e.generators(), e.elt(), null);
            return null;
        }

        @Override
        public Void visitDictComp(Expr.DictComp e) {
            comprehension(e, "dictcomp", "dict", e.generators(), e.key(), e.value());
            return null;
        }

        @Override
        public Void visitGeneratorExp(Expr.GeneratorExp e) {
            comprehension(e, "genexpr", "generator", e.generators(), e.elt(), null);
            return null;
        }

        private void comprehension(Expr e, String scopeName, String kind, List<Comprehension> generators, Expr elt,
                                   Expr value) {
            boolean isGenerator = kind.equals("generator");
            Comprehension outermost = generators.get(0);
            cur.compIterExpr++;
            outermost.iter().accept(this);
            cur.compIterExpr--;
            enter("<" + scopeName + ">", Scope.Kind.FUNCTION, e, e.span().line());
            cur.comprehension = kind;
            if (outermost.isAsync()) {
                cur.coroutine = true;
            }
            addDef(".0", Scope.DEF_PARAM, e.span());
            cur.compIterTarget = 1;
            outermost.target().accept(this);
            cur.compIterTarget = 0;
            visitExprs(outermost.ifs());
            for (int i = 1; i < generators.size(); i++) {
                Comprehension c = generators.get(i);
                cur.compIterTarget = 1;
                c.target().accept(this);
                cur.compIterTarget = 0;
                cur.compIterExpr++;
                c.iter().accept(this);
                cur.compIterExpr--;
                visitExprs(c.ifs());
                if (c.isAsync()) {
                    cur.coroutine = true;
                }
            }
            if (value != null) {
                value.accept(this);
            }
            elt.accept(this);
            cur.generator = isGenerator;
            boolean isAsync = cur.coroutine && !isGenerator;
            exit();
            if (isAsync) {
                cur.coroutine = true;
            }
        }

        @Override
        public Void visitAwait(Expr.Await e) {
            e.value().accept(this);
            cur.coroutine = true;
            return null;
        }

        @Override
        public Void visitYield(Expr.Yield e) {
            if (e.value() != null) {
                e.value().accept(this);
            }
            cur.generator = true;
            if (cur.comprehension != null) {
                throw comprehensionYield(e.span());
            }
            return null;
        }

        @Override
        public Void visitYieldFrom(Expr.YieldFrom e) {
            e.value().accept(this);
            cur.generator = true;
            if (cur.comprehension != null) {
                throw comprehensionYield(e.span());
            }
            return null;
        }

        private RuntimeException comprehensionYield(Span span) {
            String what = switch (cur.comprehension) {
                case "list" -> "list comprehension";
                case "set" -> "set comprehension";
                case "dict" -> "dict comprehension";
                default -> "generator expression";
            };
            return errors.at(span, "'yield' inside " + what);
        }

        @Override
        public Void visitCompare(Expr.Compare e) {
            e.left().accept(this);
            visitExprs(e.comparators());
            return null;
        }

        @Override
        public Void visitCall(Expr.Call e) {
            e.func().accept(this);
            visitExprs(e.args());
            for (Keyword k : e.keywords()) {
                k.value().accept(this);
            }
            return null;
        }

        @Override
        public Void visitFormattedValue(Expr.FormattedValue e) {
            e.value().accept(this);
            if (e.formatSpec() != null) {
                e.formatSpec().accept(this);
            }
            return null;
        }

        @Override
        public Void visitJoinedStr(Expr.JoinedStr e) {
            visitExprs(e.values());
            return null;
        }

        @Override
        public Void visitConstant(Expr.Constant e) {
            return null;
        }

        @Override
        public Void visitAttribute(Expr.Attribute e) {
            e.value().accept(this);
            return null;
        }

        @Override
        public Void visitSubscript(Expr.Subscript e) {
            e.value().accept(this);
            e.slice().accept(this);
            return null;
        }

        @Override
        public Void visitStarred(Expr.Starred e) {
            e.value().accept(this);
            return null;
        }

        @Override
        public Void visitName(Expr.Name e) {
            switch (e.ctx()) {
                case LOAD -> {
                    addDef(e.id(), Scope.USE, e.span());
                    if (cur.kind == Scope.Kind.FUNCTION && e.id().equals("super")) {
                        addDef("__class__", Scope.USE, e.span());
                    }
                }
                case STORE, DEL -> addDef(e.id(), Scope.DEF_LOCAL, e.span());
                default -> throw new IllegalStateException();
            }
            return null;
        }

        @Override
        public Void visitList(Expr.ListExpr e) {
            visitExprs(e.elts());
            return null;
        }

        @Override
        public Void visitTuple(Expr.Tuple e) {
            visitExprs(e.elts());
            return null;
        }

        @Override
        public Void visitSlice(Expr.Slice e) {
            if (e.lower() != null) {
                e.lower().accept(this);
            }
            if (e.upper() != null) {
                e.upper().accept(this);
            }
            if (e.step() != null) {
                e.step().accept(this);
            }
            return null;
        }
    }
}
