package org.loopscope.script.syntax;

import java.util.List;

/**
 * Statements, one record per kind, shaped like CPython's {@code ast} statement nodes. The async variants of
 * {@code def}, {@code for} and {@code with}, and {@code try}/{@code except*}, are flags on the plain records.
 * Lists are immutable; optional children are null (an absent {@code else} is an empty list).
 */
public sealed interface Stmt extends Node {

    /** Calls the visitor method for this node's kind. */
    <R> R accept(Visitor<R> v);

    /** {@code def} or {@code async def}; decorators in source order, {@code returns} the return annotation. */
    record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
                       boolean isAsync, Span span) implements Stmt {
        public FunctionDef {
            body = List.copyOf(body);
            decorators = List.copyOf(decorators);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitFunctionDef(this);
        }
    }

    /** {@code class Name(bases, keywords): body}. */
    record ClassDef(String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body, List<Expr> decorators,
                    Span span) implements Stmt {
        public ClassDef {
            bases = List.copyOf(bases);
            keywords = List.copyOf(keywords);
            body = List.copyOf(body);
            decorators = List.copyOf(decorators);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitClassDef(this);
        }
    }

    /** {@code return} or {@code return value}. */
    record Return(Expr value, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) {
            return v.visitReturn(this);
        }
    }

    /** {@code del a, b.c, d[e]}: targets in DEL context. */
    record Delete(List<Expr> targets, Span span) implements Stmt {
        public Delete {
            targets = List.copyOf(targets);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitDelete(this);
        }
    }

    /** {@code t1 = t2 = value}: targets in STORE context, left to right. */
    record Assign(List<Expr> targets, Expr value, Span span) implements Stmt {
        public Assign {
            targets = List.copyOf(targets);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitAssign(this);
        }
    }

    /** {@code target op= value}. */
    record AugAssign(Expr target, BinaryOperator op, Expr value, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) {
            return v.visitAugAssign(this);
        }
    }

    /** {@code target: annotation = value}; {@code simple} when the target is a bare unparenthesised name. */
    record AnnAssign(Expr target, Expr annotation, Expr value, boolean simple, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) {
            return v.visitAnnAssign(this);
        }
    }

    /** {@code for target in iter: body else: orelse}, or {@code async for}. */
    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, boolean isAsync, Span span)
            implements Stmt {
        public For {
            body = List.copyOf(body);
            orelse = List.copyOf(orelse);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitFor(this);
        }
    }

    /** {@code while test: body else: orelse}. */
    record While(Expr test, List<Stmt> body, List<Stmt> orelse, Span span) implements Stmt {
        public While {
            body = List.copyOf(body);
            orelse = List.copyOf(orelse);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitWhile(this);
        }
    }

    /** {@code if test: body else: orelse}; an {@code elif} is a single nested If in {@code orelse}. */
    record If(Expr test, List<Stmt> body, List<Stmt> orelse, Span span) implements Stmt {
        public If {
            body = List.copyOf(body);
            orelse = List.copyOf(orelse);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitIf(this);
        }
    }

    /** {@code with a as b, c: body}, or {@code async with}. */
    record With(List<WithItem> items, List<Stmt> body, boolean isAsync, Span span) implements Stmt {
        public With {
            items = List.copyOf(items);
            body = List.copyOf(body);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitWith(this);
        }
    }

    /** {@code raise}, {@code raise exc} or {@code raise exc from cause}. */
    record Raise(Expr exc, Expr cause, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) {
            return v.visitRaise(this);
        }
    }

    /** {@code try} with handlers, else and finally; {@code isStar} for {@code except*} (Python's TryStar). */
    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
               boolean isStar, Span span) implements Stmt {
        public Try {
            body = List.copyOf(body);
            handlers = List.copyOf(handlers);
            orelse = List.copyOf(orelse);
            finalbody = List.copyOf(finalbody);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitTry(this);
        }
    }

    /** {@code match subject:} with its cases in order. */
    record Match(Expr subject, List<MatchCase> cases, Span span) implements Stmt {
        public Match {
            cases = List.copyOf(cases);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitMatch(this);
        }
    }

    /** {@code assert test, msg}. */
    record Assert(Expr test, Expr msg, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) {
            return v.visitAssert(this);
        }
    }

    /** {@code import a.b as c, d}. */
    record Import(List<Alias> names, Span span) implements Stmt {
        public Import {
            names = List.copyOf(names);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitImport(this);
        }
    }

    /** {@code from module import names}; {@code level} counts leading dots, module is null for {@code from .}. */
    record ImportFrom(String module, List<Alias> names, int level, Span span) implements Stmt {
        public ImportFrom {
            names = List.copyOf(names);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitImportFrom(this);
        }
    }

    /** {@code global a, b}. */
    record Global(List<String> names, Span span) implements Stmt {
        public Global {
            names = List.copyOf(names);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitGlobal(this);
        }
    }

    /** {@code nonlocal a, b}. */
    record Nonlocal(List<String> names, Span span) implements Stmt {
        public Nonlocal {
            names = List.copyOf(names);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitNonlocal(this);
        }
    }

    /** An expression used as a statement (Python's {@code ast.Expr}). */
    record ExprStmt(Expr value, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) {
            return v.visitExprStmt(this);
        }
    }

    /** {@code pass}. */
    record Pass(Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) {
            return v.visitPass(this);
        }
    }

    /** {@code break}. */
    record Break(Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) {
            return v.visitBreak(this);
        }
    }

    /** {@code continue}. */
    record Continue(Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) {
            return v.visitContinue(this);
        }
    }

    /** One method per statement kind. */
    interface Visitor<R> {
        R visitFunctionDef(FunctionDef s);

        R visitClassDef(ClassDef s);

        R visitReturn(Return s);

        R visitDelete(Delete s);

        R visitAssign(Assign s);

        R visitAugAssign(AugAssign s);

        R visitAnnAssign(AnnAssign s);

        R visitFor(For s);

        R visitWhile(While s);

        R visitIf(If s);

        R visitWith(With s);

        R visitRaise(Raise s);

        R visitTry(Try s);

        R visitMatch(Match s);

        R visitAssert(Assert s);

        R visitImport(Import s);

        R visitImportFrom(ImportFrom s);

        R visitGlobal(Global s);

        R visitNonlocal(Nonlocal s);

        R visitExprStmt(ExprStmt s);

        R visitPass(Pass s);

        R visitBreak(Break s);

        R visitContinue(Continue s);
    }
}
