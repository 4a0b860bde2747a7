package org.loopscope.script.compile;

import java.util.List;
import org.loopscope.script.compile.CodeBuilder.Label;
import org.loopscope.script.compile.Unit.FBlock;
import org.loopscope.script.syntax.Ctx;
import org.loopscope.script.syntax.ExceptHandler;
import org.loopscope.script.syntax.Span;
import org.loopscope.script.syntax.Stmt;

/**
 * Compiles the statements that open blocks (loops, {@code with}, {@code try}) with CPython 3.11's layout of
 * exception handlers, and the cleanup that {@code return}, {@code break} and {@code continue} emit for every open
 * block they leave.
 */
final class BlockCompiler {

    private final Compiler c;

    BlockCompiler(Compiler c) {
        this.c = c;
    }

    private CodeBuilder b() {
        return c.u.b;
    }

    private void body(List<Stmt> stmts) {
        c.statements.body(stmts);
    }

    private void expr(org.loopscope.script.syntax.Expr e) {
        c.expressions.visit(e);
    }

    /** Emits the cleanup of every open block up to the nearest loop (if {@code loop} is given) or the function. */
    void unwindStack(boolean preserveTos, FBlock[] loop, Span where) {
        if (c.u.fblocks.isEmpty()) {
            return;
        }
        FBlock top = c.u.fblocks.peek();
        if (top.kind() == FBlock.Kind.EXCEPTION_GROUP_HANDLER) {
            throw c.error(where, "'break', 'continue' and 'return' cannot appear in an except* block");
        }
        if (loop != null && (top.kind() == FBlock.Kind.WHILE_LOOP || top.kind() == FBlock.Kind.FOR_LOOP)) {
            loop[0] = top;
            return;
        }
        c.u.fblocks.pop();
        unwind(top, preserveTos);
        unwindStack(preserveTos, loop, where);
        c.u.fblocks.push(top);
    }

    void unwind(FBlock f, boolean preserveTos) {
        switch (f.kind()) {
            case WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR -> { }
            case FOR_LOOP -> {
                boolean owns = f.datum() == Boolean.TRUE;
                if (owns) {
                    b().setHandler(f.outer());
                }
                if (preserveTos) {
                    b().emit(Op.SWAP, 2);
                }
                b().emit(Op.POP_TOP, owns ? 2 : 0);
            }
            case TRY_EXCEPT -> b().setHandler(f.outer());
            case FINALLY_TRY -> {
                b().setHandler(f.outer());
                if (preserveTos) {
                    c.u.fblocks.push(new FBlock(FBlock.Kind.POP_VALUE, null, null, null, b().handler()));
                }
                @SuppressWarnings("unchecked")
                List<Stmt> finalbody = (List<Stmt>) f.datum();
                body(finalbody);
                if (preserveTos) {
                    c.u.fblocks.pop();
                }
            }
            case FINALLY_END -> {
                if (preserveTos) {
                    b().emit(Op.SWAP, 2);
                }
                b().emit(Op.POP_TOP);
                if (preserveTos) {
                    b().emit(Op.SWAP, 2);
                }
                b().setHandler(f.outer());
                b().emit(Op.POP_EXCEPT);
            }
            case WITH, ASYNC_WITH -> {
                b().setHandler(f.outer());
                if (preserveTos) {
                    b().emit(Op.SWAP, 2);
                }
                callExitWithNones(f.kind() == FBlock.Kind.ASYNC_WITH);
            }
            case HANDLER_CLEANUP -> {
                b().setHandler(f.outer());
                if (preserveTos) {
                    b().emit(Op.SWAP, 2);
                }
                b().emit(Op.POP_EXCEPT);
                if (f.datum() != null) {
                    c.loadNone();
                    c.nameOp((String) f.datum(), Ctx.STORE);
                    c.nameOp((String) f.datum(), Ctx.DEL);
                }
            }
            case POP_VALUE -> {
                if (preserveTos) {
                    b().emit(Op.SWAP, 2);
                }
                b().emit(Op.POP_TOP);
            }
            default -> throw new IllegalStateException(f.kind().toString());
        }
    }

