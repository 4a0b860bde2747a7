package org.loopscope.script.compile;

import java.util.List;
import org.loopscope.script.syntax.Expr;
import org.loopscope.script.syntax.Keyword;

/**
 * Compiles calls: method calls as LOAD_METHOD/CALL_METHOD, plain calls as CALL with KW_NAMES, calls with
 * {@code *args}/{@code **kwargs} as CALL_FUNCTION_EX, and the zero-argument {@code super()}.
 */
final class CallCompiler {

    private final Compiler c;
    private final ExpressionCompiler x;

    CallCompiler(Compiler c) {
        this.c = c;
        this.x = c.expressions;
    }

    private CodeBuilder b() {
        return c.u.b;
    }

    void call(Expr.Call e) {
        if (isZeroArgSuper(e)) {
            x.visit(e.func());
            Integer slot = c.u.scope.binding("__class__") == Scope.Binding.FREE ? c.u.slot("__class__") : null;
            b().at(e.span());
            b().emit(Op.SUPER_ARGS, slot == null ? 0xffffff : slot);
            b().emit(Op.CALL, 2);
            return;
        }
        boolean plain = e.args().stream().noneMatch(a -> a instanceof Expr.Starred)
                && e.keywords().stream().allMatch(k -> k.arg() != null);
        if (plain && e.func() instanceof Expr.Attribute a) {
            x.visit(a.value());
            b().at(a.span());
            b().emit(Op.LOAD_METHOD, b().name(c.mangle(a.attr())));
            for (Expr arg : e.args()) {
                x.visit(arg);
            }
            int n = e.args().size() + keywordValues(e.keywords());
            b().at(e.span());
            b().emit(Op.CALL_METHOD, n);
            return;
        }
        x.visit(e.func());
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
            x.visit(keywords.get(i).value());
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
                x.visit(a);
            }
            int n = pushed + args.size() + keywordValues(keywords);
            b().setPosition(at);
            b().emit(Op.CALL, n);
            return;
        }
        if (pushed == 0 && args.size() == 1 && args.get(0) instanceof Expr.Starred only) {
            x.visit(only.value());
        } else {
            b().emit(Op.BUILD_LIST, pushed);
            for (Expr a : args) {
                if (a instanceof Expr.Starred s) {
                    x.visit(s.value());
                    b().emit(Op.LIST_EXTEND, 1);
                } else {
                    x.visit(a);
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
                    x.visit(k.value());
                    b().setPosition(at);
                    b().emit(Op.DICT_MERGE, 1);
                } else {
                    c.loadConst(k.arg());
                    x.visit(k.value());
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
}
