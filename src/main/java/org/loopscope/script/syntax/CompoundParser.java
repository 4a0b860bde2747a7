package org.loopscope.script.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Compound statements: if/elif/else, while, for and async for, try/except/{@code except*}/else/finally, with and async
 * with, def and async def, class, decorators, match ({@link PatternParser}). Missing colons and missing indented
 * blocks get CPython's messages ("expected ':'", "expected an indented block after 'if' statement on line 3").
 */
final class CompoundParser {

    private final StatementParser sp;
    private final ExpressionParser ex;
    private final TokenCursor t;
    private final PatternParser patterns;

    CompoundParser(StatementParser sp) {
        this.sp = sp;
        this.ex = sp.ex;
        this.t = sp.t;
        this.patterns = new PatternParser(sp);
    }

    /** compound_stmt, or null when the next statement is a simple one. */
    Stmt compoundStatement() {
        Token tok = t.peek();
        return switch (tok.kind()) {
            case IF -> ifStatement();
            case WHILE -> whileStatement();
            case FOR -> forStatement(null);
            case TRY -> tryStatement();
            case WITH -> withStatement(null);
            case DEF -> functionDef(List.of(), null);
            case CLASS -> classDef(List.of());
            case AT -> decorated();
            case ASYNC -> asyncStatement();
            case NAME -> PatternParser.isSoftKeyword(tok, "match") ? patterns.matchStatement() : null;
            default -> null;
        };
    }

    /** A ':' that CPython requires only when the header is followed by NEWLINE ("expected ':'"). */
    private void colon() {
        if (t.check(TokenKind.NEWLINE)) {
            throw t.errorAtLastToken("expected ':'");
        }
        t.expect(TokenKind.COLON);
    }

    /** A ':' that CPython forces (&&':'): anything else is "expected ':'" at that token. */
    private void forcedColon() {
        forced(TokenKind.COLON);
    }

    private Token forced(TokenKind k) {
        Token tok = t.peek();
        if (!tok.is(k)) {
            Span s = tok.span();
            throw t.errorColumns("expected '" + k.text() + "'", s.line(), s.col() + 1, s.endLine(), s.endCol() + 1);
        }
        return t.advance();
    }

    private Span upTo(Token start) {
        return start.span().to(t.lastSignificant().span());
    }

    /** if_stmt: {@code if} with any number of {@code elif} and an optional {@code else}. */
    private Stmt ifStatement() {
        return ifStatement(false);
    }

    /** An if or (when {@code elif}) an elif statement with the rest of its chain. */
    private Stmt ifStatement(boolean elif) {
        Token kw = t.advance();
        Expr test = ex.namedExpression();
        colon();
        List<Stmt> body = sp.block(kw, "'" + kw.text() + "' statement");
        List<Stmt> orelse = List.of();
        if (t.check(TokenKind.ELIF)) {
            // elif_stmt is recursive in CPython's grammar: a long chain fills its parser stack (MemoryError); the
            // first elif costs one level more, the elif_stmt rule itself
            int levels = elif ? 1 : 2;
            t.enter(levels);
            try {
                orelse = List.of(ifStatement(true));
            } finally {
                t.leave(levels);
            }
        } else if (t.check(TokenKind.ELSE)) {
            orelse = elseBlock();
        }
        return new Stmt.If(test, body, orelse, upTo(kw));
    }

    /** else_block: {@code else: block}. */
    private List<Stmt> elseBlock() {
        Token kw = t.advance();
        forcedColon();
        return sp.block(kw, "'else' statement");
    }

    /** while_stmt. */
    private Stmt whileStatement() {
        Token kw = t.advance();
        Expr test = ex.namedExpression();
        colon();
        List<Stmt> body = sp.block(kw, "'while' statement");
        List<Stmt> orelse = t.check(TokenKind.ELSE) ? elseBlock() : List.of();
        return new Stmt.While(test, body, orelse, upTo(kw));
    }

