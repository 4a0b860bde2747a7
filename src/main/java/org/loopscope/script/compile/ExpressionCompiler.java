package org.loopscope.script.compile;

import java.util.List;
import org.loopscope.script.compile.CodeBuilder.Label;
import org.loopscope.script.syntax.BoolOperator;
import org.loopscope.script.syntax.CmpOperator;
import org.loopscope.script.syntax.Ctx;
import org.loopscope.script.syntax.Expr;
import org.loopscope.script.syntax.Stmt;
import org.loopscope.script.syntax.UnaryOperator;

/** Compiles expressions, assignment targets and conditions (CPython's {@code compiler_visit_expr} and friends). */
final class ExpressionCompiler implements Expr.Visitor<Void> {

    private final Compiler c;

    ExpressionCompiler(Compiler c) {
        this.c = c;
    }

    private CodeBuilder b() {
        return c.u.b;
    }

    void visit(Expr e) {
        CodeObject.Position old = b().at(e.span());
        e.accept(this);
        b().restore(old);
    }

    /** Awaits the awaitable on top of the stack: GET_AWAITABLE, then delegate with SEND until it returns. */
    void awaitTop(int kind) {
        b().emit(Op.GET_AWAITABLE, kind);
        c.loadNone();
        Label done = new Label();
        b().jump(Op.SEND, done);
        b().bind(done);
    }

    // ---- conditions