    /** exit on top: calls exit(None, None, None) (awaiting it for async with) and drops the result. */
    private void callExitWithNones(boolean async) {
        c.loadNone();
        c.loadNone();
        c.loadNone();
        b().emit(Op.CALL, 3);
        if (async) {
            c.expressions.awaitTop(2);
        }
        b().emit(Op.POP_TOP);
    }

    void whileLoop(Stmt.While s) {
        Label loop = new Label();
        Label anchor = new Label();
        Label exit = new Label();
        b().bind(loop);
        c.expressions.jumpIf(s.test(), false, anchor);
        c.u.fblocks.push(new FBlock(FBlock.Kind.WHILE_LOOP, loop, exit, null, b().handler()));
        body(s.body());
        c.u.fblocks.pop();
        b().at(s.span());
        b().jump(Op.JUMP, loop);
        b().bind(anchor);
        body(s.orelse());
        b().bind(exit);
    }

    /**
     * A loop over a generator made for it ({@code for x in gen():}) owns that generator: when the loop is left
     * early (break, return, an exception) nothing else refers to it, and CPython finalizes it at once (closing a
     * generator, scheduling {@code aclose()} for an async one). Such loops mark the iterator (GET_ITER/GET_AITER
     * arg 1), drop it with POP_TOP arg 2, and have a handler that drops it before an exception leaves the loop.
     */
    static boolean ownsIterator(org.loopscope.script.syntax.Expr iter) {
        return iter instanceof org.loopscope.script.syntax.Expr.Call
                || iter instanceof org.loopscope.script.syntax.Expr.GeneratorExp;
    }

    void forLoop(Stmt.For s) {
        if (s.isAsync()) {
            asyncFor(s);
            return;
        }
        boolean owns = ownsIterator(s.iter());
        Label start = new Label();
        Label cleanup = new Label();
        Label exit = new Label();
        Label drop = owns ? new Label() : null;
        expr(s.iter());
        b().at(s.iter().span());
        b().emit(Op.GET_ITER, owns ? 1 : 0);
        CodeBuilder.HandlerBlock outer = b().handler();
        b().bind(start);
        if (owns) {
            b().pushHandler(drop);
        }
        b().at(s.target().span());
        b().jump(Op.FOR_ITER, cleanup);
        c.u.fblocks.push(new FBlock(FBlock.Kind.FOR_LOOP, start, exit, owns ? Boolean.TRUE : null, outer));
        c.expressions.store(s.target());
        body(s.body());
        c.u.fblocks.pop();
        b().at(s.span());
        b().jump(Op.JUMP, start);
        b().setHandler(outer);
        b().bind(cleanup);
        body(s.orelse());
        if (owns) {
            emitDrop(drop, exit);
        }
        b().bind(exit);
    }

    /** The handler of a loop that owns its iterator: drops it (finalizing it), then lets the exception go on. */
    private void emitDrop(Label drop, Label exit) {
        b().jump(Op.JUMP, exit);
        b().bind(drop);
        b().setPosition(CodeObject.Position.NONE);
        b().emit(Op.SWAP, 2);
        b().emit(Op.POP_TOP, 2);
        b().emit(Op.RERAISE);
    }

    private void asyncFor(Stmt.For s) {
        if (c.u.type != Unit.Type.ASYNC_FUNCTION && c.u.type != Unit.Type.COMPREHENSION) {
            throw c.error(s.span(), "'async for' outside async function");
        }
        boolean owns = ownsIterator(s.iter());
        Label start = new Label();
        Label except = new Label();
        Label exit = new Label();
        Label drop = owns ? new Label() : null;
        expr(s.iter());
        b().at(s.iter().span());
        b().emit(Op.GET_AITER, owns ? 1 : 0);
        CodeBuilder.HandlerBlock loopOuter = b().handler();
        b().bind(start);
        if (owns) {
            b().pushHandler(drop);
        }
        CodeBuilder.HandlerBlock outer = b().pushHandler(except);
        b().emit(Op.GET_ANEXT);
        c.expressions.awaitTop(0);
        b().setHandler(outer);
        c.u.fblocks.push(new FBlock(FBlock.Kind.FOR_LOOP, start, exit, owns ? Boolean.TRUE : null,
                owns ? loopOuter : outer));
        c.expressions.store(s.target());
        body(s.body());
        c.u.fblocks.pop();
        b().at(s.span());
        b().jump(Op.JUMP, start);
        b().setHandler(loopOuter);
        b().bind(except);
        b().at(s.iter().span());
        b().emit(Op.END_ASYNC_FOR);
        body(s.orelse());
        if (owns) {
            emitDrop(drop, exit);
        }
        b().bind(exit);
    }

