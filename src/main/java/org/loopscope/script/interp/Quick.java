package org.loopscope.script.interp;

import org.loopscope.script.compile.CodeObject;
import org.loopscope.script.compile.Op;

/**
 * Superinstructions. The dispatch loop runs a copy of a code object's instructions in which the first instruction
 * of some short, common sequences is replaced by one instruction that does the whole sequence, keeping its operands
 * in Java locals instead of pushing and popping them. The other instructions of the sequence stay where they were,
 * so a jump into the middle of one runs the original instructions, and instruction indices, exception handlers and
 * the instruction budget (counted by the distance of backward jumps) are those of the original code.
 *
 * <p>A fused instruction has the effect of its parts run one after the other: the same operations on the same
 * values, and when a part raises, it does so with the instruction pointer just past that part, so the traceback
 * and the handler are the ones the original instruction would have had. Sequences are fused only when all their
 * instructions are on one source line (so line events are the same) and covered by the same exception handler (so
 * the stack a handler unwinds to is the same: values a fused instruction keeps in Java locals were pushed inside
 * the handler's range).
 */
final class Quick {

    /** {@code LOAD_FAST a; LOAD_CONST c; BINARY_OP op; STORE_FAST x}. */
    static final int LF_LC_BINARY_SF = 100;
    /** {@code LOAD_FAST a; LOAD_CONST c; COMPARE_OP op; POP_JUMP_IF_FALSE t}. */
    static final int LF_LC_COMPARE_JF = 101;
    /** {@code LOAD_FAST a; LOAD_FAST b; COMPARE_OP op; POP_JUMP_IF_FALSE t}. */
    static final int LF_LF_COMPARE_JF = 102;
    /** {@code LOAD_FAST a; LOAD_CONST c; BINARY_OP op}. */
    static final int LF_LC_BINARY = 103;
    /** {@code LOAD_FAST a; LOAD_FAST b; BINARY_OP op}. */
    static final int LF_LF_BINARY = 104;
    /** {@code LOAD_CONST c; COMPARE_OP op; POP_JUMP_IF_FALSE t}. */
    static final int LC_COMPARE_JF = 105;
    /** {@code LOAD_FAST b; BINARY_OP op}: the value on the stack op the local. */
    static final int LF_BINARY = 106;
    /** {@code LOAD_CONST c; BINARY_OP op}. */
    static final int LC_BINARY = 107;
    /** {@code COMPARE_OP op; POP_JUMP_IF_FALSE t}. */
    static final int COMPARE_JF = 108;
    /** {@code BINARY_OP op; STORE_FAST x}. */
    static final int BINARY_SF = 109;
    /** {@code LOAD_FAST a; LOAD_FAST b}. */
    static final int LF_LF = 110;
    /** {@code LOAD_FAST a; RETURN_VALUE}. */
    static final int LF_RETURN = 111;
    /** {@code LOAD_CONST c; RETURN_VALUE}. */
    static final int LC_RETURN = 112;
    /** {@code BINARY_OP op; RETURN_VALUE}. */
    static final int BINARY_RETURN = 113;

    private static final int LF = Op.LOAD_FAST;
    private static final int LC = Op.LOAD_CONST;
    private static final int BIN = Op.BINARY_OP;
    private static final int CMP = Op.COMPARE_OP;
    private static final int JF = Op.POP_JUMP_IF_FALSE;
    private static final int SF = Op.STORE_FAST;
    private static final int RET = Op.RETURN_VALUE;

    /** The sequences, longest first (the first that matches at an instruction is used), and what they become. */
    private static final int[][] SEQUENCES = {
        {LF_LC_BINARY_SF, LF, LC, BIN, SF},
        {LF_LC_COMPARE_JF, LF, LC, CMP, JF},
        {LF_LF_COMPARE_JF, LF, LF, CMP, JF},
        {LF_LC_BINARY, LF, LC, BIN},
        {LF_LF_BINARY, LF, LF, BIN},
        {LC_COMPARE_JF, LC, CMP, JF},
        {LF_BINARY, LF, BIN},
        {LC_BINARY, LC, BIN},
        {COMPARE_JF, CMP, JF},
        {BINARY_SF, BIN, SF},
        {LF_LF, LF, LF},
        {LF_RETURN, LF, RET},
        {LC_RETURN, LC, RET},
        {BINARY_RETURN, BIN, RET},
    };

    private Quick() {
    }

    /**
     * The instructions of {@code code} with the first instruction of each fused sequence replaced (opcode only: the
     * argument stays that of the first instruction). Sequences do not overlap.
     */
    static int[] quicken(CodeObject code) {
        int[] words = code.code();
        int[] out = words.clone();
        int i = 0;
        while (i < words.length) {
            int length = 1;
            for (int[] sequence : SEQUENCES) {
                if (matches(code, words, i, sequence)) {
                    out[i] = sequence[0] | (words[i] & ~0xff);
                    length = sequence.length - 1;
                    break;
                }
            }
            i += length;
        }
        return out;
    }

    private static boolean matches(CodeObject code, int[] words, int at, int[] sequence) {
        int n = sequence.length - 1;
        if (at + n > words.length) {
            return false;
        }
        int line = code.position(at).line();
        CodeObject.Handler handler = code.handler(at);
        for (int k = 0; k < n; k++) {
            if (Op.op(words[at + k]) != sequence[k + 1] || code.position(at + k).line() != line
                    || code.handler(at + k) != handler) {
                return false;
            }
        }
        return true;
    }
}
