package org.loopscope.script.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Assignment and deletion targets. Targets are parsed as expressions and then given STORE or DEL context, as
 * CPython does; the helpers here find the first part that cannot be a target and name it the way CPython's
 * messages do ("cannot assign to function call", "cannot delete literal").
 */
final class Targets {

    /** Which statement the targets belong to (CPython's TARGETS_TYPE). */
    enum Kind { STAR, DEL, FOR }

    private Targets() {
    }

    /** CPython's _PyPegen_get_expr_name: how messages name an expression. */
    static String exprName(Expr e) {
        if (e instanceof Expr.Attribute) {
            return "attribute";
        } else if (e instanceof Expr.Subscript) {
            return "subscript";
        } else if (e instanceof Expr.Starred) {
            return "starred";
        } else if (e instanceof Expr.Name) {
            return "name";
        } else if (e instanceof Expr.ListExpr) {
            return "list";
        } else if (e instanceof Expr.Tuple) {
            return "tuple";
        } else if (e instanceof Expr.Lambda) {
            return "lambda";
        } else if (e instanceof Expr.Call) {
            return "function call";
        } else if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) {
            return "expression";
        } else if (e instanceof Expr.GeneratorExp) {
            return "generator expression";
        } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            return "yield expression";
        } else if (e instanceof Expr.Await) {
            return "await expression";
        } else if (e instanceof Expr.ListComp) {
            return "list comprehension";
        } else if (e instanceof Expr.SetComp) {
            return "set comprehension";
        } else if (e instanceof Expr.DictComp) {
            return "dict comprehension";
        } else if (e instanceof Expr.Dict) {
            return "dict literal";
        } else if (e instanceof Expr.SetExpr) {
            return "set display";
        } else if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            return "f-string expression";
        } else if (e instanceof Expr.Constant c) {
            Object v = c.value();
            if (v == Expr.Singleton.NONE) {
                return "None";
            } else if (Boolean.FALSE.equals(v)) {
                return "False";
            } else if (Boolean.TRUE.equals(v)) {
                return "True";
            } else if (v == Expr.Singleton.ELLIPSIS) {
                return "ellipsis";
            }
            return "literal";
        } else if (e instanceof Expr.Compare) {
            return "comparison";
        } else if (e instanceof Expr.IfExp) {
            return "conditional expression";
        } else if (e instanceof Expr.NamedExpr) {
            return "named expression";
        }
        return "expression";
    }

    /** CPython's _PyPegen_get_invalid_target: the first part of {@code e} that cannot be a target, or null. */
    static Expr invalidTarget(Expr e, Kind kind) {
        if (e instanceof Expr.ListExpr l) {
            return firstInvalid(l.elts(), kind);
        } else if (e instanceof Expr.Tuple tu) {
            return firstInvalid(tu.elts(), kind);
        } else if (e instanceof Expr.Starred s) {
            return kind == Kind.DEL ? e : invalidTarget(s.value(), kind);
        } else if (e instanceof Expr.Compare c) {
            if (kind == Kind.FOR) {
                // "for x in y" reaches here as the comparison "x in y".
                return c.ops().get(0) == CmpOperator.IN ? invalidTarget(c.left(), kind) : null;
            }
            return e;
        } else if (e instanceof Expr.Name || e instanceof Expr.Subscript || e instanceof Expr.Attribute) {
            return null;
        }
        return e;
    }

    private static Expr firstInvalid(List<Expr> elts, Kind kind) {
        for (Expr x : elts) {
            Expr bad = invalidTarget(x, kind);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    /** The same tree with the given context on every target node (Name, Attribute, Subscript, Starred, List, Tuple). */
    static Expr withCtx(Expr e, Ctx ctx) {
        if (e instanceof Expr.Name n) {
            return new Expr.Name(n.id(), ctx, n.span());
        } else if (e instanceof Expr.Attribute a) {
            return new Expr.Attribute(a.value(), a.attr(), ctx, a.span());
        } else if (e instanceof Expr.Subscript s) {
            return new Expr.Subscript(s.value(), s.slice(), ctx, s.span());
        } else if (e instanceof Expr.Starred s) {
            return new Expr.Starred(withCtx(s.value(), ctx), ctx, s.span());
        } else if (e instanceof Expr.ListExpr l) {
            return new Expr.ListExpr(all(l.elts(), ctx), ctx, l.span());
        } else if (e instanceof Expr.Tuple tu) {
            return new Expr.Tuple(all(tu.elts(), ctx), ctx, tu.span());
        }
        return e;
    }

    private static List<Expr> all(List<Expr> elts, Ctx ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            out.add(withCtx(x, ctx));
        }
        return out;
    }

    /** True for the expressions CPython's {@code bitwise_or} rule can produce (no and/or/not/comparison/ternary). */
    static boolean isBitwiseOrLevel(Expr e, ExpressionParser ex) {
        if (ex.isParenthesized(e)) {
            return true;
        }
        return !(e instanceof Expr.BoolOp || e instanceof Expr.Compare || e instanceof Expr.IfExp
                || e instanceof Expr.Lambda || e instanceof Expr.NamedExpr || e instanceof Expr.Yield
                || e instanceof Expr.YieldFrom || e instanceof Expr.Starred
                || (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.NOT)
                || (e instanceof Expr.Tuple && !ex.isBracketed(e)));
    }

    /**
     * True if {@code e} begins with a list, tuple or generator display or with True/None/False: CPython's
     * {@code !(list|tuple|genexp|'True'|'None'|'False')} lookahead before "cannot assign to ... here".
     */
    static boolean startsWithDisplayOrSingleton(Expr e, ExpressionParser ex) {
        Expr cur = e;
        while (true) {
            if (cur instanceof Expr.ListExpr || cur instanceof Expr.GeneratorExp
                    || (cur instanceof Expr.Tuple && ex.isBracketed(cur))) {
                return true;
            }
            if (cur instanceof Expr.Constant c && (c.value() instanceof Boolean || c.value() == Expr.Singleton.NONE)) {
                return true;
            }
            if (ex.isParenthesized(cur)) {
                return false;
            }
            if (cur instanceof Expr.BinOp b) {
                cur = b.left();
            } else if (cur instanceof Expr.Attribute a) {
                cur = a.value();
            } else if (cur instanceof Expr.Subscript s) {
                cur = s.value();
            } else if (cur instanceof Expr.Call c) {
                cur = c.func();
            } else {
                return false;
            }
        }
    }

    /**
     * star_targets for {@code for} loops and comprehensions: targets up to {@code in}. When they are not valid
     * targets, CPython's messages are found by re-reading them as expressions.
     */
    static Expr starTargets(ExpressionParser ex, TokenCursor t) {
        int mark = t.mark();
        Expr raw = targetList(ex, t);
        Expr bad = invalidTarget(raw, Kind.STAR);
        if (bad == null && t.check(TokenKind.IN)) {
            return withCtx(raw, Ctx.STORE);
        }
        if (ex.quiet == 0) {
            int after = t.mark();
            int furthest = t.furthestIndex();
            t.reset(mark);
            // CPython's invalid_for_target re-reads the targets with its error checks on.
            Expr asExpr;
            try {
                asExpr = ex.starExpressions();
            } catch (TokenCursor.Failure f) {
                asExpr = null;
            }
            if (asExpr != null) {
                Expr wrong = invalidTarget(asExpr, Kind.FOR);
                if (wrong != null) {
                    throw t.errorAt("cannot assign to " + exprName(wrong), wrong.span());
                }
            }
            t.reset(after);
            t.restoreFurthest(furthest);
        }
        throw t.fail();
    }

    /** A comma-separated list of possibly starred bitwise_or expressions, as a Tuple when there is a comma. */
    private static Expr targetList(ExpressionParser ex, TokenCursor t) {
        int start = t.mark();
        Expr first = starTarget(ex, t);
        if (!t.check(TokenKind.COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        Token last = t.previous();
        while (t.match(TokenKind.COMMA) != null) {
            last = t.previous();
            if (!ExpressionParser.canStartStarExpression(t.peek())) {
                break;
            }
            elts.add(starTarget(ex, t));
            last = t.previous();
        }
        return new Expr.Tuple(elts, Ctx.LOAD, t.tokenAt(start).span().to(last.span()));
    }

    /** One target: {@code *target} or a bitwise_or expression (validated by the caller). */
    static Expr starTarget(ExpressionParser ex, TokenCursor t) {
        Token star = t.match(TokenKind.STAR);
        Expr e = ex.bitwiseOr();
        return star == null ? e : new Expr.Starred(e, Ctx.LOAD, star.span().to(t.previous().span()));
    }
}