    void with(Stmt.With s) {
        if (s.isAsync() && c.u.type != Unit.Type.ASYNC_FUNCTION) {
            throw c.error(s.span(), "'async with' outside async function");
        }
        with(s, 0);
    }

    private void with(Stmt.With s, int index) {
        var item = s.items().get(index);
        Label exceptional = new Label();
        Label cleanup = new Label();
        Label exit = new Label();
        expr(item.contextExpr());
        b().at(s.span());
        if (s.isAsync()) {
            b().emit(Op.BEFORE_ASYNC_WITH);
            c.expressions.awaitTop(1);
        } else {
            b().emit(Op.BEFORE_WITH);
        }
        int depthInside = b().depth() - 1;
        b().setDepth(depthInside);
        CodeBuilder.HandlerBlock outer = b().pushHandler(exceptional);
        b().setDepth(depthInside + 1);
        FBlock.Kind kind = s.isAsync() ? FBlock.Kind.ASYNC_WITH : FBlock.Kind.WITH;
        c.u.fblocks.push(new FBlock(kind, null, null, null, outer));
        if (item.optionalVars() != null) {
            c.expressions.store(item.optionalVars());
        } else {
            b().emit(Op.POP_TOP);
        }
        if (index + 1 < s.items().size()) {
            with(s, index + 1);
        } else {
            body(s.body());
        }
        c.u.fblocks.pop();
        b().setHandler(outer);
        b().at(s.span());
        callExitWithNones(s.isAsync());
        b().jump(Op.JUMP, exit);

        b().bind(exceptional);
        b().at(s.span());
        b().pushHandler(cleanup);
        b().emit(Op.PUSH_EXC_INFO);
        b().emit(Op.WITH_EXCEPT_START);
        if (s.isAsync()) {
            c.expressions.awaitTop(2);
        }
        Label suppress = new Label();
        b().jump(Op.POP_JUMP_IF_TRUE, suppress);
        b().emit(Op.RERAISE);
        b().bind(suppress);
        b().emit(Op.POP_TOP);
        b().setHandler(outer);
        b().emit(Op.POP_EXCEPT);
        b().emit(Op.POP_TOP);
        b().jump(Op.JUMP, exit);
        emitCleanup(cleanup, outer);
        b().bind(exit);
    }

    /** The handler for an exception raised while handling one: restore the old exception, re-raise. */
    private void emitCleanup(Label cleanup, CodeBuilder.HandlerBlock outer) {
        b().setHandler(outer);
        b().bind(cleanup);
        b().setPosition(CodeObject.Position.NONE);
        b().emit(Op.SWAP, 2);
        b().emit(Op.POP_EXCEPT);
        b().emit(Op.RERAISE);
    }

    void tryStatement(Stmt.Try s) {
        if (!s.finalbody().isEmpty()) {
            tryFinally(s);
        } else if (s.isStar()) {
            c.tryStar(s);
        } else {
            tryExcept(s);
        }
    }

