package org.loopscope.script.compile;

import java.util.List;
import org.loopscope.script.compile.CodeBuilder.Label;
import org.loopscope.script.syntax.Comprehension;
import org.loopscope.script.syntax.Expr;

/**
 * Compiles comprehensions and generator expressions as CPython 3.11 does: a nested function of one argument (the
 * outermost iterator, evaluated in the enclosing scope), called at once; asynchronous ones are awaited.
 */
final class ComprehensionCompiler {

    private final Compiler c;
    private final ExpressionCompiler x;

    ComprehensionCompiler(Compiler c) {
        this.c = c;
        this.x = c.expressions;
    }

    private CodeBuilder b() {
        return c.u.b;
    }

    void compile(Expr e, String kind, List<Comprehension> gens, Expr elt, Expr value) {
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
        x.visit(first.iter());
        b().at(e.span());
        b().emit(first.isAsync() ? Op.GET_AITER : Op.GET_ITER);
        b().emit(Op.CALL, 1);
        if (isAsync && !generator) {
            x.awaitTop(0);
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
            x.visit(gen.iter());
            b().emit(gen.isAsync() ? Op.GET_AITER : Op.GET_ITER);
        }
        b().bind(start);
        CodeBuilder.HandlerBlock outer = b().handler();
        if (gen.isAsync()) {
            b().pushHandler(anchor);
            b().emit(Op.GET_ANEXT);
            x.awaitTop(0);
            b().setHandler(outer);
            c.u.fblocks.push(new Unit.FBlock(Unit.FBlock.Kind.ASYNC_COMPREHENSION_GENERATOR, start, null, null,
                    outer));
        } else {
            b().jump(Op.FOR_ITER, anchor);
        }
        x.store(gen.target());
        for (Expr cond : gen.ifs()) {
            x.jumpIf(cond, false, ifCleanup);
        }
        if (index + 1 < gens.size()) {
            generator(gens, index + 1, kind, elt, value);
        } else {
            int depth = index + 2;
            switch (kind) {
                case "genexpr" -> {
                    x.visit(elt);
                    b().emit(Op.YIELD_VALUE);
                    b().emit(Op.POP_TOP);
                }
                case "listcomp" -> {
                    x.visit(elt);
                    b().emit(Op.LIST_APPEND, depth);
                }
                case "setcomp" -> {
                    x.visit(elt);
                    b().emit(Op.SET_ADD, depth);
                }
                default -> {
                    x.visit(elt);
                    x.visit(value);
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
}
