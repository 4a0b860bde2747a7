package org.loopscope.script.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.script.compile.CodeObject;
import org.loopscope.script.compile.Compiler;
import org.loopscope.script.compile.Op;
import org.loopscope.script.syntax.Parser;

/**
 * Where superinstructions replace instructions: the first of a fused sequence only, never across source lines or
 * exception handlers. (That fused code behaves as the original is checked by the conformance case
 * {@code tracebacks/superinstructions.py} against CPython.)
 */
class QuickTest {

    private static CodeObject function(String source, String name) {
        CodeObject module = Compiler.compile(Parser.parseModule(source, "/tmp/x.py"), literal -> literal);
        for (Object c : module.consts()) {
            if (c instanceof CodeObject code && code.name().equals(name)) {
                return code;
            }
        }
        throw new AssertionError("no code object " + name);
    }

    /** Each quickened instruction: its opcode's name, or the number of a superinstruction. */
    private static List<String> quickened(CodeObject code) {
        int[] quick = Quick.quicken(code);
        List<String> out = new ArrayList<>();
        for (int word : quick) {
            int op = Op.op(word);
            out.add(op < Op.COUNT ? Op.name(op) : "Q" + op);
        }
        return out;
    }

    @Test
    void theFirstInstructionOfASequenceIsReplacedAndTheRestKept() {
        CodeObject code = function("def f(n):\n    if n < 2:\n        return n\n    x = n - 1\n    return x\n", "f");
        int[] original = code.code();
        int[] quick = Quick.quicken(code);

        List<String> ops = quickened(code);
        assertThat(ops.subList(0, 4)).containsExactly("Q" + Quick.LF_LC_COMPARE_JF, "LOAD_CONST", "COMPARE_OP",
                "POP_JUMP_IF_FALSE");
        assertThat(ops).contains("Q" + Quick.LF_LC_BINARY_SF);
        assertThat(quick).hasSameSizeAs(original);
        for (int i = 0; i < quick.length; i++) {
            assertThat(Op.arg(quick[i])).as("argument of %d", i).isEqualTo(Op.arg(original[i]));
        }
    }

    @Test
    void sequencesOverTwoLinesAreNotFused() {
        CodeObject code = function("def f(a):\n    return (a\n            + 1)\n", "f");

        List<String> ops = quickened(code);
        assertThat(ops).doesNotContain("Q" + Quick.LF_LC_BINARY, "Q" + Quick.LF_BINARY);
        assertThat(ops.get(0)).isEqualTo("LOAD_FAST");
    }

    @Test
    void aFusedSequenceLiesInsideOneHandlersRange() {
        CodeObject code = function("def f(a, b):\n    x = a\n    try:\n        x = b + 1\n    except TypeError:\n"
                + "        pass\n    return x\n", "f");
        List<String> ops = quickened(code);

        assertThat(ops).contains("Q" + Quick.LF_LC_BINARY_SF);
        int fused = ops.indexOf("Q" + Quick.LF_LC_BINARY_SF);
        assertThat(code.handler(fused)).isNotNull();
        assertThat(code.handler(fused + 3)).isSameAs(code.handler(fused));
    }
}
