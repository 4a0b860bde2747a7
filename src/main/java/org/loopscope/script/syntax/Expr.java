package org.loopscope.script.syntax;

import java.util.Arrays;
import java.util.List;

/**
 * Expressions, one record per kind, shaped like CPython's {@code ast} expression nodes (same fields, same order)
 * so that a compiler can follow CPython's compiler. Assignment and deletion targets are these same nodes with
 * {@link Ctx#STORE} or {@link Ctx#DEL}. Lists are immutable; optional children are null.
 */
public sealed interface Expr extends Node {

    /** Calls the visitor method for this node's kind. */
    <R> R accept(Visitor<R> v);

    /** {@code a and b and c}. */
    record BoolOp(BoolOperator op, List<Expr> values, Span span) implements Expr {
        public BoolOp {
            values = List.copyOf(values);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitBoolOp(this);
        }
    }

    /** {@code target := value}; the target is a Name in STORE context. */
    record NamedExpr(Expr target, Expr value, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitNamedExpr(this);
        }
    }

    /** {@code left op right}. */
    record BinOp(Expr left, BinaryOperator op, Expr right, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitBinOp(this);
        }
    }

    /** {@code op operand}. */
    record UnaryOp(UnaryOperator op, Expr operand, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitUnaryOp(this);
        }
    }

    /** {@code lambda args: body}. */
    record Lambda(Arguments args, Expr body, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitLambda(this);
        }
    }

    /** {@code body if test else orelse}. */
    record IfExp(Expr test, Expr body, Expr orelse, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitIfExp(this);
        }
    }

    /** {@code {k: v, **m}}: a null key marks a {@code **} unpacking of the matching value. */
    record Dict(List<Expr> keys, List<Expr> values, Span span) implements Expr {
        public Dict {
            keys = Nodes.copyWithNulls(keys);
            values = List.copyOf(values);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitDict(this);
        }
    }

    /** {@code {a, b}}. */
    record SetExpr(List<Expr> elts, Span span) implements Expr {
        public SetExpr {
            elts = List.copyOf(elts);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitSet(this);
        }
    }

    /** {@code [elt for ...]}. */
    record ListComp(Expr elt, List<Comprehension> generators, Span span) implements Expr {
        public ListComp {
            generators = List.copyOf(generators);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitListComp(this);
        }
    }

    /** {@code {elt for ...}}. */
    record SetComp(Expr elt, List<Comprehension> generators, Span span) implements Expr {
        public SetComp {
            generators = List.copyOf(generators);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitSetComp(this);
        }
    }

    /** {@code {key: value for ...}}. */
    record DictComp(Expr key, Expr value, List<Comprehension> generators, Span span) implements Expr {
        public DictComp {
            generators = List.copyOf(generators);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitDictComp(this);
        }
    }

    /** {@code (elt for ...)}, also the parenthesis-free sole argument {@code f(x for x in y)}. */
    record GeneratorExp(Expr elt, List<Comprehension> generators, Span span) implements Expr {
        public GeneratorExp {
            generators = List.copyOf(generators);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitGeneratorExp(this);
        }
    }

    /** {@code await value}. */
    record Await(Expr value, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitAwait(this);
        }
    }

    /** {@code yield} or {@code yield value} (value null when absent). */
    record Yield(Expr value, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitYield(this);
        }
    }

    /** {@code yield from value}. */
    record YieldFrom(Expr value, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitYieldFrom(this);
        }
    }

    /** {@code left op1 c1 op2 c2 ...}: a chained comparison. */
    record Compare(Expr left, List<CmpOperator> ops, List<Expr> comparators, Span span) implements Expr {
        public Compare {
            ops = List.copyOf(ops);
            comparators = List.copyOf(comparators);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitCompare(this);
        }
    }

    /** {@code func(args, keywords)}: positional args may be Starred, keywords with a null name are {@code **}. */
    record Call(Expr func, List<Expr> args, List<Keyword> keywords, Span span) implements Expr {
        public Call {
            args = List.copyOf(args);
            keywords = List.copyOf(keywords);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitCall(this);
        }
    }

    /**
     * A replacement field of an f-string: {@code conversion} is -1, {@code 's'}, {@code 'r'} or {@code 'a'};
     * {@code formatSpec} is a JoinedStr or null. As in CPython, {@code f"{x=}"} becomes a Constant {@code "x="}
     * followed by a FormattedValue whose conversion is {@code 'r'} (when no conversion or spec is given).
     */
    record FormattedValue(Expr value, int conversion, Expr formatSpec, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitFormattedValue(this);
        }
    }

    /** An f-string (after concatenation): Constant str parts and FormattedValue parts, in order. */
    record JoinedStr(List<Expr> values, Span span) implements Expr {
        public JoinedStr {
            values = List.copyOf(values);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitJoinedStr(this);
        }
    }

    /**
     * A literal. {@code value} is a {@link Singleton} (None, Ellipsis), Boolean, {@code BigInteger}, Double,
     * {@link Imaginary}, String (after escapes and concatenation) or {@link Bytes}; {@code kind} is "u" for a
     * {@code u"..."} string and null otherwise.
     */
    record Constant(Object value, String kind, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitConstant(this);
        }
    }

    /** {@code value.attr}. */
    record Attribute(Expr value, String attr, Ctx ctx, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitAttribute(this);
        }
    }

    /** {@code value[slice]}; {@code a[1:2, 3]} has a Tuple slice holding a Slice. */
    record Subscript(Expr value, Expr slice, Ctx ctx, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitSubscript(this);
        }
    }

    /** {@code *value} in a display, call or target. */
    record Starred(Expr value, Ctx ctx, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitStarred(this);
        }
    }

    /** An identifier (NFKC-normalised, as CPython does). */
    record Name(String id, Ctx ctx, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitName(this);
        }
    }

    /** {@code [a, b]} (Python's {@code ast.List}). */
    record ListExpr(List<Expr> elts, Ctx ctx, Span span) implements Expr {
        public ListExpr {
            elts = List.copyOf(elts);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitList(this);
        }
    }

    /** {@code (a, b)} or {@code a, b}; the span of an unparenthesised tuple leaves the commas' surroundings out. */
    record Tuple(List<Expr> elts, Ctx ctx, Span span) implements Expr {
        public Tuple {
            elts = List.copyOf(elts);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitTuple(this);
        }
    }

    /** {@code lower:upper:step} inside brackets; each part may be null. */
    record Slice(Expr lower, Expr upper, Expr step, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitSlice(this);
        }
    }

    /** The constants that are neither numbers nor strings. */
    enum Singleton {
        NONE, ELLIPSIS
    }

    /** The value of an imaginary literal such as {@code 2j}. */
    record Imaginary(double imag) {
    }

    /** The value of a bytes literal (a private copy; compare with equals). */
    record Bytes(byte[] data) {
        public Bytes {
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && Arrays.equals(data, b.data);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "Bytes" + Arrays.toString(data);
        }
    }

    /** One method per expression kind. */
    interface Visitor<R> {
        R visitBoolOp(BoolOp e);

        R visitNamedExpr(NamedExpr e);

        R visitBinOp(BinOp e);

        R visitUnaryOp(UnaryOp e);

        R visitLambda(Lambda e);

        R visitIfExp(IfExp e);

        R visitDict(Dict e);

        R visitSet(SetExpr e);

        R visitListComp(ListComp e);

        R visitSetComp(SetComp e);

        R visitDictComp(DictComp e);

        R visitGeneratorExp(GeneratorExp e);

        R visitAwait(Await e);

        R visitYield(Yield e);

        R visitYieldFrom(YieldFrom e);

        R visitCompare(Compare e);

        R visitCall(Call e);

        R visitFormattedValue(FormattedValue e);

        R visitJoinedStr(JoinedStr e);

        R visitConstant(Constant e);

        R visitAttribute(Attribute e);

        R visitSubscript(Subscript e);

        R visitStarred(Starred e);

        R visitName(Name e);

        R visitList(ListExpr e);

        R visitTuple(Tuple e);

        R visitSlice(Slice e);
    }
}
