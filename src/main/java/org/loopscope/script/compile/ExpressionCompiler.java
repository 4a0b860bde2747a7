package org.loopscope.script.compile;

import java.util.List;
import org.loopscope.script.compile.CodeBuilder.Label;
import org.loopscope.script.syntax.BoolOperator;
import org.loopscope.script.syntax.CmpOperator;
import org.loopscope.script.syntax.Comprehension;
import org.loopscope.script.syntax.Ctx;
import org.loopscope.script.syntax.Expr;
import org.loopscope.script.syntax.Keyword;
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

    // ---- targets

    void store(Expr t) {
        CodeObject.Position old = b().at(t.span());
        if (t instanceof Expr.Name n) {
            c.nameOp(n.id(), Ctx.STORE);
        } else if (t instanceof Expr.Attribute a) {
            visit(a.value());
            b().at(t.span());
            b().emit(Op.STORE_ATTR, b().name(c.mangle(a.attr())));
        } else if (t instanceof Expr.Subscript s) {
            visit(s.value());
            slice(s.slice());
            b().at(t.span());
            b().emit(Op.STORE_SUBSCR);
        } else if (t instanceof Expr.Tuple tu) {
            unpack(tu.elts());
        } else if (t instanceof Expr.ListExpr l) {
            unpack(l.elts());
        } else if (t instanceof Expr.Starred) {
            throw c.error(t.span(), "starred assignment target must be in a list or tuple");
        } else {
            throw c.error(t.span(), "cannot assign to expression");
        }
        b().restore(old);
    }

    private void unpack(List<Expr> elts) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (star >= 0) {
                    throw c.errorHere("multiple starred expressions in assignment");
                }
                star = i;
            }
        }
        if (star >= 0) {
            int after = elts.size() - star - 1;
            if (star >= 256 || after >= 65536) {
                throw c.errorHere("too many expressions in star-unpacking assignment");
            }
            b().emit(Op.UNPACK_EX, star | (after << 8));
        } else {
            b().emit(Op.UNPACK_SEQUENCE, elts.size());
        }
        for (Expr e : elts) {
            store(e instanceof Expr.Starred s ? s.value() : e);
        }
    }

    void delete(Expr t) {
        CodeObject.Position old = b().at(t.span());
        if (t instanceof Expr.Name n) {
            c.nameOp(n.id(), Ctx.DEL);
        } else if (t instanceof Expr.Attribute a) {
            visit(a.value());
            b().at(t.span());
            b().emit(Op.DELETE_ATTR, b().name(c.mangle(a.attr())));
        } else if (t instanceof Expr.Subscript s) {
            visit(s.value());
            slice(s.slice());
            b().at(t.span());
            b().emit(Op.DELETE_SUBSCR);
        } else if (t instanceof Expr.Tuple tu) {
            tu.elts().forEach(this::delete);
        } else if (t instanceof Expr.ListExpr l) {
            l.elts().forEach(this::delete);
        } else {
            throw c.error(t.span(), "cannot delete expression");
        }
        b().restore(old);
    }

    void augAssign(Stmt.AugAssign s) {
        int op = s.op().ordinal() + Op.INPLACE;
        Expr t = s.target();
        if (t instanceof Expr.Name n) {
            b().at(n.span());
            c.nameOp(n.id(), Ctx.LOAD);
            visit(s.value());
            b().at(s.span());
            b().emit(Op.BINARY_OP, op);
            b().at(n.span());
            c.nameOp(n.id(), Ctx.STORE);
        } else if (t instanceof Expr.Attribute a) {
            visit(a.value());
            b().emit(Op.COPY, 1);
            b().at(a.span());
            b().emit(Op.LOAD_ATTR, b().name(c.mangle(a.attr())));
            visit(s.value());
            b().at(s.span());
            b().emit(Op.BINARY_OP, op);
            b().emit(Op.SWAP, 2);
            b().at(a.span());
            b().emit(Op.STORE_ATTR, b().name(c.mangle(a.attr())));
        } else if (t instanceof Expr.Subscript sub) {
            visit(sub.value());
            slice(sub.slice());
            b().emit(Op.COPY, 2);
            b().emit(Op.COPY, 2);
            b().at(sub.span());
            b().emit(Op.BINARY_SUBSCR);
            visit(s.value());
            b().at(s.span());
            b().emit(Op.BINARY_OP, op);
            b().emit(Op.SWAP, 3);
            b().emit(Op.SWAP, 2);
            b().at(sub.span());
            b().emit(Op.STORE_SUBSCR);
        } else {
            throw c.error(t.span(), "'" + describe(t) + "' is an illegal expression for augmented assignment");
        }
    }

    private static String describe(Expr e) {
        if (e instanceof Expr.Tuple) {
            return "tuple";
        }
        if (e instanceof Expr.ListExpr) {
            return "list";
        }
        return "expression";
    }

    void slice(Expr s) {
        if (s instanceof Expr.Slice sl) {
            CodeObject.Position old = b().at(s.span());
            int n = 2;
            loadOrNone(sl.lower());
            loadOrNone(sl.upper());
            if (sl.step() != null) {
                visit(sl.step());
                n = 3;
            }
            b().at(s.span());
            b().emit(Op.BUILD_SLICE, n);
            b().restore(old);
        } else {
            visit(s);
        }
    }

    private void loadOrNone(Expr e) {
        if (e == null) {
            c.loadNone();
        } else {
            visit(e);
        }
    }

    // ---- calls

    private void call(Expr.Call e) {
        if (isZeroArgSuper(e)) {
            visit(e.func());
            Integer slot = c.u.scope.binding("__class__") == Scope.Binding.FREE ? c.u.slot("__class__") : null;
            b().at(e.span());
            b().emit(Op.SUPER_ARGS, slot == null ? 0xffffff : slot);
            b().emit(Op.CALL, 2);
            return;
        }
        boolean plain = e.args().stream().noneMatch(a -> a instanceof Expr.Starred)
                && e.keywords().stream().allMatch(k -> k.arg() != null);
        if (plain && e.func() instanceof Expr.Attribute a) {
            visit(a.value());
            b().at(a.span());
            b().emit(Op.LOAD_METHOD, b().name(c.mangle(a.attr())));
            for (Expr arg : e.args()) {
                visit(arg);
            }
            int n = e.args().size() + keywordValues(e.keywords());
            b().at(e.span());
            b().emit(Op.CALL_METHOD, n);
            return;
        }
        visit(e.func());
        b().at(e.span());
        callRest(0, e.args(), e.keywords());
    }

    private boolean isZeroArgSuper(Expr.Call e) {
        return e.func() instanceof Expr.Name n && n.id().equals("super") && e.args().isEmpty()
                && e.keywords().isEmpty() && c.u.isFunctionBlock()
                && c.u.scope.binding("super") == Scope.Binding.GLOBAL_IMPLICIT;
    }

    /** Pushes keyword values and their KW_NAMES; returns how many. */
    private int keywordValues(List<Keyword> keywords) {
        if (keywords.isEmpty()) {
            return 0;
        }
        String[] names = new String[keywords.size()];
        for (int i = 0; i < keywords.size(); i++) {
            visit(keywords.get(i).value());
            names[i] = keywords.get(i).arg();
        }
        b().emit(Op.KW_NAMES, b().identityConstant(names));
        return names.length;
    }

    /**
     * Compiles the arguments of a call whose callable, followed by {@code pushed} positional arguments, is already
     * on the stack, and the call itself.
     */
    void callRest(int pushed, List<Expr> args, List<Keyword> keywords) {
        CodeObject.Position at = b().position();
        boolean plain = args.stream().noneMatch(a -> a instanceof Expr.Starred)
                && keywords.stream().allMatch(k -> k.arg() != null);
        if (plain) {
            for (Expr a : args) {
                visit(a);
            }
            int n = pushed + args.size() + keywordValues(keywords);
            b().setPosition(at);
            b().emit(Op.CALL, n);
            return;
        }
        if (pushed == 0 && args.size() == 1 && args.get(0) instanceof Expr.Starred only) {
            visit(only.value());
        } else {
            b().emit(Op.BUILD_LIST, pushed);
            for (Expr a : args) {
                if (a instanceof Expr.Starred s) {
                    visit(s.value());
                    b().emit(Op.LIST_EXTEND, 1);
                } else {
                    visit(a);
                    b().emit(Op.LIST_APPEND, 1);
                }
            }
            b().emit(Op.LIST_TO_TUPLE);
        }
        int flags = 0;
        if (!keywords.isEmpty()) {
            flags = 1;
            boolean have = false;
            int n = 0;
            for (Keyword k : keywords) {
                if (k.arg() == null) {
                    if (n > 0) {
                        b().emit(Op.BUILD_MAP, n);
                        if (have) {
                            b().emit(Op.DICT_MERGE, 1);
                        }
                        have = true;
                        n = 0;
                    }
                    if (!have) {
                        b().emit(Op.BUILD_MAP, 0);
                        have = true;
                    }
                    visit(k.value());
                    b().setPosition(at);
                    b().emit(Op.DICT_MERGE, 1);
                } else {
                    c.loadConst(k.arg());
                    visit(k.value());
                    n++;
                }
            }
            if (n > 0) {
                b().emit(Op.BUILD_MAP, n);
                if (have) {
                    b().emit(Op.DICT_MERGE, 1);
                }
            }
        }
        b().setPosition(at);
        b().emit(Op.CALL_FUNCTION_EX, flags);
    }

    // ---- comprehensions

    private void comprehension(Expr e, String kind, List<Comprehension> gens, Expr elt, Expr value) {
        Scope scope = c.scopeOf(e);
        boolean isAsync = scope.coroutine;
        boolean generator = kind.equals("genexpr");
        Unit.Type outer = c.u.type;
        if (isAsync && !generator && outer != Unit.Type.ASYNC_FUNCTION && outer != Unit.Type.COMPREHENSION) {
            throw c.error(e.span(), "asynchronous comprehension outside of an asynchronous function");
        }
        String name = "<" + kind + ">";
        c.enter(scope, Unit.Type.COMPREHENSION, name, c.qualnameFor(name), c.u.privateName, e.span().line());
        b().at(e.span());
        switch (kind) {
            case "listcomp" -> b().emit(Op.BUILD_LIST, 0);
            case "setcomp" -> b().emit(Op.BUILD_SET, 0);
            case "dictcomp" -> b().emit(Op.BUILD_MAP, 0);
            default -> { }
        }
        generator(gens, 0, kind, elt, value);
        b().at(e.span());
        if (generator) {
            c.loadNone();
        }
        b().emit(Op.RETURN_VALUE);
        CodeObject code = c.exit(e.span(), null);
        c.makeFunction(code, 0);
        Comprehension first = gens.get(0);
        visit(first.iter());
        b().at(e.span());
        b().emit(first.isAsync() ? Op.GET_AITER : Op.GET_ITER);
        b().emit(Op.CALL, 1);
        if (isAsync && !generator) {
            awaitTop(0);
        }
    }

    private void generator(List<Comprehension> gens, int index, String kind, Expr elt, Expr value) {
        Comprehension gen = gens.get(index);
        Label start = new Label();
        Label ifCleanup = new Label();
        Label anchor = new Label();
        if (index == 0) {
            b().emit(Op.LOAD_FAST, 0);
        } else {
            visit(gen.iter());
            b().emit(gen.isAsync() ? Op.GET_AITER : Op.GET_ITER);
        }
        b().bind(start);
        CodeBuilder.HandlerBlock outer = b().handler();
        if (gen.isAsync()) {
            b().pushHandler(anchor);
            b().emit(Op.GET_ANEXT);
            awaitTop(0);
            b().setHandler(outer);
            c.u.fblocks.push(new Unit.FBlock(Unit.FBlock.Kind.ASYNC_COMPREHENSION_GENERATOR, start, null, null,
                    outer));
        } else {
            b().jump(Op.FOR_ITER, anchor);
        }
        store(gen.target());
        for (Expr cond : gen.ifs()) {
            jumpIf(cond, false, ifCleanup);
        }
        if (index + 1 < gens.size()) {
            generator(gens, index + 1, kind, elt, value);
        } else {
            int depth = index + 2;
            switch (kind) {
                case "genexpr" -> {
                    visit(elt);
                    b().emit(Op.YIELD_VALUE);
                    b().emit(Op.POP_TOP);
                }
                case "listcomp" -> {
                    visit(elt);
                    b().emit(Op.LIST_APPEND, depth);
                }
                case "setcomp" -> {
                    visit(elt);
                    b().emit(Op.SET_ADD, depth);
                }
                default -> {
                    visit(elt);
                    visit(value);
                    b().emit(Op.MAP_ADD, depth);
                }
            }
        }
        b().bind(ifCleanup);
        b().jump(Op.JUMP, start);
        if (gen.isAsync()) {
            c.u.fblocks.pop();
        }
        b().bind(anchor);
        if (gen.isAsync()) {
            b().emit(Op.END_ASYNC_FOR);
        }
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
        comprehension(e, "listcomp", e.generators(), e.elt(), null);
        return null;
    }

    @Override
    public Void visitSetComp(Expr.SetComp e) {
        comprehension(e, "setcomp", e.generators(), e.elt(), null);
        return null;
    }

    @Override
    public Void visitDictComp(Expr.DictComp e) {
        comprehension(e, "dictcomp", e.generators(), e.key(), e.value());
        return null;
    }

    @Override
    public Void visitGeneratorExp(Expr.GeneratorExp e) {
        comprehension(e, "genexpr", e.generators(), e.elt(), null);
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
        call(e);
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
