package org.loopscope.script.compile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.loopscope.script.compile.CodeBuilder.Label;
import org.loopscope.script.syntax.Ctx;
import org.loopscope.script.syntax.Expr;
import org.loopscope.script.syntax.MatchCase;
import org.loopscope.script.syntax.Pattern;
import org.loopscope.script.syntax.Span;
import org.loopscope.script.syntax.Stmt;

/**
 * {@code match}: the subject stays on the stack while each case pushes its pattern's values, runs MATCH_PATTERN
 * (which leaves the tuple of captures, or None) and, on a match, stores the captures, checks the guard and runs the
 * body. CPython's compile-time errors are raised here: unreachable cases, names bound twice, alternatives binding
 * different names, two stars, repeated mapping keys or class attributes.
 */
final class MatchCompiler {

    private final Compiler c;

    MatchCompiler(Compiler c) {
        this.c = c;
    }

    private CodeBuilder b() {
        return c.u.b;
    }

    void match(Stmt.Match s) {
        c.expressions.visit(s.subject());
        Label end = new Label();
        List<MatchCase> cases = s.cases();
        for (int i = 0; i < cases.size(); i++) {
            MatchCase mc = cases.get(i);
            boolean allowIrrefutable = mc.guard() != null || i == cases.size() - 1;
            Builder builder = new Builder();
            MatchProgram root = builder.pattern(mc.pattern(), allowIrrefutable);
            CodeObject.Position old = b().at(mc.pattern().span());
            b().emit(Op.COPY, 1);
            for (Expr value : builder.values) {
                c.expressions.visit(value);
            }
            b().emit(Op.BUILD_TUPLE, builder.values.size());
            List<String> captures = new ArrayList<>(builder.captures.keySet());
            b().emit(Op.MATCH_PATTERN, b().identityConstant(new MatchProgram.Case(root, builder.values.size(),
                    captures)));
            Label failed = new Label();
            Label next = new Label();
            b().emit(Op.COPY, 1);
            b().jump(Op.POP_JUMP_IF_NONE, failed);
            b().emit(Op.UNPACK_SEQUENCE, captures.size());
            for (String name : captures) {
                c.nameOp(name, Ctx.STORE);
            }
            b().restore(old);
            if (mc.guard() != null) {
                c.expressions.jumpIf(mc.guard(), false, next);
            }
            b().emit(Op.POP_TOP);
            c.statements.body(mc.body());
            b().jump(Op.JUMP, end);
            b().bind(failed);
            b().emit(Op.POP_TOP);
            b().bind(next);
        }
        b().emit(Op.POP_TOP);
        b().bind(end);
    }

    /** The repr of a literal key in an error message (strings quoted as Python quotes them). */
    private static String literalRepr(Object literal) {
        if (literal instanceof String s) {
            String quote = s.contains("'") && !s.contains("\"") ? "\"" : "'";
            return quote + s.replace("\\", "\\\\").replace(quote, "\\" + quote) + quote;
        }
        if (literal instanceof Boolean bool) {
            return bool ? "True" : "False";
        }
        if (literal instanceof Expr.Singleton) {
            return "None";
        }
        return String.valueOf(literal);
    }

    /** Builds one case's program, collecting the values to push and the capture names. */
    private final class Builder {
        final List<Expr> values = new ArrayList<>();
        final Map<String, Integer> captures = new LinkedHashMap<>();
        private Set<String> bound = new HashSet<>();

        private int value(Expr e) {
            values.add(e);
            return values.size() - 1;
        }

        private int capture(String name, Span where) {
            if (name == null) {
                return -1;
            }
            if (!bound.add(name)) {
                throw c.error(where, "multiple assignments to name '" + name + "' in pattern");
            }
            return captures.computeIfAbsent(name, n -> captures.size());
        }