    /** for_stmt: {@code [async] for targets in star_expressions: block [else: block]}. */
    private Stmt forStatement(Token async) {
        Token kw = t.advance();
        Expr target = Targets.starTargets(ex, t);
        t.expect(TokenKind.IN);
        Expr iter = ex.starExpressions();
        colon();
        List<Stmt> body = sp.block(kw, "'for' statement");
        List<Stmt> orelse = t.check(TokenKind.ELSE) ? elseBlock() : List.of();
        return new Stmt.For(target, iter, body, orelse, async != null, upTo(async != null ? async : kw));
    }

    /** try_stmt: handlers, except* handlers, else and finally, in CPython's combinations. */
    private Stmt tryStatement() {
        Token kw = t.advance();
        forcedColon();
        List<Stmt> body = sp.block(kw, "'try' statement");
        List<ExceptHandler> handlers = new ArrayList<>();
        Boolean star = null;
        while (t.check(TokenKind.EXCEPT)) {
            Token except = t.peek();
            boolean isStar = t.checkAhead(1, TokenKind.STAR);
            if (star != null && star != isStar) {
                if (isStar) {
                    throw t.errorRange("cannot have both 'except' and 'except*' on the same 'try'", except.span(),
                            t.peek(1).span());
                }
                throw t.errorAt("cannot have both 'except' and 'except*' on the same 'try'", except.span());
            }
            star = isStar;
            handlers.add(exceptBlock());
        }
        List<Stmt> orelse = List.of();
        List<Stmt> finalbody = List.of();
        if (!handlers.isEmpty() && t.check(TokenKind.ELSE)) {
            orelse = elseBlock();
        }
        if (t.check(TokenKind.FINALLY)) {
            Token fin = t.advance();
            forcedColon();
            finalbody = sp.block(fin, "'finally' statement");
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw t.errorAtLastToken("expected 'except' or 'finally' block");
        }
        return new Stmt.Try(body, handlers, orelse, finalbody, Boolean.TRUE.equals(star), upTo(kw));
    }

    /** except_block / except_star_block. */
    private ExceptHandler exceptBlock() {
        Token kw = t.advance();
        boolean isStar = t.match(TokenKind.STAR) != null;
        String what = isStar ? "'except*' statement" : "'except' statement";
        Expr type = null;
        String name = null;
        if (!t.check(TokenKind.COLON) || isStar) {
            if (isStar && (t.check(TokenKind.COLON) || t.check(TokenKind.NEWLINE))) {
                throw t.errorAtLastToken("expected one or more exception types");
            }
            type = ex.expression();
            if (t.check(TokenKind.COMMA)) {
                multipleTypes(type);
            }
            if (t.match(TokenKind.AS) != null) {
                name = AtomParser.identifier(t.expect(TokenKind.NAME));
            }
        }
        colon();
        List<Stmt> body = sp.block(kw, what);
        return new ExceptHandler(type, name, body, upTo(kw));
    }

    /** {@code except A, B:} must be written {@code except (A, B):}. */
    private void multipleTypes(Expr first) {
        int mark = t.mark();
        t.advance();
        Expr rest = ex.speculate(ex::expression);
        if (rest != null) {
            ex.quietly(ex::starExpressions);
            if (t.match(TokenKind.AS) != null) {
                t.match(TokenKind.NAME);
            }
            if (t.check(TokenKind.COLON)) {
                t.advance();
                throw t.errorStartingFrom("multiple exception types must be parenthesized", first.span());
            }
        }
        t.reset(mark);
        throw t.fail();
    }

