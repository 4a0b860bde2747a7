package org.loopscope.script.compile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The code object being compiled: its block, its builder, its local slots and its stack of open blocks. */
final class Unit {

    /** What kind of code this is (CPython's {@code COMPILER_SCOPE_*}). */
    enum Type { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION }

    final Scope scope;
    final Type type;
    final String name;
    final String qualname;
    final String privateName;
    final int firstLine;
    final CodeBuilder b = new CodeBuilder();
    final Map<String, Integer> slots = new HashMap<>();
    final List<String> localNames = new ArrayList<>();
    final List<String> freevars = new ArrayList<>();
    final List<Integer> cellSlots = new ArrayList<>();
    final List<Integer> cellArgs = new ArrayList<>();
    final Deque<FBlock> fblocks = new ArrayDeque<>();
    int nlocals;

    Unit(Scope scope, Type type, String name, String qualname, String privateName, int firstLine) {
        this.scope = scope;
        this.type = type;
        this.name = name;
        this.qualname = qualname;
        this.privateName = privateName;
        this.firstLine = firstLine;
        layoutSlots();
    }

    /** Parameters first, then other locals, then cells that are not parameters, then free variables. */
    private void layoutSlots() {
        boolean function = scope.kind == Scope.Kind.FUNCTION;
        if (function) {
            for (String p : scope.params) {
                addSlot(p);
            }
            for (String n : scope.symbols.keySet()) {
                if (scope.binding(n) == Scope.Binding.LOCAL && !slots.containsKey(n)) {
                    addSlot(n);
                }
            }
            nlocals = localNames.size();
            for (String n : scope.namesWith(Scope.Binding.CELL)) {
                Integer slot = slots.get(n);
                if (slot == null) {
                    slot = addSlot(n);
                    cellArgs.add(0);
                } else {
                    cellArgs.add(1);
                }
                cellSlots.add(slot);
            }
        } else {
            nlocals = 0;
            if (scope.needsClassClosure) {
                cellSlots.add(addSlot("__class__"));
                cellArgs.add(0);
            }
        }
        List<String> free = scope.namesWith(Scope.Binding.FREE);
        free.sort(null);
        for (String n : free) {
            if (!slots.containsKey(n)) {
                addSlot(n);
                freevars.add(n);
            }
        }
    }

    private int addSlot(String n) {
        int slot = localNames.size();
        localNames.add(n.intern());
        slots.put(n, slot);
        return slot;
    }

    Integer slot(String n) {
        return slots.get(n);
    }

    boolean isFunctionBlock() {
        return scope.kind == Scope.Kind.FUNCTION;
    }

    /** An open block that break, continue and return must unwind (CPython's {@code fblockinfo}). */
    record FBlock(Kind kind, CodeBuilder.Label block, CodeBuilder.Label exit, Object datum,
                  CodeBuilder.HandlerBlock outer) {
        enum Kind {
            WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
            POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR
        }
    }
}