    /** Jumps to {@code target} when the truth of {@code e} is {@code cond}; falls through otherwise. */
    void jumpIf(Expr e, boolean cond, Label target) {
        CodeObject.Position old = b().at(e.span());
        if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.NOT) {
            jumpIf(u.operand(), !cond, target);
        } else if (e instanceof Expr.BoolOp bo) {
            boolean isOr = bo.op() == BoolOperator.OR;
            List<Expr> values = bo.values();
            Label next = cond != isOr ? new Label() : target;
            for (int i = 0; i < values.size() - 1; i++) {
                jumpIf(values.get(i), isOr, next);
            }
            jumpIf(values.get(values.size() - 1), cond, target);
            if (next != target) {
                b().bind(next);
            }
        } else {
            visit(e);
            b().jump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target);
        }
        b().restore(old);
    }

    // ---- targets (see TargetCompiler)

    void store(Expr t) {
        c.targets.store(t);
    }

    void delete(Expr t) {
        c.targets.delete(t);
    }

    void augAssign(Stmt.AugAssign s) {
        c.targets.augAssign(s);
    }

    void slice(Expr s) {
        c.targets.slice(s);
    }

    // ---- expression kinds

    @Override
    public Void visitBoolOp(Expr.BoolOp e) {
        Label end = new Label();
        int op = e.op() == BoolOperator.AND ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
        List<Expr> values = e.values();
        for (int i = 0; i < values.size() - 1; i++) {
            visit(values.get(i));
            b().jump(op, end);
        }
        visit(values.get(values.size() - 1));
        b().bind(end);
        return null;
    }

    @Override
    public Void visitNamedExpr(Expr.NamedExpr e) {
        visit(e.value());
        b().emit(Op.COPY, 1);
        store(e.target());
        return null;
    }

    @Override
    public Void visitBinOp(Expr.BinOp e) {
        visit(e.left());
        visit(e.right());
        b().emit(Op.BINARY_OP, e.op().ordinal());
        return null;
    }

    @Override
    public Void visitUnaryOp(Expr.UnaryOp e) {
        visit(e.operand());
        b().emit(switch (e.op()) {
            case INVERT -> Op.UNARY_INVERT;
            case NOT -> Op.UNARY_NOT;
            case UADD -> Op.UNARY_POSITIVE;
            case USUB -> Op.UNARY_NEGATIVE;
        });
        return null;
    }

    @Override
    public Void visitLambda(Expr.Lambda e) {
        int flags = c.argumentDefaults(e.args());
        Scope scope = c.scopeOf(e);
        c.enter(scope, Unit.Type.LAMBDA, "<lambda>", c.qualnameFor("<lambda>"), c.u.privateName,
                e.span().line());
        visit(e.body());
        b().at(e.body().span());
        if (!scope.generator) {
            b().emit(Op.RETURN_VALUE);
        } else {
            b().emit(Op.POP_TOP);
            c.loadNone();
            b().emit(Op.RETURN_VALUE);
        }
        CodeObject code = c.exit(e.span(), e.args());
        c.makeFunction(code, flags);
        return null;
    }

    @Override
    public Void visitIfExp(Expr.IfExp e) {
        Label orelse = new Label();
        Label end = new Label();
        jumpIf(e.test(), false, orelse);
        visit(e.body());
        b().jump(Op.JUMP, end);
        b().bind(orelse);
        visit(e.orelse());
        b().bind(end);
        return null;
    }

    @Override
    public Void visitDict(Expr.Dict e) {
        boolean have = false;
        int n = 0;
        for (int i = 0; i < e.values().size(); i++) {
            Expr key = e.keys().get(i);
            if (key == null) {
                if (n > 0) {
                    b().emit(Op.BUILD_MAP, n);
                    if (have) {
                        b().emit(Op.DICT_UPDATE, 1);
                    }
                    have = true;
                    n = 0;
                }
                if (!have) {
                    b().emit(Op.BUILD_MAP, 0);
                    have = true;
                }
                visit(e.values().get(i));
                b().emit(Op.DICT_UPDATE, 1);
            } else {
                visit(key);
                visit(e.values().get(i));
                n++;
            }
        }
        if (n > 0 || !have) {
            b().emit(Op.BUILD_MAP, n);
            if (have) {
                b().emit(Op.DICT_UPDATE, 1);
            }
        }
        return null;
    }

    private void sequence(List<Expr> elts, int buildOp, boolean tuple) {
        boolean starred = elts.stream().anyMatch(x -> x instanceof Expr.Starred);
        if (!starred) {
            for (Expr x : elts) {
                visit(x);
            }
            b().emit(buildOp, elts.size());
            return;
        }
        boolean set = buildOp == Op.BUILD_SET;
        b().emit(set ? Op.BUILD_SET : Op.BUILD_LIST, 0);
        for (Expr x : elts) {
            if (x instanceof Expr.Starred s) {
                visit(s.value());
                b().emit(set ? Op.SET_UPDATE : Op.LIST_EXTEND, 1);
            } else {
                visit(x);
                b().emit(set ? Op.SET_ADD : Op.LIST_APPEND, 1);
            }
        }
        if (tuple) {
            b().emit(Op.LIST_TO_TUPLE);
        }
    }

    @Override
    public Void visitSet(Expr.SetExpr e) {
        sequence(e.elts(), Op.BUILD_SET, false);
        return null;
    }

    @Override
    public Void visitListComp(Expr.ListComp e) {
        c.comprehensions.compile(e, "listcomp", e.generators(), e.elt(), null);
        return null;
    }

    @Override
    public Void visitSetComp(Expr.SetComp e) {
        c.comprehensions.compile(e, "setcomp", e.generators(), e.elt(), null);
        return null;
    }

    @Override
    public Void visitDictComp(Expr.DictComp e) {
        c.comprehensions.compile(e, "dictcomp", e.generators(), e.key(), e.value());
        return null;
    }

    @Override
    public Void visitGeneratorExp(Expr.GeneratorExp e) {
        c.comprehensions.compile(e, "genexpr", e.generators(), e.elt(), null);
        return null;
    }

    @Override
    public Void visitAwait(Expr.Await e) {
        if (!c.u.isFunctionBlock()) {
            throw c.error(e.span(), "'await' outside function");
        }
        if (c.u.type != Unit.Type.ASYNC_FUNCTION && c.u.type != Unit.Type.COMPREHENSION) {
            throw c.error(e.span(), "'await' outside async function");
        }
        visit(e.value());
        b().at(e.span());
        awaitTop(0);
        return null;
    }

    @Override
    public Void visitYield(Expr.Yield e) {
        if (!c.u.isFunctionBlock()) {
            throw c.error(e.span(), "'yield' outside function");
        }
        if (e.value() != null) {
            visit(e.value());
        } else {
            c.loadNone();
        }
        b().at(e.span());
        b().emit(Op.YIELD_VALUE);
        return null;
    }

    @Override
    public Void visitYieldFrom(Expr.YieldFrom e) {
        if (!c.u.isFunctionBlock()) {
            throw c.error(e.span(), "'yield' outside function");
        }
        if (c.u.type == Unit.Type.ASYNC_FUNCTION) {
            throw c.error(e.span(), "'yield from' inside async function");
        }
        visit(e.value());
        b().at(e.span());
        b().emit(Op.GET_YIELD_FROM_ITER);
        c.loadNone();
        Label done = new Label();
        b().jump(Op.SEND, done);
        b().bind(done);
        return null;
    }

    @Override
    public Void visitCompare(Expr.Compare e) {
        visit(e.left());
        int n = e.ops().size();
        if (n == 1) {
            visit(e.comparators().get(0));
            b().at(e.span());
            compareOp(e.ops().get(0));
            return null;
        }
        Label cleanup = new Label();
        for (int i = 0; i < n - 1; i++) {
            visit(e.comparators().get(i));
            b().at(e.span());
            b().emit(Op.SWAP, 2);
            b().emit(Op.COPY, 2);
            compareOp(e.ops().get(i));
            b().jump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
        }
        visit(e.comparators().get(n - 1));
        b().at(e.span());
        compareOp(e.ops().get(n - 1));
        Label end = new Label();
        b().jump(Op.JUMP, end);
        b().bind(cleanup);
        b().emit(Op.SWAP, 2);
        b().emit(Op.POP_TOP);
        b().bind(end);
        return null;
    }

    private void compareOp(CmpOperator op) {
        switch (op) {
            case LT -> b().emit(Op.COMPARE_OP, 0);
            case LT_E -> b().emit(Op.COMPARE_OP, 1);
            case EQ -> b().emit(Op.COMPARE_OP, 2);
            case NOT_EQ -> b().emit(Op.COMPARE_OP, 3);
            case GT -> b().emit(Op.COMPARE_OP, 4);
            case GT_E -> b().emit(Op.COMPARE_OP, 5);
            case IS -> b().emit(Op.IS_OP, 0);
            case IS_NOT -> b().emit(Op.IS_OP, 1);
            case IN -> b().emit(Op.CONTAINS_OP, 0);
            case NOT_IN -> b().emit(Op.CONTAINS_OP, 1);
            default -> throw new IllegalStateException();
        }
    }

    @Override
    public Void visitCall(Expr.Call e) {
        c.calls.call(e);
        return null;
    }

    @Override
    public Void visitFormattedValue(Expr.FormattedValue e) {
        visit(e.value());
        int flags = switch (e.conversion()) {
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            default -> 0;
        };
        if (e.formatSpec() != null) {
            visit(e.formatSpec());
            flags |= 4;
        }
        b().at(e.span());
        b().emit(Op.FORMAT_VALUE, flags);
        return null;
    }

    @Override
    public Void visitJoinedStr(Expr.JoinedStr e) {
        for (Expr v : e.values()) {
            visit(v);
        }
        if (e.values().size() != 1) {
            b().emit(Op.BUILD_STRING, e.values().size());
        }
        return null;
    }

    @Override
    public Void visitConstant(Expr.Constant e) {
        c.loadConst(e.value());
        return null;
    }

    @Override
    public Void visitAttribute(Expr.Attribute e) {
        visit(e.value());
        b().at(e.span());
        b().emit(Op.LOAD_ATTR, b().name(c.mangle(e.attr())));
        return null;
    }

    @Override
    public Void visitSubscript(Expr.Subscript e) {
        visit(e.value());
        slice(e.slice());
        b().at(e.span());
        b().emit(Op.BINARY_SUBSCR);
        return null;
    }

    @Override
    public Void visitStarred(Expr.Starred e) {
        throw c.error(e.span(), "can't use starred expression here");
    }

    @Override
    public Void visitName(Expr.Name e) {
        c.nameOp(e.id(), Ctx.LOAD);
        return null;
    }

    @Override
    public Void visitList(Expr.ListExpr e) {
        sequence(e.elts(), Op.BUILD_LIST, false);
        return null;
    }

    @Override
    public Void visitTuple(Expr.Tuple e) {
        sequence(e.elts(), Op.BUILD_TUPLE, true);
        return null;
    }

    @Override
    public Void visitSlice(Expr.Slice e) {
        slice(e);
        return null;
    }
}