    /** with_stmt: items in parentheses or not, each {@code expression [as star_target]}. */
    private Stmt withStatement(Token async) {
        Token kw = t.advance();
        List<WithItem> items = null;
        if (t.check(TokenKind.LPAR)) {
            items = ex.speculate(this::parenthesizedWithItems);
            if (items != null) {
                parenthesizedWithItems();
            }
        }
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (t.match(TokenKind.COMMA) != null);
        }
        colon();
        List<Stmt> body = sp.block(kw, "'with' statement");
        return new Stmt.With(items, body, async != null, upTo(async != null ? async : kw));
    }

    /** {@code ( with_item, ... [,] ) :} as CPython tries it first. */
    private List<WithItem> parenthesizedWithItems() {
        t.expect(TokenKind.LPAR);
        List<WithItem> items = new ArrayList<>();
        do {
            if (t.check(TokenKind.RPAR) && !items.isEmpty()) {
                break;
            }
            items.add(withItem());
        } while (t.match(TokenKind.COMMA) != null);
        t.expect(TokenKind.RPAR);
        if (!t.check(TokenKind.COLON) && !t.check(TokenKind.NEWLINE)) {
            throw t.fail();
        }
        return items;
    }

    /** with_item: {@code expression ['as' star_target]}. */
    private WithItem withItem() {
        int start = t.mark();
        Expr context = ex.expression();
        if (t.match(TokenKind.AS) == null) {
            return new WithItem(context, null, ex.from(start));
        }
        Expr target = Targets.starTarget(ex, t);
        Expr bad = Targets.invalidTarget(target, Targets.Kind.STAR);
        if (bad != null && (t.check(TokenKind.COMMA) || t.check(TokenKind.RPAR) || t.check(TokenKind.COLON))) {
            throw t.errorAt("cannot assign to " + Targets.exprName(bad), bad.span());
        }
        if (bad != null) {
            throw t.fail();
        }
        return new WithItem(context, Targets.withCtx(target, Ctx.STORE), ex.from(start));
    }

    /** decorators followed by a def or class. */
    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (t.match(TokenKind.AT) != null) {
            decorators.add(ex.namedExpression());
            t.expect(TokenKind.NEWLINE);
        }
        if (t.check(TokenKind.DEF)) {
            return functionDef(decorators, null);
        }
        if (t.check(TokenKind.CLASS)) {
            return classDef(decorators);
        }
        if (t.check(TokenKind.ASYNC) && t.checkAhead(1, TokenKind.DEF)) {
            return functionDef(decorators, t.advance());
        }
        throw t.fail();
    }

    /** {@code async def}, {@code async for}, {@code async with}. */
    private Stmt asyncStatement() {
        Token async = t.advance();
        return switch (t.peek().kind()) {
            case DEF -> functionDef(List.of(), async);
            case FOR -> forStatement(async);
            case WITH -> withStatement(async);
            default -> throw t.fail();
        };
    }

    /** function_def: {@code [async] def NAME(params) [-> expression]: block}. */
    private Stmt functionDef(List<Expr> decorators, Token async) {
        Token kw = t.advance();
        Token name = t.expect(TokenKind.NAME);
        Token open = forced(TokenKind.LPAR);
        Arguments args = ex.parameters.defParameters(open);
        t.expect(TokenKind.RPAR);
        Expr returns = null;
        if (t.match(TokenKind.RARROW) != null) {
            returns = ex.expression();
        }
        forcedColon();
        List<Stmt> body = sp.block(kw, "function definition");
        return new Stmt.FunctionDef(AtomParser.identifier(name), args, body, decorators, returns, async != null,
                upTo(async != null ? async : kw));
    }

    /** class_def: {@code class NAME[(arguments)]: block}. */
    private Stmt classDef(List<Expr> decorators) {
        Token kw = t.advance();
        Token name = t.expect(TokenKind.NAME);
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        Token open = t.match(TokenKind.LPAR);
        if (open != null) {
            ArgumentParser.Args args = ex.arguments.arguments();
            Token close = t.expect(TokenKind.RPAR);
            bases = ArgumentParser.withGeneratorSpan(args.positional(), open, close);
            keywords = args.keywords();
        }
        colon();
        List<Stmt> body = sp.block(kw, "class definition");
        return new Stmt.ClassDef(AtomParser.identifier(name), bases, keywords, body, decorators, upTo(kw));
    }
}
