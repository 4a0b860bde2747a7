package org.loopscope.script.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public API: entry points, error object and formatting, visitors, tree walking, targets' contexts. */
class ApiTest {

    @Test
    void parseModuleKeepsFileNameAndLines() {
        Module m = Parser.parseModule("x = 1\r\nprint(x)", "/abs/demo.py");
        assertThat(m.filename()).isEqualTo("/abs/demo.py");
        assertThat(m.sourceLines()).containsExactly("x = 1\n", "print(x)");
        assertThat(m.line(2)).isEqualTo("print(x)");
        assertThat(m.body()).hasSize(2);
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        assertThat(Parser.parseModule("\uFEFFx = 1\n", "b.py").body().get(0).span().col()).isZero();
    }

    @Test
    void errorsCarryCPythonsAttributesAndFormat() {
        PySyntaxError e = catchThrowableOfType(() -> Parser.parseModule("x = 1\nif x\n    pass\n", "/tmp/f.py"),
                PySyntaxError.class);
        assertThat(e.kind()).isEqualTo(PySyntaxError.Kind.SYNTAX_ERROR);
        assertThat(e.message()).isEqualTo("expected ':'");
        assertThat(e.filename()).isEqualTo("/tmp/f.py");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(5);
        assertThat(e.endColumn()).isEqualTo(5);
        assertThat(e.text()).isEqualTo("if x\n");
        assertThat(e.format())
                .isEqualTo("  File \"/tmp/f.py\", line 2\n    if x\n        ^\nSyntaxError: expected ':'\n");
    }

    @Test
    void formatStripsIndentationAndDrawsRanges() {
        PySyntaxError e = new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR, "m", "f.py", 3, 7, 3, 10,
                "    a = b c\n");
        assertThat(e.format()).isEqualTo("  File \"f.py\", line 3\n    a = b c\n      ^^^\nSyntaxError: m\n");
        PySyntaxError noCaret = new PySyntaxError(PySyntaxError.Kind.INDENTATION_ERROR, "unexpected indent",
                "f.py", 2, 2, 2, -1, "  y\n");
        assertThat(noCaret.format()).isEqualTo("  File \"f.py\", line 2\n    y\nIndentationError: unexpected indent\n");
        PySyntaxError noText = new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR, "m", "f.py", 9, 1, 9, 2, null);
        assertThat(noText.format()).isEqualTo("  File \"f.py\", line 9\nSyntaxError: m\n");
    }

    @Test
    void compileTimeErrorsAreChecked() {
        PySyntaxError e = catchThrowableOfType(() -> Parser.parseModule("def f():\n    await g()\n", "f.py"),
                PySyntaxError.class);
        assertThat(e.message()).isEqualTo("'await' outside async function");
        assertThat(Parser.parseModule("async def f():\n    await g()\n", "f.py").body()).hasSize(1);
    }

    @Test
    void parseExpressionRejectsTrailingTokens() {
        assertThat(Parser.parseExpression("a + b\n\n", "e")).isInstanceOf(Expr.BinOp.class);
        PySyntaxError e = catchThrowableOfType(() -> Parser.parseExpression("a b", "e"), PySyntaxError.class);
        assertThat(e.message()).isEqualTo("invalid syntax");
    }

    @Test
    void targetsGetStoreAndDelContexts() {
        List<Stmt> body = Parser.parseModule("a, [b.c, *d] = x\ndel e[0], f\n", "t.py").body();
        String dump = AstPrinter.dump(body);
        assertThat(dump).contains("Name(id='a', ctx=Store())", "Attribute(value=Name(id='b', ctx=Load()), attr='c', "
                + "ctx=Store())", "Starred(value=Name(id='d', ctx=Store()), ctx=Store())",
                "Subscript(value=Name(id='e', ctx=Load()), slice=Constant(value=0), ctx=Del())",
                "Name(id='f', ctx=Del())");
    }

    @Test
    void visitorsReachEveryKind() {
        Module m = Parser.parseModule("async def f(a):\n    x = [await a for _ in a]\n    return x\n", "v.py");
        Stmt.FunctionDef f = (Stmt.FunctionDef) m.body().get(0);
        String kind = f.accept(new NameOfStatement());
        assertThat(kind).isEqualTo("def f");
        List<String> names = new ArrayList<>();
        collectNames(f, names);
        assertThat(names).containsExactly("x", "a", "_", "a", "x");
    }

    private static void collectNames(Node n, List<String> out) {
        if (n instanceof Expr.Name name) {
            out.add(name.id());
        }
        for (Node child : Nodes.children(n)) {
            collectNames(child, out);
        }
    }

    /** A visitor that only cares about a few kinds. */
    private static final class NameOfStatement implements Stmt.Visitor<String> {
        public String visitFunctionDef(Stmt.FunctionDef s) {
            return "def " + s.name();
        }

        public String visitClassDef(Stmt.ClassDef s) {
            return "class " + s.name();
        }

        public String visitReturn(Stmt.Return s) {
            return "return";
        }

        public String visitDelete(Stmt.Delete s) {
            return "del";
        }

        public String visitAssign(Stmt.Assign s) {
            return "=";
        }

        public String visitAugAssign(Stmt.AugAssign s) {
            return s.op().symbol() + "=";
        }

        public String visitAnnAssign(Stmt.AnnAssign s) {
            return ":";
        }

        public String visitFor(Stmt.For s) {
            return "for";
        }

        public String visitWhile(Stmt.While s) {
            return "while";
        }

        public String visitIf(Stmt.If s) {
            return "if";
        }

        public String visitWith(Stmt.With s) {
            return "with";
        }

        public String visitRaise(Stmt.Raise s) {
            return "raise";
        }

        public String visitTry(Stmt.Try s) {
            return "try";
        }

        public String visitMatch(Stmt.Match s) {
            return "match";
        }

        public String visitAssert(Stmt.Assert s) {
            return "assert";
        }

        public String visitImport(Stmt.Import s) {
            return "import";
        }

        public String visitImportFrom(Stmt.ImportFrom s) {
            return "from";
        }

        public String visitGlobal(Stmt.Global s) {
            return "global";
        }

        public String visitNonlocal(Stmt.Nonlocal s) {
            return "nonlocal";
        }

        public String visitExprStmt(Stmt.ExprStmt s) {
            return "expr";
        }

        public String visitPass(Stmt.Pass s) {
            return "pass";
        }

        public String visitBreak(Stmt.Break s) {
            return "break";
        }

        public String visitContinue(Stmt.Continue s) {
            return "continue";
        }
    }
}
