package org.loopscope.script.compile;

import java.util.List;

/**
 * Compiled code of a module, class body, function, lambda or comprehension, as CPython's {@code code} object:
 * the instructions ({@link Op} words), constants, names, the layout of the frame's local slots, and for every
 * instruction its source position and the exception handler that covers it. Immutable once built.
 *
 * <p>Local slots ({@code localsplus}) are the parameters and other locals ({@link #varnames}), then the cell
 * variables that are not parameters, then the free variables ({@link #freevars}), as in CPython 3.11. A slot named
 * in {@link #cellSlots} holds a cell when the frame starts; a parameter that is also a cell moves into one.
 */
public final class CodeObject {

    /** Function has optimised locals (any function body). */
    public static final int OPTIMIZED = 0x1;
    /** Has {@code *args}. */
    public static final int VARARGS = 0x4;
    /** Has {@code **kwargs}. */
    public static final int VARKEYWORDS = 0x8;
    /** Is defined inside another function. */
    public static final int NESTED = 0x10;
    /** A generator function. */
    public static final int GENERATOR = 0x20;
    /** An {@code async def} coroutine function. */
    public static final int COROUTINE = 0x80;
    /** A generator usable in {@code await} ({@code types.coroutine}). */
    public static final int ITERABLE_COROUTINE = 0x100;
    /** An async generator function. */
    public static final int ASYNC_GENERATOR = 0x200;

    /** Where an instruction came from: 1-based lines, 0-based columns in code points, end exclusive. */
    public record Position(int line, int col, int endLine, int endCol) {
        /** No position (synthetic instructions). */
        public static final Position NONE = new Position(-1, -1, -1, -1);
    }

    /** An exception handler: where to go, how high the stack is when it starts (before the exception). */
    public record Handler(int target, int depth) {
    }

    private final String name;
    private final String qualname;
    private final String filename;
    private final int firstLine;
    private final int flags;
    private final int argcount;
    private final int posonlyargcount;
    private final int kwonlyargcount;
    private final int[] code;
    private final Object[] consts;
    private final String[] names;
    private final String[] localNames;
    private final int nlocals;
    private final int ncells;
    private final int[] cellSlots;
    private final int[] cellArgs;
    private final String[] freevars;
    private final int stackSize;
    private final Position[] positions;
    private final int[] handlerIndex;
    private final Handler[] handlers;
    private final String doc;

    /**
     * Data the VM keeps per code object (pooled frames, lookup caches). The compiler never reads or writes it; it
     * is not shared with {@link #withFlags} copies.
     */
    public Object vmData;

    CodeObject(Builder b) {
        this.name = b.name;
        this.qualname = b.qualname;
        this.filename = b.filename;
        this.firstLine = b.firstLine;
        this.flags = b.flags;
        this.argcount = b.argcount;
        this.posonlyargcount = b.posonlyargcount;
        this.kwonlyargcount = b.kwonlyargcount;
        this.code = b.code;
        this.consts = b.consts;
        this.names = b.names;
        this.localNames = b.localNames;
        this.nlocals = b.nlocals;
        this.ncells = b.ncells;
        this.cellSlots = b.cellSlots;
        this.cellArgs = b.cellArgs;
        this.freevars = b.freevars;
        this.stackSize = b.stackSize;
        this.positions = b.positions;
        this.handlerIndex = b.handlerIndex;
        this.handlers = b.handlers;
        this.doc = b.doc;
    }

    private CodeObject(CodeObject other, int flags) {
        this.name = other.name;
        this.qualname = other.qualname;
        this.filename = other.filename;
        this.firstLine = other.firstLine;
        this.flags = flags;
        this.argcount = other.argcount;
        this.posonlyargcount = other.posonlyargcount;
        this.kwonlyargcount = other.kwonlyargcount;
        this.code = other.code;
        this.consts = other.consts;
        this.names = other.names;
        this.localNames = other.localNames;
        this.nlocals = other.nlocals;
        this.ncells = other.ncells;
        this.cellSlots = other.cellSlots;
        this.cellArgs = other.cellArgs;
        this.freevars = other.freevars;
        this.stackSize = other.stackSize;
        this.positions = other.positions;
        this.handlerIndex = other.handlerIndex;
        this.handlers = other.handlers;
        this.doc = other.doc;
    }

