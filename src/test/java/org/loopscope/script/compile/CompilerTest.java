package org.loopscope.script.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.script.syntax.Parser;

/** What the compiler produces: code flags, local slots, handlers over the right instructions, positions. */
class CompilerTest {

    private static CodeObject compile(String source) {
        return Compiler.compile(Parser.parseModule(source, "/tmp/x.py"), literal -> literal);
    }

    private static CodeObject function(CodeObject module, String name) {
        for (Object c : module.consts()) {
            if (c instanceof CodeObject code && code.name().equals(name)) {
                return code;
            }
        }
        throw new AssertionError("no code object " + name);
    }

    private static List<String> ops(CodeObject code) {
        List<String> out = new ArrayList<>();
        for (int word : code.code()) {
            out.add(Op.name(Op.op(word)));
        }
        return out;
    }

    @Test
    void functionCodeKnowsItsKindAndParameters() {
        CodeObject module = compile("async def f(a, b=1, *args, c, **kw):\n    x = a\n    return x\n"
                + "def g():\n    yield 1\n");
        CodeObject f = function(module, "f");
        CodeObject g = function(module, "g");

        assertThat(f.has(CodeObject.COROUTINE)).isTrue();
        assertThat(f.has(CodeObject.VARARGS | CodeObject.VARKEYWORDS)).isTrue();
        assertThat(f.argcount()).isEqualTo(2);
        assertThat(f.kwonlyargcount()).isEqualTo(1);
        assertThat(f.varnames()).containsExactly("a", "b", "c", "args", "kw", "x");
        assertThat(g.has(CodeObject.GENERATOR)).isTrue();
        assertThat(f.firstLine()).isEqualTo(1);
        assertThat(g.firstLine()).isEqualTo(4);
    }

    @Test
    void exceptClausesAreReachedThroughTheHandlerOfTheTryBody() {
        CodeObject code = compile("try:\n    f()\nexcept ValueError as e:\n    g(e)\n");
        List<String> ops = ops(code);
        int call = ops.indexOf("CALL");
        CodeObject.Handler handler = code.handler(call);

        assertThat(handler).isNotNull();
        assertThat(handler.depth()).isZero();
        assertThat(ops.get(handler.target())).isEqualTo("PUSH_EXC_INFO");
        assertThat(ops).contains("CHECK_EXC_MATCH", "POP_EXCEPT", "RERAISE");
    }

    @Test
    void instructionsKnowTheirSourcePositions() {
        CodeObject code = compile("x = 1\ny = (x +\n     2)\n");
        List<String> ops = ops(code);
        int add = ops.indexOf("BINARY_OP");
        CodeObject.Position p = code.position(add);

        assertThat(code.line(add)).isEqualTo(2);
        assertThat(p.col()).isEqualTo(5);
        assertThat(p.endLine()).isEqualTo(3);
        assertThat(p.endCol()).isEqualTo(6);
    }

    @Test
    void closuresLoadCellsOfTheEnclosingFunction() {
        CodeObject module = compile("def f():\n    v = 1\n    def g():\n        return v\n    return g\n");
        CodeObject f = function(module, "f");
        CodeObject g = function(f, "g");

        assertThat(f.cellCount()).isEqualTo(1);
        assertThat(g.freevars()).containsExactly("v");
        assertThat(ops(f)).contains("LOAD_CLOSURE", "MAKE_FUNCTION");
        assertThat(ops(g)).contains("LOAD_DEREF");
    }
}