    private void tryFinally(Stmt.Try s) {
        Label exceptional = new Label();
        Label cleanup = new Label();
        Label exit = new Label();
        CodeBuilder.HandlerBlock outer = b().pushHandler(exceptional);
        c.u.fblocks.push(new FBlock(FBlock.Kind.FINALLY_TRY, null, null, s.finalbody(), outer));
        if (!s.handlers().isEmpty()) {
            Stmt.Try inner = new Stmt.Try(s.body(), s.handlers(), s.orelse(), List.of(), s.isStar(), s.span());
            if (s.isStar()) {
                c.tryStar(inner);
            } else {
                tryExcept(inner);
            }
        } else {
            body(s.body());
        }
        c.u.fblocks.pop();
        b().setHandler(outer);
        body(s.finalbody());
        b().jump(Op.JUMP, exit);

        b().bind(exceptional);
        b().setPosition(CodeObject.Position.NONE);
        b().pushHandler(cleanup);
        b().emit(Op.PUSH_EXC_INFO);
        c.u.fblocks.push(new FBlock(FBlock.Kind.FINALLY_END, null, null, null, outer));
        body(s.finalbody());
        c.u.fblocks.pop();
        b().setPosition(CodeObject.Position.NONE);
        b().emit(Op.RERAISE);
        emitCleanup(cleanup, outer);
        b().bind(exit);
    }

    private void tryExcept(Stmt.Try s) {
        Label except = new Label();
        Label cleanup = new Label();
        Label end = new Label();
        CodeBuilder.HandlerBlock outer = b().pushHandler(except);
        c.u.fblocks.push(new FBlock(FBlock.Kind.TRY_EXCEPT, null, null, null, outer));
        body(s.body());
        c.u.fblocks.pop();
        b().setHandler(outer);
        body(s.orelse());
        b().jump(Op.JUMP, end);

        b().bind(except);
        b().setPosition(CodeObject.Position.NONE);
        b().pushHandler(cleanup);
        CodeBuilder.HandlerBlock cleanupHandler = b().handler();
        b().emit(Op.PUSH_EXC_INFO);
        c.u.fblocks.push(new FBlock(FBlock.Kind.EXCEPTION_HANDLER, null, null, null, outer));
        List<ExceptHandler> handlers = s.handlers();
        for (int i = 0; i < handlers.size(); i++) {
            ExceptHandler h = handlers.get(i);
            b().at(h.span());
            if (h.type() == null && i < handlers.size() - 1) {
                throw c.error(h.span(), "default 'except:' must be last");
            }
            Label next = new Label();
            if (h.type() != null) {
                expr(h.type());
                b().at(h.span());
                b().emit(Op.CHECK_EXC_MATCH);
                b().jump(Op.POP_JUMP_IF_FALSE, next);
            }
            if (h.name() != null) {
                c.nameOp(h.name(), Ctx.STORE);
                Label cleanupEnd = new Label();
                b().pushHandler(cleanupEnd);
                c.u.fblocks.push(new FBlock(FBlock.Kind.HANDLER_CLEANUP, null, null, h.name(), outer));
                body(h.body());
                c.u.fblocks.pop();
                b().setHandler(outer);
                b().setPosition(CodeObject.Position.NONE);
                b().emit(Op.POP_EXCEPT);
                c.loadNone();
                c.nameOp(h.name(), Ctx.STORE);
                c.nameOp(h.name(), Ctx.DEL);
                b().jump(Op.JUMP, end);

                b().setHandler(cleanupHandler);
                b().bind(cleanupEnd);
                c.loadNone();
                c.nameOp(h.name(), Ctx.STORE);
                c.nameOp(h.name(), Ctx.DEL);
                b().emit(Op.RERAISE);
            } else {
                b().emit(Op.POP_TOP);
                c.u.fblocks.push(new FBlock(FBlock.Kind.HANDLER_CLEANUP, null, null, null, outer));
                body(h.body());
                c.u.fblocks.pop();
                b().setHandler(outer);
                b().setPosition(CodeObject.Position.NONE);
                b().emit(Op.POP_EXCEPT);
                b().jump(Op.JUMP, end);
            }
            b().setHandler(cleanupHandler);
            b().bind(next);
        }
        c.u.fblocks.pop();
        b().setPosition(CodeObject.Position.NONE);
        b().emit(Op.RERAISE);
        emitCleanup(cleanup, outer);
        b().bind(end);
    }
}
