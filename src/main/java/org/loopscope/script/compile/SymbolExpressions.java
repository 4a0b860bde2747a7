package org.loopscope.script.compile;

import java.util.List;
import org.loopscope.script.syntax.Comprehension;
import org.loopscope.script.syntax.Expr;
import org.loopscope.script.syntax.Keyword;
import org.loopscope.script.syntax.Span;

/** The expression half of the symbol table's walk: name uses and bindings, lambdas, comprehensions, yield/await. */
final class SymbolExpressions implements Expr.Visitor<Void> {

    private final SymbolTable.Builder b;

    SymbolExpressions(SymbolTable.Builder b) {
        this.b = b;
    }

    @Override
    public Void visitBoolOp(Expr.BoolOp e) {
        b.visitExprs(e.values());
        return null;
    }

    @Override
    public Void visitNamedExpr(Expr.NamedExpr e) {
        if (b.cur.compIterExpr > 0) {
            throw b.errors.at(e.span(), "assignment expression cannot be used in a comprehension iterable"
                    + " expression");
        }
        if (b.cur.comprehension != null) {
            extendNamedExprScope((Expr.Name) e.target());
        }
        e.value().accept(this);
        e.target().accept(this);
        return null;
    }

    private void extendNamedExprScope(Expr.Name target) {
        String name = target.id();
        for (int i = b.stack.size() - 1; i >= 0; i--) {
            Scope ste = b.stack.get(i);
            if (ste.comprehension != null) {
                if ((ste.flags(name) & Scope.DEF_COMP_ITER) != 0) {
                    throw b.errors.at(target.span(), "assignment expression cannot rebind comprehension iteration"
                            + " variable '" + name + "'");
                }
                continue;
            }
            if (ste.kind == Scope.Kind.FUNCTION) {
                if ((ste.flags(name) & Scope.DEF_GLOBAL) != 0) {
                    b.addDef(name, Scope.DEF_GLOBAL, target.span());
                } else {
                    b.addDef(name, Scope.DEF_NONLOCAL, target.span());
                }
                b.cur.directives.putIfAbsent(name, target.span());
                b.addDef(name, Scope.DEF_LOCAL, ste, target.span());
                return;
            }
            if (ste.kind == Scope.Kind.MODULE) {
                b.addDef(name, Scope.DEF_GLOBAL, target.span());
                b.cur.directives.putIfAbsent(name, target.span());
                b.addDef(name, Scope.DEF_GLOBAL, ste, target.span());
                return;
            }
            throw b.errors.at(target.span(), "assignment expression within a comprehension cannot be used in a"
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
        b.visitArgumentDefaults(e.args());
        b.enter("lambda", Scope.Kind.FUNCTION, e, e.span().line());
        b.cur.lambda = true;
        b.visitParams(e.args());
        e.body().accept(this);
        b.exit();
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
        b.visitExprs(e.elts());
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
        b.cur.compIterExpr++;
        outermost.iter().accept(this);
        b.cur.compIterExpr--;
        b.enter("<" + scopeName + ">", Scope.Kind.FUNCTION, e, e.span().line());
        b.cur.comprehension = kind;
        if (outermost.isAsync()) {
            b.cur.coroutine = true;
        }
        b.addDef(".0", Scope.DEF_PARAM, e.span());
        b.cur.compIterTarget = 1;
        outermost.target().accept(this);
        b.cur.compIterTarget = 0;
        b.visitExprs(outermost.ifs());
        for (int i = 1; i < generators.size(); i++) {
            Comprehension c = generators.get(i);
            b.cur.compIterTarget = 1;
            c.target().accept(this);
            b.cur.compIterTarget = 0;
            b.cur.compIterExpr++;
            c.iter().accept(this);
            b.cur.compIterExpr--;
            b.visitExprs(c.ifs());
            if (c.isAsync()) {
                b.cur.coroutine = true;
            }
        }
        if (value != null) {
            value.accept(this);
        }
        elt.accept(this);
        b.cur.generator = isGenerator;
        boolean isAsync = b.cur.coroutine && !isGenerator;
        b.exit();
        if (isAsync) {
            b.cur.coroutine = true;
        }
    }

    @Override
    public Void visitAwait(Expr.Await e) {
        e.value().accept(this);
        b.cur.coroutine = true;
        return null;
    }

    @Override
    public Void visitYield(Expr.Yield e) {
        if (e.value() != null) {
            e.value().accept(this);
        }
        b.cur.generator = true;
        if (b.cur.comprehension != null) {
            throw comprehensionYield(e.span());
        }
        return null;
    }

    @Override
    public Void visitYieldFrom(Expr.YieldFrom e) {
        e.value().accept(this);
        b.cur.generator = true;
        if (b.cur.comprehension != null) {
            throw comprehensionYield(e.span());
        }
        return null;
    }

    private RuntimeException comprehensionYield(Span span) {
        String what = switch (b.cur.comprehension) {
            case "list" -> "list comprehension";
            case "set" -> "set comprehension";
            case "dict" -> "dict comprehension";
            default -> "generator expression";
        };
        return b.errors.at(span, "'yield' inside " + what);
    }

    @Override
    public Void visitCompare(Expr.Compare e) {
        e.left().accept(this);
        b.visitExprs(e.comparators());
        return null;
    }

    @Override
    public Void visitCall(Expr.Call e) {
        e.func().accept(this);
        b.visitExprs(e.args());
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
        b.visitExprs(e.values());
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
                b.addDef(e.id(), Scope.USE, e.span());
                if (b.cur.kind == Scope.Kind.FUNCTION && e.id().equals("super")) {
                    b.addDef("__class__", Scope.USE, e.span());
                }
            }
            case STORE, DEL -> b.addDef(e.id(), Scope.DEF_LOCAL, e.span());
            default -> throw new IllegalStateException();
        }
        return null;
    }

    @Override
    public Void visitList(Expr.ListExpr e) {
        b.visitExprs(e.elts());
        return null;
    }

    @Override
    public Void visitTuple(Expr.Tuple e) {
        b.visitExprs(e.elts());
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
