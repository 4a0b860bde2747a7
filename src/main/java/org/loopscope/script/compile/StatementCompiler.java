package org.loopscope.script.compile;

import java.util.List;
import org.loopscope.script.compile.CodeBuilder.Label;
import org.loopscope.script.compile.Unit.FBlock;
import org.loopscope.script.syntax.Alias;
import org.loopscope.script.syntax.Ctx;
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
        c.calls.callRest(2, s.bases(), s.keywords());
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
        c.blocks.unwindStack(true, null, where);
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
                c.annotation(s.annotation());
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
        if (!(s.target() instanceof Expr.Name) && (c.u.type == Unit.Type.MODULE || c.u.type == Unit.Type.CLASS)
                && !c.stringAnnotations) {
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
        c.blocks.unwindStack(false, loop, s.span());
        if (loop[0] == null) {
            throw c.error(s.span(), "'break' outside loop");
        }
        c.blocks.unwind(loop[0], false);
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
        c.blocks.unwindStack(false, loop, s.span());
        if (loop[0] == null) {
            throw c.error(s.span(), "'continue' not properly in loop");
        }
        b().jump(Op.JUMP, loop[0].block());
        b().setHandler(handler);
        b().setDepth(depth);
        return null;
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
        c.blocks.whileLoop(s);
        return null;
    }

    @Override
    public Void visitFor(Stmt.For s) {
        c.blocks.forLoop(s);
        return null;
    }

    @Override
    public Void visitWith(Stmt.With s) {
        c.blocks.with(s);
        return null;
    }

    @Override
    public Void visitMatch(Stmt.Match s) {
        c.matches.match(s);
        return null;
    }

    @Override
    public Void visitTry(Stmt.Try s) {
        c.blocks.tryStatement(s);
        return null;
    }
}
