package org.loopscope.script.compile;

import org.loopscope.script.compile.CodeBuilder.Label;
import org.loopscope.script.compile.Unit.FBlock;
import org.loopscope.script.syntax.Ctx;
import org.loopscope.script.syntax.ExceptHandler;
import org.loopscope.script.syntax.Stmt;

/**
 * Compiles {@code try ... except* ...} as CPython 3.11 does: each clause splits off the part of the exception
 * group it matches; what the clauses raise and what none matched are combined by PREP_RERAISE_STAR.
 */
final class TryStarCompiler {

    private final Compiler c;

    TryStarCompiler(Compiler c) {
        this.c = c;
    }

    private CodeBuilder b() {
        return c.u.b;
    }

    void compile(Stmt.Try s) {
        Label except = new Label();
        Label orelse = new Label();
        Label end = new Label();
        Label cleanup = new Label();
        Label reraiseStar = new Label();
        CodeBuilder.HandlerBlock outer = b().pushHandler(except);
        c.u.fblocks.push(new FBlock(FBlock.Kind.TRY_EXCEPT, null, null, null, outer));
        c.statements.body(s.body());
        c.u.fblocks.pop();
        b().setHandler(outer);
        b().jump(Op.JUMP, orelse);

        b().bind(except);
        b().setPosition(CodeObject.Position.NONE);
        b().pushHandler(cleanup);
        CodeBuilder.HandlerBlock cleanupHandler = b().handler();
        b().emit(Op.PUSH_EXC_INFO);
        c.u.fblocks.push(new FBlock(FBlock.Kind.EXCEPTION_GROUP_HANDLER, null, null, null, outer));
        int n = s.handlers().size();
        for (int i = 0; i < n; i++) {
            ExceptHandler h = s.handlers().get(i);
            b().at(h.span());
            Label handled = new Label();
            Label exceptWithError = new Label();
            Label noMatch = new Label();
            if (i == 0) {
                b().emit(Op.COPY, 1);
                b().emit(Op.BUILD_LIST, 0);
                b().emit(Op.SWAP, 2);
            }
            if (h.type() != null) {
                c.expressions.visit(h.type());
                b().at(h.span());
                b().emit(Op.CHECK_EG_MATCH);
                b().emit(Op.COPY, 1);
                b().jump(Op.POP_JUMP_IF_NONE, noMatch);
            }
            if (h.name() != null) {
                c.nameOp(h.name(), Ctx.STORE);
            } else {
                b().emit(Op.POP_TOP);
            }
            Label cleanupEnd = new Label();
            b().pushHandler(cleanupEnd);
            c.u.fblocks.push(new FBlock(FBlock.Kind.HANDLER_CLEANUP, null, null, h.name(), outer));
            c.statements.body(h.body());
            c.u.fblocks.pop();
            b().setHandler(cleanupHandler);
            b().setPosition(CodeObject.Position.NONE);
            if (h.name() != null) {
                clearName(h.name());
            }
            b().jump(Op.JUMP, handled);

            b().bind(cleanupEnd);
            if (h.name() != null) {
                clearName(h.name());
            }
            b().emit(Op.LIST_APPEND, 2);
            b().jump(Op.JUMP, exceptWithError);

            b().bind(handled);
            b().jump(Op.JUMP, exceptWithError);

            if (h.type() != null) {
                b().bind(noMatch);
                b().emit(Op.POP_TOP);
            }
            b().bind(exceptWithError);
            if (i == n - 1) {
                b().emit(Op.LIST_APPEND, 1);
                b().jump(Op.JUMP, reraiseStar);
            }
        }
        c.u.fblocks.pop();
        b().setPosition(CodeObject.Position.NONE);
        Label reraise = new Label();
        b().bind(reraiseStar);
        b().emit(Op.PREP_RERAISE_STAR);
        b().emit(Op.COPY, 1);
        b().jump(Op.POP_JUMP_IF_NOT_NONE, reraise);
        b().emit(Op.POP_TOP);
        b().setHandler(outer);
        b().emit(Op.POP_EXCEPT);
        b().jump(Op.JUMP, end);
        b().bind(reraise);
        b().emit(Op.SWAP, 2);
        b().emit(Op.POP_EXCEPT);
        b().emit(Op.RERAISE);
        b().setHandler(outer);
        b().bind(cleanup);
        b().emit(Op.SWAP, 2);
        b().emit(Op.POP_EXCEPT);
        b().emit(Op.RERAISE);
        b().bind(orelse);
        c.statements.body(s.orelse());
        b().bind(end);
    }

    private void clearName(String name) {
        c.loadNone();
        c.nameOp(name, Ctx.STORE);
        c.nameOp(name, Ctx.DEL);
    }
}
