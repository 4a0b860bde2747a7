package org.loopscope.script.syntax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Small helpers over nodes: immutable copies and the list of a node's children in source order. */
public final class Nodes {

    private Nodes() {
    }

    /** An immutable copy of a list that may hold nulls (dict keys, keyword-only defaults). */
    static <T> List<T> copyWithNulls(List<T> list) {
        return Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** The direct children of a node, in source order (absent optional children left out). */
    public static List<Node> children(Node n) {
        List<Node> out = new ArrayList<>();
        if (n instanceof Stmt s) {
            stmtChildren(s, out);
        } else if (n instanceof Expr e) {
            exprChildren(e, out);
        } else if (n instanceof Arguments a) {
            List<Arg> positional = new ArrayList<>(a.posonlyargs());
            positional.addAll(a.args());
            int firstDefault = positional.size() - a.defaults().size();
            for (int i = 0; i < positional.size(); i++) {
                add(out, positional.get(i));
                if (i >= firstDefault) {
                    add(out, a.defaults().get(i - firstDefault));
                }
            }
            add(out, a.vararg());
            for (int i = 0; i < a.kwonlyargs().size(); i++) {
                add(out, a.kwonlyargs().get(i));
                add(out, a.kwDefaults().get(i));
            }
            add(out, a.kwarg());
        } else if (n instanceof Arg a) {
            add(out, a.annotation());
        } else if (n instanceof Keyword k) {
            add(out, k.value());
        } else if (n instanceof WithItem w) {
            add(out, w.contextExpr(), w.optionalVars());
        } else if (n instanceof Comprehension c) {
            add(out, c.target(), c.iter());
            out.addAll(c.ifs());
        } else if (n instanceof ExceptHandler h) {
            add(out, h.type());
            out.addAll(h.body());
        } else if (n instanceof MatchCase c) {
            add(out, c.pattern(), c.guard());
            out.addAll(c.body());
        } else if (n instanceof Pattern p) {
            patternChildren(p, out);
        }
        return out;
    }

    private static void add(List<Node> out, Node... nodes) {
        for (Node x : nodes) {
            if (x != null) {
                out.add(x);
            }
        }
    }

    private static void stmtChildren(Stmt s, List<Node> out) {
        if (s instanceof Stmt.FunctionDef d) {
            out.addAll(d.decorators());
            add(out, d.args(), d.returns());
            out.addAll(d.body());
        } else if (s instanceof Stmt.ClassDef c) {
            out.addAll(c.decorators());
            out.addAll(c.bases());
            out.addAll(c.keywords());
            out.addAll(c.body());
        } else if (s instanceof Stmt.Return r) {
            add(out, r.value());
        } else if (s instanceof Stmt.Delete d) {
            out.addAll(d.targets());
        } else if (s instanceof Stmt.Assign a) {
            out.addAll(a.targets());
            add(out, a.value());
        } else if (s instanceof Stmt.AugAssign a) {
            add(out, a.target(), a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            add(out, a.target(), a.annotation(), a.value());
        } else if (s instanceof Stmt.For f) {
            add(out, f.target(), f.iter());
            out.addAll(f.body());
            out.addAll(f.orelse());
        } else if (s instanceof Stmt.While w) {
            add(out, w.test());
            out.addAll(w.body());
            out.addAll(w.orelse());
        } else if (s instanceof Stmt.If i) {
            add(out, i.test());
            out.addAll(i.body());
            out.addAll(i.orelse());
        } else if (s instanceof Stmt.With w) {
            out.addAll(w.items());
            out.addAll(w.body());
        } else if (s instanceof Stmt.Raise r) {
            add(out, r.exc(), r.cause());
        } else if (s instanceof Stmt.Try t) {
            out.addAll(t.body());
            out.addAll(t.handlers());
            out.addAll(t.orelse());
            out.addAll(t.finalbody());
        } else if (s instanceof Stmt.Assert a) {
            add(out, a.test(), a.msg());
        } else if (s instanceof Stmt.Import i) {
            out.addAll(i.names());
        } else if (s instanceof Stmt.ImportFrom i) {
            out.addAll(i.names());
        } else if (s instanceof Stmt.ExprStmt e) {
            add(out, e.value());
        } else if (s instanceof Stmt.Match m) {
            add(out, m.subject());
            out.addAll(m.cases());
        }
    }

    private static void patternChildren(Pattern p, List<Node> out) {
        if (p instanceof Pattern.MatchValue v) {
            add(out, v.value());
        } else if (p instanceof Pattern.MatchSequence s) {
            out.addAll(s.patterns());
        } else if (p instanceof Pattern.MatchMapping m) {
            for (int i = 0; i < m.keys().size(); i++) {
                add(out, m.keys().get(i), m.patterns().get(i));
            }
        } else if (p instanceof Pattern.MatchClass c) {
            add(out, c.cls());
            out.addAll(c.patterns());
            out.addAll(c.kwdPatterns());
        } else if (p instanceof Pattern.MatchAs a) {
            add(out, a.pattern());
        } else if (p instanceof Pattern.MatchOr o) {
            out.addAll(o.patterns());
        }
    }

    private static void exprChildren(Expr e, List<Node> out) {
        if (e instanceof Expr.BoolOp b) {
            out.addAll(b.values());
        } else if (e instanceof Expr.NamedExpr n) {
            add(out, n.target(), n.value());
        } else if (e instanceof Expr.BinOp b) {
            add(out, b.left(), b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            add(out, u.operand());
        } else if (e instanceof Expr.Lambda l) {
            add(out, l.args(), l.body());
        } else if (e instanceof Expr.IfExp i) {
            add(out, i.body(), i.test(), i.orelse());
        } else if (e instanceof Expr.Dict d) {
            for (int i = 0; i < d.values().size(); i++) {
                add(out, d.keys().get(i), d.values().get(i));
            }
        } else if (e instanceof Expr.SetExpr s) {
            out.addAll(s.elts());
        } else if (e instanceof Expr.ListComp c) {
            add(out, c.elt());
            out.addAll(c.generators());
        } else if (e instanceof Expr.SetComp c) {
            add(out, c.elt());
            out.addAll(c.generators());
        } else if (e instanceof Expr.DictComp c) {
            add(out, c.key(), c.value());
            out.addAll(c.generators());
        } else if (e instanceof Expr.GeneratorExp g) {
            add(out, g.elt());
            out.addAll(g.generators());
        } else if (e instanceof Expr.Await a) {
            add(out, a.value());
        } else if (e instanceof Expr.Yield y) {
            add(out, y.value());
        } else if (e instanceof Expr.YieldFrom y) {
            add(out, y.value());
        } else if (e instanceof Expr.Compare c) {
            add(out, c.left());
            out.addAll(c.comparators());
        } else if (e instanceof Expr.Call c) {
            add(out, c.func());
            out.addAll(c.args());
            out.addAll(c.keywords());
        } else if (e instanceof Expr.FormattedValue f) {
            add(out, f.value(), f.formatSpec());
        } else if (e instanceof Expr.JoinedStr j) {
            out.addAll(j.values());
        } else if (e instanceof Expr.Attribute a) {
            add(out, a.value());
        } else if (e instanceof Expr.Subscript s) {
            add(out, s.value(), s.slice());
        } else if (e instanceof Expr.Starred s) {
            add(out, s.value());
        } else if (e instanceof Expr.ListExpr l) {
            out.addAll(l.elts());
        } else if (e instanceof Expr.Tuple t) {
            out.addAll(t.elts());
        } else if (e instanceof Expr.Slice s) {
            add(out, s.lower(), s.upper(), s.step());
        }
    }
}