    /** The same code with other flags ({@code code.replace(co_flags=...)}, as {@code types.coroutine} does). */
    public CodeObject withFlags(int newFlags) {
        return new CodeObject(this, newFlags);
    }

    /** {@code co_name}. */
    public String name() {
        return name;
    }

    /** {@code co_qualname}. */
    public String qualname() {
        return qualname;
    }

    /** {@code co_filename}. */
    public String filename() {
        return filename;
    }

    /** {@code co_firstlineno}: the line of the {@code def} (of its first decorator, as CPython), or 1. */
    public int firstLine() {
        return firstLine;
    }

    /** The docstring (the body's first statement when it is a string literal), or null. */
    public String doc() {
        return doc;
    }

    /** {@code co_flags}. */
    public int flags() {
        return flags;
    }

    /** Whether any of {@code flag} is set. */
    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** Positional parameters, positional-only ones included. */
    public int argcount() {
        return argcount;
    }

    /** Positional-only parameters. */
    public int posonlyargcount() {
        return posonlyargcount;
    }

    /** Keyword-only parameters. */
    public int kwonlyargcount() {
        return kwonlyargcount;
    }

    /** The instructions (shared: never modify). */
    public int[] code() {
        return code;
    }

    /** The constants (shared: never modify). */
    public Object[] consts() {
        return consts;
    }

    /** Global, attribute and imported names used by the instructions (shared: never modify). */
    public String[] names() {
        return names;
    }

    /** The name of every local slot: varnames, then the other cell variables, then the free variables. */
    public String[] localNames() {
        return localNames;
    }

    /** How many local slots the frame has. */
    public int localCount() {
        return localNames.length;
    }

    /** {@code co_varnames}: parameters first, then other plain or cell locals. */
    public List<String> varnames() {
        return List.of(localNames).subList(0, nlocals);
    }

    /** {@code co_nlocals}. */
    public int nlocals() {
        return nlocals;
    }

    /** How many cell variables the code has (slots listed in {@link #cellSlots()}). */
    public int cellCount() {
        return ncells;
    }

    /** The local slots that hold a cell from the start (cell variables). Shared: never modify. */
    public int[] cellSlots() {
        return cellSlots;
    }

    /** For each cell slot, whether it is a parameter whose value moves into the cell (1) or not (0). */
    public int[] cellArgs() {
        return cellArgs;
    }

    /** {@code co_freevars}: they occupy the last local slots, filled from the function's closure. */
    public String[] freevars() {
        return freevars.clone();
    }

    /** How many free variables. */
    public int freeCount() {
        return freevars.length;
    }

    /** The deepest the value stack gets. */
    public int stackSize() {
        return stackSize;
    }

    /** The source position of instruction {@code index}. */
    public Position position(int index) {
        return index >= 0 && index < positions.length ? positions[index] : Position.NONE;
    }

    /** The source line of instruction {@code index}, or the first line when it has none. */
    public int line(int index) {
        int line = position(index).line();
        return line > 0 ? line : firstLine;
    }

    /** Whether any instruction has a handler (the code has a try, with or async for block). */
    public boolean hasHandlers() {
        return handlers.length > 0;
    }

    /** The handler covering instruction {@code index}, or null. */
    public Handler handler(int index) {
        if (index < 0 || index >= handlerIndex.length) {
            return null;
        }
        int h = handlerIndex[index];
        return h < 0 ? null : handlers[h];
    }

    @Override
    public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstLine + ">";
    }

    /** Collects the parts of a code object; the compiler fills it. */
    static final class Builder {
        String name;
        String qualname;
        String filename;
        int firstLine;
        int flags;
        int argcount;
        int posonlyargcount;
        int kwonlyargcount;
        int[] code;
        Object[] consts;
        String[] names;
        String[] localNames;
        int nlocals;
        int ncells;
        int[] cellSlots;
        int[] cellArgs;
        String[] freevars;
        int stackSize;
        Position[] positions;
        int[] handlerIndex;
        Handler[] handlers;
        String doc;

        CodeObject build() {
            return new CodeObject(this);
        }
    }
}
