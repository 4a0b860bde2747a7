package org.loopscope.script.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Source spans: lines 1-based, columns 0-based in code points, ends exclusive, as CPython's nodes (in characters). */
class SpanTest {

    private static List<Stmt> parse(String source) {
        return Parser.parseModule(source, "s.py").body();
    }

    @Test
    void expressionSpansIncludeTheParenthesesTheirRuleConsumed() {
        Stmt.ExprStmt s = (Stmt.ExprStmt) parse("(a) + b\n").get(0);
        Expr.BinOp op = (Expr.BinOp) s.value();
        assertThat(op.span()).isEqualTo(new Span(1, 0, 1, 7));
        assertThat(op.left().span()).isEqualTo(new Span(1, 1, 1, 2));
    }

    @Test
    void compoundStatementsEndAtTheirLastToken() {
        Stmt.FunctionDef f = (Stmt.FunctionDef) parse("@d\ndef f(x):\n    return x\n\n\ny = 1\n").get(0);
        assertThat(f.span()).isEqualTo(new Span(2, 0, 3, 12));
        assertThat(f.decorators().get(0).span()).isEqualTo(new Span(1, 1, 1, 2));
        assertThat(f.args().args().get(0).span()).isEqualTo(new Span(2, 6, 2, 7));
    }

    @Test
    void multiLineConstructs() {
        Stmt.Assign a = (Stmt.Assign) parse("x = [\n    1,\n    2,\n]\n").get(0);
        assertThat(a.value().span()).isEqualTo(new Span(1, 4, 4, 1));
        Stmt.ExprStmt s = (Stmt.ExprStmt) parse("'''a\nb''' 'c'\n").get(0);
        assertThat(s.value().span()).isEqualTo(new Span(1, 0, 2, 8));
    }

    @Test
    void fStringExpressionsHaveTheirTruePositions() {
        Stmt.ExprStmt s = (Stmt.ExprStmt) parse("x = 1; f'ab{x + 1}{y!r}'\n").get(1);
        Expr.JoinedStr j = (Expr.JoinedStr) s.value();
        Expr.FormattedValue first = (Expr.FormattedValue) j.values().get(1);
        assertThat(first.value().span()).isEqualTo(new Span(1, 12, 1, 17));
        Expr.FormattedValue second = (Expr.FormattedValue) j.values().get(2);
        assertThat(second.value().span()).isEqualTo(new Span(1, 19, 1, 20));
        // As in CPython 3.11, the parts themselves carry the whole string's span.
        assertThat(first.span()).isEqualTo(j.span());
    }

    @Test
    void fStringExpressionsOnLaterLinesOfATripleQuotedString() {
        Stmt.ExprStmt s = (Stmt.ExprStmt) parse("f'''a\n  {b}'''\n").get(0);
        Expr.FormattedValue v = (Expr.FormattedValue) ((Expr.JoinedStr) s.value()).values().get(1);
        assertThat(v.value().span()).isEqualTo(new Span(2, 3, 2, 4));
    }

    @Test
    void columnsCountCodePointsNotBytesOrUtf16Units() {
        Stmt.Assign a = (Stmt.Assign) parse("x = '\u4f60\uD83D\uDE00' + y\n").get(0);
        Expr.BinOp op = (Expr.BinOp) a.value();
        assertThat(op.right().span()).isEqualTo(new Span(1, 11, 1, 12));
    }

    @Test
    void unparenthesizedTuplesSpanTheirElementsAndATrailingComma() {
        Stmt.Assign a = (Stmt.Assign) parse("x = 1, 2,\n").get(0);
        assertThat(a.value().span()).isEqualTo(new Span(1, 4, 1, 9));
    }
}
