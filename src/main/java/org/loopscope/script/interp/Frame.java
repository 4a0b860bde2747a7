package org.loopscope.script.interp;

import org.loopscope.script.compile.CodeObject;
import org.loopscope.script.runtime.PyDict;

/**
 * One activation of a code object, on the heap: its local slots (plain values and cells), value stack, next
 * instruction and namespaces. A generator's or coroutine's frame outlives each resumption; its stack and
 * instruction pointer are where it stopped.
 */
public final class Frame {

    final CodeObject code;
    final Object[] fast;
    final Object[] stack;
    int sp;
    /** The next instruction to run. */
    int ip;
    /** The instruction that ran last (raised, called, or suspended): where the frame "is" for tracebacks. */
    int lasti = -1;
    PyDict globals;
    PyDict builtins;
    /** The namespace of a module or class body; null in functions (their locals are {@link #fast}). */
    PyDict locals;
    /** What a suspension handed out (a yielded value or what a delegate yielded). */
    Object yielded;
    /** Whether the code has started (a generator frame before its first resumption has not). */
    boolean started;
    /** The frame that called or resumed this one while it runs, else null: logging's caller, FrameInspector. */
    Frame back;

    Frame(CodeObject code, PyDict globals, PyDict builtins, PyDict locals) {
        this.code = code;
        this.fast = new Object[code.localCount()];
        this.stack = new Object[code.stackSize()];
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
    }

    /** Makes a finished function frame ready for another call (see {@link CodeData}). */
    void reset() {
        java.util.Arrays.fill(fast, null);
        sp = 0;
        ip = 0;
        lasti = -1;
        yielded = null;
        started = false;
    }

    /** The code this frame runs. */
    public CodeObject code() {
        return code;
    }

    /** The current line: of the instruction that ran last, or the first line before the frame started. */
    public int line() {
        return lasti < 0 ? code.firstLine() : code.line(lasti);
    }

    /** Makes the cells of cell variables (moving parameters into theirs) and copies the closure's cells in. */
    void initCells(PyCell[] closure) {
        int[] cellSlots = code.cellSlots();
        if (cellSlots.length > 0) {
            int[] cellArgs = code.cellArgs();
            for (int i = 0; i < cellSlots.length; i++) {
                int slot = cellSlots[i];
                fast[slot] = new PyCell(cellArgs[i] != 0 ? fast[slot] : null);
            }
        }
        int nfree = code.freeCount();
        if (nfree > 0) {
            int base = fast.length - nfree;
            System.arraycopy(closure, 0, fast, base, nfree);
        }
    }
}
