package org.loopscope.script.compile;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.loopscope.script.syntax.Span;

/**
 * Emits the instructions of one code object: tracks the stack height (to size the frame and to give each
 * exception handler its depth), the source position of each instruction, the handler covering each
 * instruction, jump labels, and the constant and name tables.
 */
final class CodeBuilder {

    /** A jump target; bound once, referenced by any number of jumps. */
    static final class Label {
        int target = -1;
        int depth = -1;
        final List<Integer> refs = new ArrayList<>(2);
    }

    /** An exception handler being set up: its target label and the stack height when it was installed. */
    static final class HandlerBlock {
        final Label target;
        final int depth;
        int index = -1;

        HandlerBlock(Label target, int depth) {
            this.target = target;
            this.depth = depth;
        }
    }

    private int[] code = new int[64];
    private CodeObject.Position[] positions = new CodeObject.Position[64];
    private HandlerBlock[] handlerOf = new HandlerBlock[64];
    private int count;
    private int depth;
    private int maxDepth;
    private boolean reachable = true;
    private CodeObject.Position position = CodeObject.Position.NONE;
    private HandlerBlock handler;
    private final List<Object> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    private final Map<Object, Integer> identityConsts = new IdentityHashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameIndex = new HashMap<>();

    /** Sets the position given to the instructions emitted from now on; returns the previous one. */
    CodeObject.Position at(Span span) {
        CodeObject.Position old = position;
        position = new CodeObject.Position(span.line(), span.col(), span.endLine(), span.endCol());
        return old;
    }

    /** Restores a position returned by {@link #at}. */
    void restore(CodeObject.Position old) {
        position = old;
    }

    CodeObject.Position position() {
        return position;
    }

    void setPosition(CodeObject.Position p) {
        position = p;
    }

    int depth() {
        return depth;
    }

    /** Sets the stack height (after code that the flow cannot reach by falling through). */
    void setDepth(int d) {
        depth = d;
        maxDepth = Math.max(maxDepth, d);
    }

    /** The handler covering instructions emitted now (null: none). */
    HandlerBlock handler() {
        return handler;
    }

    void setHandler(HandlerBlock h) {
        handler = h;
    }

    /** Installs a handler jumping to {@code target}, recording the current stack height; returns the old one. */
    HandlerBlock pushHandler(Label target) {
        HandlerBlock old = handler;
        handler = new HandlerBlock(target, depth);
        if (target.depth < 0) {
            target.depth = depth + 1;
        }
        return old;
    }

    void emit(int op) {
        emit(op, 0);
    }

    void emit(int op, int arg) {
        if (arg < 0 || arg >= (1 << 24)) {
            throw new IllegalArgumentException("argument out of range: " + arg);
        }
        ensure();
        code[count] = Op.encode(op, arg);
        positions[count] = position;
        handlerOf[count] = handler;
        count++;
        if (Op.isJump(op)) {
            throw new IllegalStateException("use jump() for " + Op.name(op));
        }
        depth += Op.stackEffect(op, arg, false);
        maxDepth = Math.max(maxDepth, depth);
        if (op == Op.RETURN_VALUE || op == Op.RERAISE || op == Op.RAISE_VARARGS) {
            reachable = false;
        }
    }

    void jump(int op, Label label) {
        ensure();
        if (label.target >= 0) {
            code[count] = Op.encode(op, label.target);
        } else {
            label.refs.add(count);
            code[count] = Op.encode(op, 0);
        }
        positions[count] = position;
        handlerOf[count] = handler;
        count++;
        int atTarget = depth + Op.stackEffect(op, 0, true);
        if (label.depth < 0) {
            label.depth = atTarget;
        }
        maxDepth = Math.max(maxDepth, atTarget);
        depth += Op.stackEffect(op, 0, false);
        maxDepth = Math.max(maxDepth, depth);
        if (op == Op.JUMP) {
            reachable = false;
        }
    }

    /** Binds {@code label} here; code after an unconditional transfer takes the label's stack height. */
    void bind(Label label) {
        if (label.target >= 0) {
            throw new IllegalStateException("label bound twice");
        }
        label.target = count;
        for (int ref : label.refs) {
            code[ref] = Op.encode(Op.op(code[ref]), count);
        }
        if (!reachable && label.depth >= 0) {
            depth = label.depth;
        } else if (label.depth < 0) {
            label.depth = depth;
        }
        maxDepth = Math.max(maxDepth, depth);
        reachable = true;
    }

    /**
     * The index of a constant: {@code key} identifies it the way Python would share it (see {@link #constKey}),
     * {@code value} is what the frame sees.
     */
    int constant(Object key, Object value) {
        Object k = constKey(key);
        Integer i = constIndex.get(k);
        if (i == null) {
            consts.add(value);
            i = consts.size() - 1;
            constIndex.put(k, i);
        }
        return i;
    }

    /** The index of a constant compared by identity (code objects, keyword name arrays). */
    int identityConstant(Object value) {
        return identityConsts.computeIfAbsent(value, v -> {
            consts.add(v);
            return consts.size() - 1;
        });
    }

    /** Keys that keep apart what Java would call equal but Python would not share (1, 1.0, True, -0.0). */
    private static Object constKey(Object value) {
        if (value instanceof Double d) {
            return List.of("float", Double.doubleToRawLongBits(d));
        }
        if (value instanceof Long l) {
            return List.of("int", BigInteger.valueOf(l));
        }
        if (value instanceof BigInteger) {
            // compared as a number: its decimal text would take seconds to make for a huge literal
            return List.of("int", value);
        }
        return List.of(value.getClass().getName(), value);
    }

    int name(String n) {
        return nameIndex.computeIfAbsent(n, k -> {
            names.add(k.intern());
            return names.size() - 1;
        });
    }

    int count() {
        return count;
    }

    private void ensure() {
        if (count == code.length) {
            code = Arrays.copyOf(code, count * 2);
            positions = Arrays.copyOf(positions, count * 2);
            handlerOf = Arrays.copyOf(handlerOf, count * 2);
        }
    }

    /** Resolves the jumps and handlers and fills the instruction parts of {@code b}. */
    void finish(CodeObject.Builder b) {
        int[] words = Arrays.copyOf(code, count);
        List<Label> pending = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (handlerOf[i] != null && handlerOf[i].target.target < 0) {
                pending.add(handlerOf[i].target);
            }
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException("unbound handler label");
        }
        List<CodeObject.Handler> handlers = new ArrayList<>();
        int[] handlerIndex = new int[count];
        for (int i = 0; i < count; i++) {
            HandlerBlock h = handlerOf[i];
            if (h == null) {
                handlerIndex[i] = -1;
                continue;
            }
            if (h.index < 0) {
                h.index = handlers.size();
                handlers.add(new CodeObject.Handler(h.target.target, h.depth));
            }
            handlerIndex[i] = h.index;
        }
        b.code = words;
        b.positions = Arrays.copyOf(positions, count);
        b.handlerIndex = handlerIndex;
        b.handlers = handlers.toArray(new CodeObject.Handler[0]);
        b.consts = consts.toArray();
        b.names = names.toArray(new String[0]);
        b.stackSize = maxDepth + 1;
    }

}
