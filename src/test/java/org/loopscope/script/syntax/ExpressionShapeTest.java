package org.loopscope.script.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Precedence and shape of expressions, against CPython's {@code ast.dump} (expressions.txt), plus a few by hand. */
class ExpressionShapeTest {

    private static String dump(String source) {
        return AstPrinter.dump(Parser.parseExpression(source, "<expr>"));
    }

    @TestFactory
    Stream<DynamicTest> expressionsParseAsCPythonParsesThem() {
        List<String> lines = Resources.read(Resources.folder("expressions.txt")).lines().toList();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i += 2) {
            String source = lines.get(i);
            String expected = lines.get(i + 1);
            tests.add(DynamicTest.dynamicTest(source, () -> assertThat(dump(source)).isEqualTo(expected)));
        }
        return tests.stream();
    }

    @Test
    void powerBindsTighterThanUnaryMinusOnItsLeft() {
        assertThat(dump("-2**2")).startsWith("UnaryOp(op=USub(), operand=BinOp(");
        assertThat(dump("2**-2")).startsWith("BinOp(left=Constant(value=2), op=Pow(), right=UnaryOp(");
    }

    @Test
    void comparisonsChainIntoOneNode() {
        Expr e = Parser.parseExpression("a < b <= c != d", "<expr>");
        assertThat(e).isInstanceOf(Expr.Compare.class);
        assertThat(((Expr.Compare) e).ops()).containsExactly(CmpOperator.LT, CmpOperator.LT_E, CmpOperator.NOT_EQ);
    }

    @Test
    void constantsHaveJavaValues() {
        assertThat(((Expr.Constant) Parser.parseExpression("0x_ff".replace("_", ""), "e")).value())
                .isEqualTo(new java.math.BigInteger("255"));
        assertThat(((Expr.Constant) Parser.parseExpression("1_000.5e-1", "e")).value()).isEqualTo(100.05);
        assertThat(((Expr.Constant) Parser.parseExpression("2j", "e")).value()).isEqualTo(new Expr.Imaginary(2.0));
        assertThat(((Expr.Constant) Parser.parseExpression("None", "e")).value()).isEqualTo(Expr.Singleton.NONE);
        assertThat(((Expr.Constant) Parser.parseExpression("...", "e")).value()).isEqualTo(Expr.Singleton.ELLIPSIS);
        assertThat(((Expr.Constant) Parser.parseExpression("b'\\x00a'", "e")).value())
                .isEqualTo(new Expr.Bytes(new byte[] {0, 'a'}));
        assertThat(((Expr.Constant) Parser.parseExpression("'\\N{EM DASH}\\u00e9\\101'", "e")).value())
                .isEqualTo("\u2014\u00e9A");
    }

    @Test
    void fStringsSplitIntoLiteralsAndFields() {
        Expr.JoinedStr j = (Expr.JoinedStr) Parser.parseExpression("f'a{{b}}{c!r:>{w}}d{e=}'", "e");
        assertThat(AstPrinter.dump(j)).isEqualTo("JoinedStr(values=[Constant(value='a{b}'), FormattedValue("
                + "value=Name(id='c', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), "
                + "FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)])), Constant(value='de='), "
                + "FormattedValue(value=Name(id='e', ctx=Load()), conversion=114)])");
    }

    @Test
    void identifiersAreNfkcNormalised() {
        assertThat(((Expr.Name) Parser.parseExpression("\uFB01x", "e")).id()).isEqualTo("fix");
        assertThat(((Expr.Name) Parser.parseExpression("\u6570\u91CF", "e")).id()).isEqualTo("\u6570\u91CF");
    }
}
