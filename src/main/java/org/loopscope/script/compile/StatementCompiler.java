package org.loopscope.script.compile;

import java.util.List;
import org.loopscope.script.compile.CodeBuilder.Label;
import org.loopscope.script.compile.Unit.FBlock;
import org.loopscope.script.syntax.Alias;
import org.loopscope.script.syntax.Ctx;
import org.loopscope.script.syntax.ExceptHandler;
import org.loopscope.script.syntax.Expr;
import org.loopscope.script.syntax.Span;
import org.loopscope.script.syntax.Stmt;

/** Compiles statements (CPython's {@code compiler_visit_stmt} and friends). */
final class StatementCompiler implements Stmt.Visitor<Void> {

    private final Compiler c;

    StatementCompiler(Compiler c) {
        this.c = c;
    }

    private CodeBuilder b() {
        return c.u.b;
    }

    void body(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            visit(s);
        }
    }

    void visit(Stmt s) {
        CodeObject.Position old = b().at(s.span());
        s.accept(this);
        b().restore(old);
    }

    private void expr(Expr e) {
        c.expressions.visit(e);
    }

    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt es && es.value() instanceof Expr.Constant k
                && k.value() instanceof String s) {
            return s;
        }
        return null;
    }

    // ---- definitions

    @Override
    public Void visitFunctionDef(Stmt.FunctionDef s) {
        for (Expr d : s.decorators()) {
            expr(d);
        }
        b().at(s.span());
        int firstLine = s.decorators().isEmpty() ? s.span().line() : s.decorators().get(0).span().line();
        int flags = c.argumentDefaults(s.args()) | c.annotations(s.args(), s.returns());
        Scope scope = c.scopeOf(s);
        c.enter(scope, s.isAsync() ? Unit.Type.ASYNC_FUNCTION : Unit.Type.FUNCTION, s.name(),
                c.qualnameFor(s.name()), c.u.privateName, firstLine);
        b().at(s.span());
        String doc = docstring(s.body());
        List<Stmt> rest = doc != null ? s.body().subList(1, s.body().size()) : s.body();
        body(rest);
        implicitReturn(s.body());
        c.docOf = doc;
        CodeObject code = c.exit(s.span(), s.args());
        c.makeFunction(code, flags);
        applyDecorators(s.decorators());
        c.nameOp(s.name(), Ctx.STORE);
        return null;
    }

    private void implicitReturn(List<Stmt> body) {
        Stmt last = body.get(body.size() - 1);
        b().at(new Span(last.span().endLine(), last.span().col(), last.span().endLine(), last.span().col()));
        b().setPosition(CodeObject.Position.NONE);
        c.loadNone();
        b().emit(Op.RETURN_VALUE);
    }

    private void applyDecorators(List<Expr> decorators) {
        for (int i = decorators.size() - 1; i >= 0; i--) {
            CodeObject.Position old = b().at(decorators.get(i).span());
            b().emit(Op.CALL, 1);
            b().restore(old);
        }
    }

    @Override
    public Void visitClassDef(Stmt.ClassDef s) {
        for (Expr d : s.decorators()) {
            expr(d);
        }
        b().at(s.span());
        int firstLine = s.decorators().isEmpty() ? s.span().line() : s.decorators().get(0).span().line();
        b().emit(Op.LOAD_BUILD_CLASS);
        Scope scope = c.scopeOf(s);
        String qualname = c.qualnameFor(s.name());
        c.enter(scope, Unit.Type.CLASS, s.name(), qualname, s.name(), firstLine);
        b().at(s.span());
        b().emit(Op.LOAD_NAME, b().name("__name__"));
        b().emit(Op.STORE_NAME, b().name("__module__"));
        c.loadConst(qualname);
        b().emit(Op.STORE_NAME, b().name("__qualname__"));
        String doc = docstring(s.body());
        List<Stmt> rest = s.body();
        if (doc != null) {
            c.loadConst(doc);
            b().emit(Op.STORE_NAME, b().name("__doc__"));
            rest = s.body().subList(1, s.body().size());
        }
        if (Compiler.hasSimpleAnnotations(rest)) {
            b().emit(Op.SETUP_ANNOTATIONS);
        }
        body(rest);
        b().setPosition(CodeObject.Position.NONE);
        if (scope.needsClassClosure) {
            b().emit(Op.LOAD_CLOSURE, c.u.slot("__class__"));
            b().emit(Op.COPY, 1);
            b().emit(Op.STORE_NAME, b().name("__classcell__"));
        } else {
            c.loadNone();
        }
        b().emit(Op.RETURN_VALUE);
        CodeObject code = c.exit(s.span(), null);
        c.makeFunction(code, 0);
        c.loadConst(s.name());
        c.expressions.callRest(2, s.bases(), s.keywords());
        applyDecorators(s.decorators());
        c.nameOp(s.name(), Ctx.STORE);
        return null;
    }

    // ---- simple statements

    @Override
    public Void visitReturn(Stmt.Return s) {
        if (!c.u.isFunctionBlock()) {
            throw c.error(s.span(), "'return' outside function");
        }
        if (s.value() != null && c.u.scope.coroutine && c.u.scope.generator) {
            throw c.error(s.span(), "'return' with value in async generator");
        }
        if (s.value() != null) {
            expr(s.value());
        } else {
            c.loadNone();
        }
        int depth = b().depth();
        CodeBuilder.HandlerBlock handler = b().handler();
        Span where = s.value() instanceof Expr.Constant k ? k.span() : s.span();
        unwindStack(true, null, where);
        b().emit(Op.RETURN_VALUE);
        b().setHandler(handler);
        b().setDepth(depth - 1);
        return null;
    }

    @Override
    public Void visitDelete(Stmt.Delete s) {
        for (Expr t : s.targets()) {
            c.expressions.delete(t);
        }
        return null;
    }

    @Override
    public Void visitAssign(Stmt.Assign s) {
        expr(s.value());
        for (int i = 0; i < s.targets().size(); i++) {
            if (i < s.targets().size() - 1) {
                b().emit(Op.COPY, 1);
            }
            c.expressions.store(s.targets().get(i));
        }
        return null;
    }

    @Override
    public Void visitAugAssign(Stmt.AugAssign s) {
        c.expressions.augAssign(s);
        return null;
    }

    @Override
    public Void visitAnnAssign(Stmt.AnnAssign s) {
        if (s.value() != null) {
            expr(s.value());
            c.expressions.store(s.target());
        }
        if (s.target() instanceof Expr.Name n) {
            if (s.simple() && (c.u.type == Unit.Type.MODULE || c.u.type == Unit.Type.CLASS)) {
                expr(s.annotation());
                b().emit(Op.STORE_ANNOTATION, b().name(c.mangle(n.id())));
            }
        } else if (s.target() instanceof Expr.Attribute a) {
            if (s.value() == null) {
                expr(a.value());
                b().emit(Op.POP_TOP);
            }
        } else if (s.target() instanceof Expr.Subscript sub) {
            if (s.value() == null) {
                expr(sub.value());
                b().emit(Op.POP_TOP);
                c.expressions.slice(sub.slice());
                b().emit(Op.POP_TOP);
            }
        }
        if (!(s.target() instanceof Expr.Name) && (c.u.type == Unit.Type.MODULE || c.u.type == Unit.Type.CLASS)) {
            expr(s.annotation());
            b().emit(Op.POP_TOP);
        }
        return null;
    }

    @Override
    public Void visitRaise(Stmt.Raise s) {
        int n = 0;
        if (s.exc() != null) {
            expr(s.exc());
            n = 1;
            if (s.cause() != null) {
                expr(s.cause());
                n = 2;
            }
        }
        b().at(s.span());
        b().emit(Op.RAISE_VARARGS, n);
        return null;
    }

    @Override
    public Void visitAssert(Stmt.Assert s) {
        Label end = new Label();
        c.expressions.jumpIf(s.test(), true, end);
        b().at(s.test().span());
        b().emit(Op.LOAD_ASSERTION_ERROR);
        if (s.msg() != null) {
            expr(s.msg());
            b().at(s.test().span());
            b().emit(Op.CALL, 1);
        }
        b().emit(Op.RAISE_VARARGS, 1);
        b().bind(end);
        return null;
    }

    @Override
    public Void visitImport(Stmt.Import s) {
        for (Alias a : s.names()) {
            b().at(a.span());
            c.loadConst(java.math.BigInteger.ZERO);
            c.loadNone();
            b().emit(Op.IMPORT_NAME, b().name(a.name()));
            if (a.asname() != null) {
                String[] parts = a.name().split("\\.");
                if (parts.length > 1) {
                    for (int i = 1; i < parts.length; i++) {
                        b().emit(Op.IMPORT_FROM, b().name(parts[i]));
                        b().emit(Op.SWAP, 2);
                        b().emit(Op.POP_TOP);
                    }
                }
                c.nameOp(a.asname(), Ctx.STORE);
            } else {
                String top = a.name().split("\\.")[0];
                c.nameOp(top, Ctx.STORE);
            }
        }
        return null;
    }

    @Override
    public Void visitImportFrom(Stmt.ImportFrom s) {
        c.loadConst(java.math.BigInteger.valueOf(s.level()));
        String[] fromlist = s.names().stream().map(Alias::name).toArray(String[]::new);
        b().emit(Op.LOAD_CONST, b().identityConstant(fromlist));
        String moduleName = s.module() == null ? "" : s.module();
        b().emit(Op.IMPORT_NAME, b().name(moduleName));
        if (fromlist.length == 1 && fromlist[0].equals("*")) {
            b().emit(Op.IMPORT_STAR);
            return null;
        }
        for (Alias a : s.names()) {
            b().at(a.span());
            b().emit(Op.IMPORT_FROM, b().name(a.name()));
            c.nameOp(a.asname() != null ? a.asname() : a.name(), Ctx.STORE);
        }
        b().at(s.span());
        b().emit(Op.POP_TOP);
        return null;
    }

    @Override
    public Void visitGlobal(Stmt.Global s) {
        return null;
    }

    @Override
    public Void visitNonlocal(Stmt.Nonlocal s) {
        return null;
    }

    @Override
    public Void visitExprStmt(Stmt.ExprStmt s) {
        if (s.value() instanceof Expr.Constant) {
            return null;
        }
        expr(s.value());
        b().at(s.span());
        b().emit(Op.POP_TOP, s.value() instanceof Expr.Call ? 1 : 0);
        return null;
    }

    @Override
    public Void visitPass(Stmt.Pass s) {
        return null;
    }

    @Override
    public Void visitBreak(Stmt.Break s) {
        int depth = b().depth();
        CodeBuilder.HandlerBlock handler = b().handler();
        FBlock[] loop = new FBlock[1];
        unwindStack(false, loop, s.span());
        if (loop[0] == null) {
            throw c.error(s.span(), "'break' outside loop");
        }
        unwind(loop[0], false);
        b().jump(Op.JUMP, loop[0].exit());
        b().setHandler(handler);
        b().setDepth(depth);
        return null;
    }

    @Override
    public Void visitContinue(Stmt.Continue s) {
        int depth = b().depth();
        CodeBuilder.HandlerBlock handler = b().handler();
        FBlock[] loop = new FBlock[1];
        unwindStack(false, loop, s.span());
        if (loop[0] == null) {
            throw c.error(s.span(), "'continue' not properly in loop");
        }
        b().jump(Op.JUMP, loop[0].block());
        b().setHandler(handler);
        b().setDepth(depth);
        return null;
    }

    // ---- unwinding for return, break and continue

    /** Emits the cleanup of every open block up to the nearest loop (if {@code loop} is given) or the function. */
    private void unwindStack(boolean preserveTos, FBlock[] loop, Span where) {
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

    private void unwind(FBlock f, boolean preserveTos) {
        switch (f.kind()) {
            case WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR -> { }
            case FOR_LOOP -> {
                if (preserveTos) {
                    b().emit(Op.SWAP, 2);
                }
                b().emit(Op.POP_TOP);
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

    // ---- compound statements

    @Override
    public Void visitIf(Stmt.If s) {
        Label end = new Label();
        Label next = s.orelse().isEmpty() ? end : new Label();
        c.expressions.jumpIf(s.test(), false, next);
        body(s.body());
        if (!s.orelse().isEmpty()) {
            b().jump(Op.JUMP, end);
            b().bind(next);
            body(s.orelse());
        }
        b().bind(end);
        return null;
    }

    @Override
    public Void visitWhile(Stmt.While s) {
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
        return null;
    }

    @Override
    public Void visitFor(Stmt.For s) {
        if (s.isAsync()) {
            asyncFor(s);
            return null;
        }
        Label start = new Label();
        Label cleanup = new Label();
        Label exit = new Label();
        expr(s.iter());
        b().at(s.iter().span());
        b().emit(Op.GET_ITER);
        b().bind(start);
        b().at(s.target().span());
        b().jump(Op.FOR_ITER, cleanup);
        c.u.fblocks.push(new FBlock(FBlock.Kind.FOR_LOOP, start, exit, null, b().handler()));
        c.expressions.store(s.target());
        body(s.body());
        c.u.fblocks.pop();
        b().at(s.span());
        b().jump(Op.JUMP, start);
        b().bind(cleanup);
        body(s.orelse());
        b().bind(exit);
        return null;
    }

    private void asyncFor(Stmt.For s) {
        if (c.u.type != Unit.Type.ASYNC_FUNCTION && c.u.type != Unit.Type.COMPREHENSION) {
            throw c.error(s.span(), "'async for' outside async function");
        }
        Label start = new Label();
        Label except = new Label();
        Label exit = new Label();
        expr(s.iter());
        b().at(s.iter().span());
        b().emit(Op.GET_AITER);
        b().bind(start);
        CodeBuilder.HandlerBlock outer = b().pushHandler(except);
        b().emit(Op.GET_ANEXT);
        c.expressions.awaitTop(0);
        b().setHandler(outer);
        c.u.fblocks.push(new FBlock(FBlock.Kind.FOR_LOOP, start, exit, null, outer));
        c.expressions.store(s.target());
        body(s.body());
        c.u.fblocks.pop();
        b().at(s.span());
        b().jump(Op.JUMP, start);
        b().bind(except);
        b().at(s.iter().span());
        b().emit(Op.END_ASYNC_FOR);
        body(s.orelse());
        b().bind(exit);
    }

    @Override
    public Void visitWith(Stmt.With s) {
        if (s.isAsync() && c.u.type != Unit.Type.ASYNC_FUNCTION) {
            throw c.error(s.span(), "'async with' outside async function");
        }
        with(s, 0);
        return null;
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

    @Override
    public Void visitTry(Stmt.Try s) {
        if (!s.finalbody().isEmpty()) {
            tryFinally(s);
        } else if (s.isStar()) {
            c.tryStar(s);
        } else {
            tryExcept(s);
        }
        return null;
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
