package org.loopscope.script.syntax;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a tree in the format of Python 3.11's {@code ast.dump} (optionally with positions, as
 * {@code include_attributes=True} does, columns in code points), so a tree can be compared with what CPython's own
 * parser produces for the same source. Nodes: {@link Module}, {@link Node}, or lists of them.
 */
public final class AstPrinter {

    private final boolean positions;
    private final StringBuilder out = new StringBuilder();

    private AstPrinter(boolean positions) {
        this.positions = positions;
    }

    /** {@code ast.dump(tree)}. */
    public static String dump(Object node) {
        AstPrinter p = new AstPrinter(false);
        p.value(node);
        return p.out.toString();
    }

    /** {@code ast.dump(tree, include_attributes=True)}. */
    public static String dumpWithPositions(Object node) {
        AstPrinter p = new AstPrinter(true);
        p.value(node);
        return p.out.toString();
    }

    /** One field: name and value; null values of optional fields are left out, as ast.dump does. */
    private record F(String name, Object value, boolean optional) {
    }

    private static F f(String name, Object value) {
        return new F(name, value, false);
    }

    private static F opt(String name, Object value) {
        return new F(name, value, true);
    }

    private void node(String type, Span span, F... fields) {
        out.append(type).append('(');
        boolean first = true;
        for (F field : fields) {
            if (field.optional() && field.value() == null) {
                continue;
            }
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(field.name()).append('=');
            value(field.value());
        }
        if (positions && span != null) {
            out.append(first ? "" : ", ").append("lineno=").append(span.line()).append(", col_offset=")
                    .append(span.col()).append(", end_lineno=").append(span.endLine()).append(", end_col_offset=")
                    .append(span.endCol());
        }
        out.append(')');
    }

