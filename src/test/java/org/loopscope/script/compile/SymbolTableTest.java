package org.loopscope.script.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.loopscope.script.syntax.Module;
import org.loopscope.script.syntax.Parser;
import org.loopscope.script.syntax.PySyntaxError;
import org.loopscope.script.syntax.Stmt;

/**
 * How names are reached, as CPython's {@code symtable} module reports for the same source
 * ({@code symtable.symtable(src, 'x', 'exec')}: {@code is_cell}, {@code is_free}, {@code is_global}...).
 */
class SymbolTableTest {

    private static final String SOURCE = String.join("\n",
            "x = 1",
            "def f(a):",
            "    b = 2",
            "    def g():",
            "        nonlocal b",
            "        b += 1",
            "        return a + b + x",
            "    return g",
            "class C:",
            "    def m(self):",
            "        return super().m()",
            "    def n(self):",
            "        global x",
            "        x = 3",
            "");

    private static Module parse(String source) {
        return Parser.parseModule(source, "/tmp/x.py");
    }

    @Test
    void functionsCaptureWhatInnerFunctionsUse() {
        Module m = parse(SOURCE);
        SymbolTable table = SymbolTable.build(m);
        Stmt.FunctionDef f = (Stmt.FunctionDef) m.body().get(1);
        Scope fScope = table.scopeOf(f);
        Scope gScope = table.scopeOf(f.body().get(1));

        assertThat(fScope.binding("a")).isEqualTo(Scope.Binding.CELL);
        assertThat(fScope.binding("b")).isEqualTo(Scope.Binding.CELL);
        assertThat(fScope.binding("g")).isEqualTo(Scope.Binding.LOCAL);
        assertThat(gScope.binding("a")).isEqualTo(Scope.Binding.FREE);
        assertThat(gScope.binding("b")).isEqualTo(Scope.Binding.FREE);
        assertThat(gScope.binding("x")).isEqualTo(Scope.Binding.GLOBAL_IMPLICIT);
    }

    @Test
    void superInAMethodGivesTheClassItsClassCell() {
        Module m = parse(SOURCE);
        SymbolTable table = SymbolTable.build(m);
        Stmt.ClassDef c = (Stmt.ClassDef) m.body().get(2);
        Scope cScope = table.scopeOf(c);
        Scope method = table.scopeOf(c.body().get(0));
        Scope other = table.scopeOf(c.body().get(1));

        assertThat(cScope.needsClassClosure()).isTrue();
        assertThat(method.binding("__class__")).isEqualTo(Scope.Binding.FREE);
        assertThat(other.binding("x")).isEqualTo(Scope.Binding.GLOBAL_EXPLICIT);
    }

    @Test
    void generatorsAndCoroutinesAreMarked() {
        Module m = parse("def gen():\n    yield 1\nasync def co():\n    await gen()\n"
                + "async def agen():\n    yield 1\n");
        SymbolTable table = SymbolTable.build(m);

        assertThat(table.scopeOf(m.body().get(0)).isGenerator()).isTrue();
        assertThat(table.scopeOf(m.body().get(1)).isCoroutine()).isTrue();
        assertThat(table.scopeOf(m.body().get(2)).isGenerator()).isTrue();
        assertThat(table.scopeOf(m.body().get(2)).isCoroutine()).isTrue();
    }

    @Test
    void declarationsAfterUseAreSyntaxErrorsAtTheDeclaration() {
        // python3: SyntaxError: name 'x' is used prior to global declaration, line 3, offset 5
        assertThatThrownBy(() -> SymbolTable.build(parse("def f():\n    print(x)\n    global x\n")))
                .isInstanceOfSatisfying(PySyntaxError.class, e -> {
                    assertThat(e.message()).isEqualTo("name 'x' is used prior to global declaration");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(5);
                });
    }

    @Test
    void nonlocalNeedsABindingInAnEnclosingFunction() {
        assertThatThrownBy(() -> SymbolTable.build(parse("def f():\n    def g():\n        nonlocal q\n")))
                .isInstanceOfSatisfying(PySyntaxError.class,
                        e -> assertThat(e.message()).isEqualTo("no binding for nonlocal 'q' found"));
    }
}