        MatchProgram pattern(Pattern p, boolean allowIrrefutable) {
            if (p instanceof Pattern.MatchValue v) {
                return new MatchProgram.Literal(value(v.value()), false);
            }
            if (p instanceof Pattern.MatchSingleton v) {
                return new MatchProgram.Literal(value(new Expr.Constant(v.value(), null, v.span())), true);
            }
            if (p instanceof Pattern.MatchAs a) {
                if (a.pattern() == null) {
                    if (!allowIrrefutable) {
                        throw c.error(a.span(), a.name() != null
                                ? "name capture '" + a.name() + "' makes remaining patterns unreachable"
                                : "wildcard makes remaining patterns unreachable");
                    }
                    return new MatchProgram.Capture(null, capture(a.name(), a.span()));
                }
                MatchProgram inner = pattern(a.pattern(), allowIrrefutable);
                return new MatchProgram.Capture(inner, capture(a.name(), a.span()));
            }
            if (p instanceof Pattern.MatchSequence q) {
                return sequence(q);
            }
            if (p instanceof Pattern.MatchMapping m) {
                return mapping(m);
            }
            if (p instanceof Pattern.MatchClass k) {
                return classPattern(k);
            }
            if (p instanceof Pattern.MatchOr o) {
                return or(o, allowIrrefutable);
            }
            throw c.error(p.span(), "invalid pattern");
        }

        private MatchProgram sequence(Pattern.MatchSequence q) {
            List<MatchProgram> items = new ArrayList<>();
            int star = -1;
            int starCapture = -1;
            for (int i = 0; i < q.patterns().size(); i++) {
                Pattern item = q.patterns().get(i);
                if (item instanceof Pattern.MatchStar st) {
                    if (star >= 0) {
                        throw c.error(st.span(), "multiple starred names in sequence pattern");
                    }
                    star = i;
                    starCapture = capture(st.name(), st.span());
                } else {
                    items.add(pattern(item, true));
                }
            }
            return new MatchProgram.Sequence(items, star, starCapture);
        }

        private MatchProgram mapping(Pattern.MatchMapping m) {
            int[] keys = new int[m.keys().size()];
            List<Object> seen = new ArrayList<>();
            List<MatchProgram> patterns = new ArrayList<>();
            for (int i = 0; i < keys.length; i++) {
                Expr key = m.keys().get(i);
                if (key instanceof Expr.Constant k) {
                    Object literal = k.value();
                    for (Object earlier : seen) {
                        if (Objects.equals(earlier, literal)) {
                            throw c.error(key.span(), "mapping pattern checks duplicate key ("
                                    + literalRepr(literal) + ")");
                        }
                    }
                    seen.add(literal);
                }
                keys[i] = value(key);
            }
            for (Pattern value : m.patterns()) {
                patterns.add(pattern(value, true));
            }
            int rest = m.rest() == null ? -1 : capture(m.rest(), m.span());
            return new MatchProgram.Mapping(keys, patterns, rest);
        }

        private MatchProgram classPattern(Pattern.MatchClass k) {
            int cls = value(k.cls());
            List<MatchProgram> positional = new ArrayList<>();
            for (Pattern p : k.patterns()) {
                positional.add(pattern(p, true));
            }
            Set<String> names = new HashSet<>();
            for (String name : k.kwdAttrs()) {
                if (!names.add(name)) {
                    throw c.error(k.span(), "attribute name repeated in class pattern: " + name);
                }
            }
            List<MatchProgram> keywordPatterns = new ArrayList<>();
            for (Pattern p : k.kwdPatterns()) {
                keywordPatterns.add(pattern(p, true));
            }
            return new MatchProgram.ClassMatch(cls, positional, k.kwdAttrs(), keywordPatterns);
        }

        private MatchProgram or(Pattern.MatchOr o, boolean allowIrrefutable) {
            Set<String> before = bound;
            Set<String> first = null;
            List<MatchProgram> alternatives = new ArrayList<>();
            for (int i = 0; i < o.patterns().size(); i++) {
                bound = new HashSet<>(before);
                boolean last = i == o.patterns().size() - 1;
                alternatives.add(pattern(o.patterns().get(i), allowIrrefutable && last));
                Set<String> names = new HashSet<>(bound);
                names.removeAll(before);
                if (first == null) {
                    first = names;
                } else if (!first.equals(names)) {
                    throw c.error(o.span(), "alternative patterns bind different names");
                }
            }
            bound = new HashSet<>(before);
            bound.addAll(first);
            return new MatchProgram.Or(alternatives);
        }
    }
}