    private void value(Object v) {
        if (v == null) {
            out.append("None");
        } else if (v instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                value(list.get(i));
            }
            out.append(']');
        } else if (v instanceof String s) {
            out.append(PyRepr.str(s));
        } else if (v instanceof Raw r) {
            out.append(r.text());
        } else if (v instanceof Module m) {
            node("Module", null, f("body", m.body()), f("type_ignores", List.of()));
        } else if (v instanceof Expr e) {
            expr(e);
        } else if (v instanceof Stmt s) {
            stmt(s);
        } else if (v instanceof Node n) {
            part(n);
        } else {
            out.append(v);
        }
    }

    /** Text printed as is (operators, contexts, numbers). */
    private record Raw(String text) {
    }

    private static Raw raw(String s) {
        return new Raw(s);
    }

    private static Raw op(String pythonName) {
        return raw(pythonName + "()");
    }

    private static Raw bool(boolean b) {
        return raw(b ? "1" : "0");
    }

    private void part(Node n) {
        if (n instanceof Arguments a) {
            node("arguments", null, f("posonlyargs", a.posonlyargs()), f("args", a.args()), opt("vararg", a.vararg()),
                    f("kwonlyargs", a.kwonlyargs()), f("kw_defaults", a.kwDefaults()), opt("kwarg", a.kwarg()),
                    f("defaults", a.defaults()));
        } else if (n instanceof Arg a) {
            node("arg", a.span(), f("arg", a.arg()), opt("annotation", a.annotation()));
        } else if (n instanceof Keyword k) {
            node("keyword", k.span(), opt("arg", k.arg()), f("value", k.value()));
        } else if (n instanceof Alias a) {
            node("alias", a.span(), f("name", a.name()), opt("asname", a.asname()));
        } else if (n instanceof WithItem w) {
            node("withitem", null, f("context_expr", w.contextExpr()), opt("optional_vars", w.optionalVars()));
        } else if (n instanceof Comprehension c) {
            node("comprehension", null, f("target", c.target()), f("iter", c.iter()), f("ifs", c.ifs()),
                    f("is_async", bool(c.isAsync())));
        } else if (n instanceof ExceptHandler h) {
            node("ExceptHandler", h.span(), opt("type", h.type()), opt("name", h.name()), f("body", h.body()));
        } else if (n instanceof MatchCase c) {
            node("match_case", null, f("pattern", c.pattern()), opt("guard", c.guard()), f("body", c.body()));
        } else if (n instanceof Pattern p) {
            pattern(p);
        }
    }

    private void pattern(Pattern p) {
        if (p instanceof Pattern.MatchValue v) {
            node("MatchValue", v.span(), f("value", v.value()));
        } else if (p instanceof Pattern.MatchSingleton s) {
            node("MatchSingleton", s.span(), f("value", raw(s.value() instanceof Boolean b ? (b ? "True" : "False")
                    : "None")));
        } else if (p instanceof Pattern.MatchSequence s) {
            node("MatchSequence", s.span(), f("patterns", s.patterns()));
        } else if (p instanceof Pattern.MatchMapping m) {
            node("MatchMapping", m.span(), f("keys", m.keys()), f("patterns", m.patterns()), opt("rest", m.rest()));
        } else if (p instanceof Pattern.MatchClass c) {
            node("MatchClass", c.span(), f("cls", c.cls()), f("patterns", c.patterns()),
                    f("kwd_attrs", c.kwdAttrs()), f("kwd_patterns", c.kwdPatterns()));
        } else if (p instanceof Pattern.MatchStar s) {
            node("MatchStar", s.span(), opt("name", s.name()));
        } else if (p instanceof Pattern.MatchAs a) {
            node("MatchAs", a.span(), opt("pattern", a.pattern()), opt("name", a.name()));
        } else if (p instanceof Pattern.MatchOr o) {
            node("MatchOr", o.span(), f("patterns", o.patterns()));
        }
    }

    private void stmt(Stmt s) {
        if (s instanceof Stmt.FunctionDef d) {
            node(d.isAsync() ? "AsyncFunctionDef" : "FunctionDef", d.span(), f("name", d.name()), f("args", d.args()),
                    f("body", d.body()), f("decorator_list", d.decorators()), opt("returns", d.returns()));
        } else if (s instanceof Stmt.ClassDef c) {
            node("ClassDef", c.span(), f("name", c.name()), f("bases", c.bases()), f("keywords", c.keywords()),
                    f("body", c.body()), f("decorator_list", c.decorators()));
        } else if (s instanceof Stmt.Return r) {
            node("Return", r.span(), opt("value", r.value()));
        } else if (s instanceof Stmt.Delete d) {
            node("Delete", d.span(), f("targets", d.targets()));
        } else if (s instanceof Stmt.Assign a) {
            node("Assign", a.span(), f("targets", a.targets()), f("value", a.value()));
        } else if (s instanceof Stmt.AugAssign a) {
            node("AugAssign", a.span(), f("target", a.target()), f("op", op(a.op().pythonName())),
                    f("value", a.value()));
        } else if (s instanceof Stmt.AnnAssign a) {
            node("AnnAssign", a.span(), f("target", a.target()), f("annotation", a.annotation()),
                    opt("value", a.value()), f("simple", bool(a.simple())));
        } else if (s instanceof Stmt.For fo) {
            node(fo.isAsync() ? "AsyncFor" : "For", fo.span(), f("target", fo.target()), f("iter", fo.iter()),
                    f("body", fo.body()), f("orelse", fo.orelse()));
        } else if (s instanceof Stmt.While w) {
            node("While", w.span(), f("test", w.test()), f("body", w.body()), f("orelse", w.orelse()));
        } else if (s instanceof Stmt.If i) {
            node("If", i.span(), f("test", i.test()), f("body", i.body()), f("orelse", i.orelse()));
        } else if (s instanceof Stmt.With w) {
            node(w.isAsync() ? "AsyncWith" : "With", w.span(), f("items", w.items()), f("body", w.body()));
        } else if (s instanceof Stmt.Raise r) {
            node("Raise", r.span(), opt("exc", r.exc()), opt("cause", r.cause()));
        } else if (s instanceof Stmt.Try t) {
            node(t.isStar() ? "TryStar" : "Try", t.span(), f("body", t.body()), f("handlers", t.handlers()),
                    f("orelse", t.orelse()), f("finalbody", t.finalbody()));
        } else if (s instanceof Stmt.Assert a) {
            node("Assert", a.span(), f("test", a.test()), opt("msg", a.msg()));
        } else if (s instanceof Stmt.Import i) {
            node("Import", i.span(), f("names", i.names()));
        } else if (s instanceof Stmt.ImportFrom i) {
            node("ImportFrom", i.span(), opt("module", i.module()), f("names", i.names()),
                    f("level", raw(String.valueOf(i.level()))));
        } else if (s instanceof Stmt.Global g) {
            node("Global", g.span(), f("names", g.names()));
        } else if (s instanceof Stmt.Nonlocal n) {
            node("Nonlocal", n.span(), f("names", n.names()));
        } else if (s instanceof Stmt.ExprStmt e) {
            node("Expr", e.span(), f("value", e.value()));
        } else if (s instanceof Stmt.Pass) {
            node("Pass", s.span());
        } else if (s instanceof Stmt.Break) {
            node("Break", s.span());
        } else if (s instanceof Stmt.Continue) {
            node("Continue", s.span());
        } else if (s instanceof Stmt.Match m) {
            node("Match", m.span(), f("subject", m.subject()), f("cases", m.cases()));
        }
    }

    private void expr(Expr e) {
        if (e instanceof Expr.BoolOp b) {
            node("BoolOp", b.span(), f("op", op(b.op().pythonName())), f("values", b.values()));
        } else if (e instanceof Expr.NamedExpr n) {
            node("NamedExpr", n.span(), f("target", n.target()), f("value", n.value()));
        } else if (e instanceof Expr.BinOp b) {
            node("BinOp", b.span(), f("left", b.left()), f("op", op(b.op().pythonName())), f("right", b.right()));
        } else if (e instanceof Expr.UnaryOp u) {
            node("UnaryOp", u.span(), f("op", op(u.op().pythonName())), f("operand", u.operand()));
        } else if (e instanceof Expr.Lambda l) {
            node("Lambda", l.span(), f("args", l.args()), f("body", l.body()));
        } else if (e instanceof Expr.IfExp i) {
            node("IfExp", i.span(), f("test", i.test()), f("body", i.body()), f("orelse", i.orelse()));
        } else if (e instanceof Expr.Dict d) {
            node("Dict", d.span(), f("keys", d.keys()), f("values", d.values()));
        } else if (e instanceof Expr.SetExpr s) {
            node("Set", s.span(), f("elts", s.elts()));
        } else if (e instanceof Expr.ListComp c) {
            node("ListComp", c.span(), f("elt", c.elt()), f("generators", c.generators()));
        } else if (e instanceof Expr.SetComp c) {
            node("SetComp", c.span(), f("elt", c.elt()), f("generators", c.generators()));
        } else if (e instanceof Expr.DictComp c) {
            node("DictComp", c.span(), f("key", c.key()), f("value", c.value()), f("generators", c.generators()));
        } else if (e instanceof Expr.GeneratorExp g) {
            node("GeneratorExp", g.span(), f("elt", g.elt()), f("generators", g.generators()));
        } else if (e instanceof Expr.Await a) {
            node("Await", a.span(), f("value", a.value()));
        } else if (e instanceof Expr.Yield y) {
            node("Yield", y.span(), opt("value", y.value()));
        } else if (e instanceof Expr.YieldFrom y) {
            node("YieldFrom", y.span(), f("value", y.value()));
        } else if (e instanceof Expr.Compare c) {
            List<Raw> ops = new ArrayList<>();
            c.ops().forEach(o -> ops.add(op(o.pythonName())));
            node("Compare", c.span(), f("left", c.left()), f("ops", ops), f("comparators", c.comparators()));
        } else if (e instanceof Expr.Call c) {
            node("Call", c.span(), f("func", c.func()), f("args", c.args()), f("keywords", c.keywords()));
        } else if (e instanceof Expr.FormattedValue fv) {
            node("FormattedValue", fv.span(), f("value", fv.value()), f("conversion", raw(String.valueOf(
                    fv.conversion()))), opt("format_spec", fv.formatSpec()));
        } else if (e instanceof Expr.JoinedStr j) {
            node("JoinedStr", j.span(), f("values", j.values()));
        } else if (e instanceof Expr.Constant c) {
            node("Constant", c.span(), f("value", raw(constant(c.value()))), opt("kind", c.kind()));
        } else if (e instanceof Expr.Attribute a) {
            node("Attribute", a.span(), f("value", a.value()), f("attr", a.attr()), f("ctx", op(a.ctx().pythonName())));
        } else if (e instanceof Expr.Subscript s) {
            node("Subscript", s.span(), f("value", s.value()), f("slice", s.slice()),
                    f("ctx", op(s.ctx().pythonName())));
        } else if (e instanceof Expr.Starred s) {
            node("Starred", s.span(), f("value", s.value()), f("ctx", op(s.ctx().pythonName())));
        } else if (e instanceof Expr.Name n) {
            node("Name", n.span(), f("id", n.id()), f("ctx", op(n.ctx().pythonName())));
        } else if (e instanceof Expr.ListExpr l) {
            node("List", l.span(), f("elts", l.elts()), f("ctx", op(l.ctx().pythonName())));
        } else if (e instanceof Expr.Tuple t) {
            node("Tuple", t.span(), f("elts", t.elts()), f("ctx", op(t.ctx().pythonName())));
        } else if (e instanceof Expr.Slice s) {
            node("Slice", s.span(), opt("lower", s.lower()), opt("upper", s.upper()), opt("step", s.step()));
        }
    }

    /** The repr of a constant value, as Python prints it. */
    static String constant(Object v) {
        if (v == Expr.Singleton.NONE) {
            return "None";
        } else if (v == Expr.Singleton.ELLIPSIS) {
            return "Ellipsis";
        } else if (v instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (v instanceof BigInteger i) {
            return i.toString();
        } else if (v instanceof Double d) {
            return PyRepr.floatRepr(d);
        } else if (v instanceof Expr.Imaginary im) {
            return PyRepr.imagRepr(im.imag());
        } else if (v instanceof String s) {
            return PyRepr.str(s);
        } else if (v instanceof Expr.Bytes b) {
            return PyRepr.bytes(b.data());
        }
        return String.valueOf(v);
    }
}
